package casus.cli;

/** Input a command refuses: a value out of range, a file that cannot be written. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
