package casus.client.net;

import casus.v1.ErrorCode;

/** The client could not start talking to the server: it is down, speaks another version, or refused the token. */
public final class CannotConnectException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public CannotConnectException(String message) {
        this(message, ErrorCode.ERROR_CODE_UNSPECIFIED);
    }

    public CannotConnectException(String message, ErrorCode code) {
        super(message);
        this.code = code;
    }

    /** The server's reason when it refused the greeting; unspecified when the network failed. */
    public ErrorCode code() {
        return code;
    }

    /** Whether trying again cannot help: the server refuses this client's version or token. */
    public boolean permanent() {
        return code == ErrorCode.UNSUPPORTED_VERSION || code == ErrorCode.UNAUTHORIZED;
    }
}
