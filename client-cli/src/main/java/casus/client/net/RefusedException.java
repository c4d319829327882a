package casus.client.net;

import casus.v1.Error;
import casus.v1.ErrorCode;

/** The server answered a request with an Error. */
public final class RefusedException extends ClientException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public RefusedException(Error e) {
        this(e.getCode(), e.getMessage());
    }

    public RefusedException(ErrorCode code, String message) {
        super(message.isEmpty() ? code.name() : message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
