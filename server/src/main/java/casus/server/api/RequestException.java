package casus.server.api;

import casus.v1.ErrorCode;

/**
 * A request refused for a reason the client can act on: carries the protocol's error code, and a
 * message that names the bad value. Thrown by request handling, turned into an {@code Error}
 * reply at the edge.
 */
public final class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public RequestException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** Throws a {@code BAD_REQUEST} unless {@code ok}. */
    public static void require(boolean ok, String message) {
        if (!ok) {
            throw new RequestException(ErrorCode.BAD_REQUEST, message);
        }
    }
}
