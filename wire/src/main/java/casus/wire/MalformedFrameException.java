package casus.wire;

import io.netty.handler.codec.DecoderException;

/** A frame whose bytes are not the message expected. */
public final class MalformedFrameException extends DecoderException {
    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String message, Throwable cause) {
        super(message, cause);
    }
}
