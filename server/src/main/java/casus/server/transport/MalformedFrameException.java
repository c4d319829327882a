package casus.server.transport;

import io.netty.handler.codec.DecoderException;

/** A frame whose bytes are not a valid {@code ClientMessage}. */
public final class MalformedFrameException extends DecoderException {
    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String message, Throwable cause) {
        super(message, cause);
    }
}
