package casus.server.journal;

/** A journal that cannot be read or replayed: not a journal, corrupt before its tail, or diverging. */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
