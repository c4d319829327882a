package casus.server.api;

import casus.v1.Ack;
import casus.v1.ErrorCode;
import casus.v1.ServerMessage;

/** Small replies every part of the server sends. */
public final class Replies {
    private static final Ack ACK = Ack.getDefaultInstance();

    private Replies() {
    }

    public static ServerMessage error(long requestId, ErrorCode code, String message) {
        return ServerMessage.newBuilder()
                .setRequestId(requestId)
                .setError(casus.v1.Error.newBuilder().setCode(code).setMessage(message))
                .build();
    }

    public static ServerMessage error(long requestId, RequestException e) {
        return error(requestId, e.code(), e.getMessage());
    }

    public static ServerMessage ack(long requestId) {
        return ServerMessage.newBuilder().setRequestId(requestId).setAck(ACK).build();
    }
}
