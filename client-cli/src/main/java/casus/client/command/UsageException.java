package casus.client.command;

/** A command refused by the client itself: a missing session or state, a bad value. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
