package casus.engine.study;

/** A study that cannot be run as asked: a malformed sweep, a value out of range, shards that do not fit. */
public final class StudyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public StudyException(String message) {
        super(message);
    }
}
