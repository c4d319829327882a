package casus.client.net;

import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.ServerMessage;
import io.netty.channel.Channel;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One TCP connection to the server: each request's reply is matched to it by request id;
 * pushes go to a listener. When the connection closes, every request still waiting fails, and
 * {@link #closed()} completes with why, in words.
 */
final class Link {
    /** What a link tells its owner; called on the connection's I/O thread. */
    interface Listener {
        void push(Link link, ServerMessage m);

        void closed(Link link, String why, ErrorCode code);
    }

    private final Channel channel;
    private final LongSupplier ids;
    private final Listener listener;
    private final Map<Long, CompletableFuture<ServerMessage>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private volatile String farewell;
    private volatile ErrorCode farewellCode = ErrorCode.ERROR_CODE_UNSPECIFIED;
    private volatile Throwable failure;

    Link(Channel channel, LongSupplier ids, Listener listener) {
        this.channel = channel;
        this.ids = ids;
        this.listener = listener;
    }

    Channel channel() {
        return channel;
    }

    /** Sends a request; the future completes with its reply (an Error included) or fails when the link closes. */
    CompletableFuture<ServerMessage> request(ClientMessage.Builder b) {
        long id = ids.getAsLong();
        CompletableFuture<ServerMessage> reply = new CompletableFuture<>();
        pending.put(id, reply);
        if (!channel.isActive()) {
            pending.remove(id);
            reply.completeExceptionally(new ConnectionLostException(why()));
            return reply;
        }
        channel.writeAndFlush(b.setRequestId(id).build()).addListener(f -> {
            if (!f.isSuccess()) {
                pending.remove(id);
                reply.completeExceptionally(new ConnectionLostException("the request could not be sent: " + f.cause().getMessage()));
            }
        });
        return reply;
    }

    /** Sends a message that wants no reply (a Ping with request id 0). */
    void send(ClientMessage m) {
        channel.writeAndFlush(m);
    }

    void close() {
        channel.close();
    }

    /** Completes, with why, when the connection has closed. */
    CompletableFuture<String> closed() {
        return closed;
    }

    boolean open() {
        return channel.isActive();
    }

    // --- from the handler, on the I/O thread ----------------------------------------------------

    void received(ServerMessage m) {
        if (m.getRequestId() != 0) {
            CompletableFuture<ServerMessage> reply = pending.remove(m.getRequestId());
            if (reply != null) {
                reply.complete(m);
            }
            return;
        }
        if (m.hasError()) {
            // The server says why before it closes the connection.
            farewell = m.getError().getMessage().isEmpty() ? m.getError().getCode().name() : m.getError().getMessage();
            farewellCode = m.getError().getCode();
        }
        listener.push(this, m);
    }

    void failed(Throwable cause) {
        failure = cause;
        channel.close();
    }

    void inactive() {
        String why = why();
        ConnectionLostException lost = new ConnectionLostException(why);
        for (Long id : pending.keySet()) {
            CompletableFuture<ServerMessage> r = pending.remove(id);
            if (r != null) {
                r.completeExceptionally(lost);
            }
        }
        closed.complete(why);
        listener.closed(this, why, farewellCode);
    }

    private String why() {
        if (farewell != null) {
            return farewell;
        }
        if (failure != null) {
            return failure.getMessage() == null ? failure.toString() : failure.getMessage();
        }
        return "the server closed the connection";
    }
}
