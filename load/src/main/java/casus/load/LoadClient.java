package casus.load;

import casus.v1.ClientMessage;
import casus.v1.ServerMessage;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated client connection: sends requests, completes each request's future when its
 * reply arrives, and hands every push, with the moment it arrived, to the generator.
 */
final class LoadClient extends SimpleChannelInboundHandler<Object> {
    /** What happens to a push: a tick update as {@link TickSeen}, anything else as a ServerMessage. */
    interface PushListener {
        void push(LoadClient client, Object message, long receivedUnixMicros);
    }

    private final Map<Long, CompletableFuture<ServerMessage>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final PushListener listener;
    final CompletableFuture<Void> closed = new CompletableFuture<>();
    volatile Channel channel;
    /** Over WebSocket, speaking JSON; completed when its handshake is. */
    volatile boolean webSocket;
    final CompletableFuture<Void> handshake = new CompletableFuture<>();
    /** The session it plays or watches, and the state it plays ("" for a spectator). */
    volatile String session = "";
    volatile String state = "";
    /** Updates received and days missed, for a client of one session. */
    int lastDay = -1;
    long updates;
    long gaps;

    LoadClient(PushListener listener) {
        this.listener = listener;
    }

    CompletableFuture<ServerMessage> call(ClientMessage.Builder m) {
        long id = ids.incrementAndGet();
        CompletableFuture<ServerMessage> reply = new CompletableFuture<>();
        pending.put(id, reply);
        channel.writeAndFlush(m.setRequestId(id).build(), channel.voidPromise());
        return reply;
    }

    /** Sends a request expected to succeed; the future fails with the server's error otherwise. */
    CompletableFuture<ServerMessage> ok(ClientMessage.Builder m) {
        return call(m).thenApply(r -> {
            if (r.hasError()) {
                throw new IllegalStateException(m.getKindCase() + " refused: " + r.getError().getCode() + " " + r.getError().getMessage());
            }
            return r;
        });
    }

    /** Stops reading from the socket, as a client that hangs would. */
    void stopReading() {
        channel.config().setAutoRead(false);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
        long now = Clocks.unixMicros();
        if (msg instanceof ServerMessage m && m.getRequestId() != 0) {
            CompletableFuture<ServerMessage> f = pending.remove(m.getRequestId());
            if (f != null) {
                f.complete(m);
            }
            return;
        }
        listener.push(this, msg, now);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        closed.complete(null);
        for (CompletableFuture<ServerMessage> f : pending.values()) {
            f.completeExceptionally(new IllegalStateException("connection closed"));
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (FAILED.compareAndSet(false, true)) {
            System.err.println("casus-load: a client failed and closes (first of any): " + cause);
        }
        ctx.close();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean FAILED = new java.util.concurrent.atomic.AtomicBoolean();
}
