package casus.server.transport;

import casus.server.Clock;
import casus.server.api.Replies;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.ServerMessage;
import casus.wire.MalformedFrameException;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The last handler of a connection: holds requests to the rate limit, hands them on, and turns
 * every failure into a typed error, closing the connection when the stream can no longer be
 * trusted (an oversized or malformed frame, a request before Hello, idleness).
 */
final class ConnectionHandler extends SimpleChannelInboundHandler<ClientMessage> {
    private static final Logger LOG = LogManager.getLogger(ConnectionHandler.class);

    private final RequestSink sink;
    private final TrafficCounter traffic;
    private final Clock clock;
    private final RateLimiter limiter;
    private final long helloTimeoutNanos;
    private Connection connection;
    private ScheduledFuture<?> helloTimer;

    ConnectionHandler(RequestSink sink, TrafficCounter traffic, Clock clock, double perSecond, int burst, long helloTimeoutNanos) {
        this.sink = sink;
        this.traffic = traffic;
        this.clock = clock;
        this.limiter = new RateLimiter(perSecond, burst, clock.nanos());
        this.helloTimeoutNanos = helloTimeoutNanos;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        connection = new Connection(ctx.channel());
        helloTimer = ctx.executor().schedule(() -> {
            if (connection.client() == null) {
                closeWith(ctx, 0, ErrorCode.HELLO_REQUIRED, "no Hello within " + TimeUnit.NANOSECONDS.toSeconds(helloTimeoutNanos) + " s");
            }
        }, helloTimeoutNanos, TimeUnit.NANOSECONDS);
        LOG.debug("connection from {}", ctx.channel().remoteAddress());
        super.channelActive(ctx);
    }

    /**
     * Request ids: 0 is the server's own (its pushes carry it), so only a Ping, which then wants
     * no reply, may carry it; and an id may not be reused while a request with it waits for its
     * reply, or the client could not tell the two replies apart. A client that breaks either rule
     * cannot read its replies right, and is closed.
     */
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ClientMessage m) {
        traffic.frameIn();
        long rid = m.getRequestId();
        boolean keepAlive = rid == 0 && m.getKindCase() == ClientMessage.KindCase.PING;
        if (rid == 0 && !keepAlive) {
            closeWith(ctx, 0, ErrorCode.BAD_REQUEST, kind(m) + " with request_id 0: 0 is reserved for the server's own messages;"
                    + " only a Ping may carry it, and then gets no reply");
            return;
        }
        if (!limiter.tryAcquire(clock.nanos())) {
            if (!keepAlive) {
                ctx.writeAndFlush(Replies.error(rid, ErrorCode.RATE_LIMITED, "too many requests; slow down"), ctx.voidPromise());
            }
            return;
        }
        if (connection.client() == null && m.getKindCase() != ClientMessage.KindCase.HELLO) {
            closeWith(ctx, rid, ErrorCode.HELLO_REQUIRED, "the first message must be Hello, not " + kind(m));
            return;
        }
        if (keepAlive) {
            return;
        }
        if (!connection.awaitReply(rid)) {
            closeWith(ctx, 0, ErrorCode.BAD_REQUEST, "request_id " + rid + " is still waiting for its reply; a request id may not be"
                    + " reused before its reply came");
            return;
        }
        sink.request(connection, m);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            closeWith(ctx, 0, ErrorCode.IDLE_TIMEOUT, "nothing received for too long; send a Ping within the idle timeout");
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (helloTimer != null) {
            helloTimer.cancel(false);
        }
        if (connection != null) {
            sink.closed(connection);
        }
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable c = cause instanceof DecoderException && cause.getCause() instanceof TooLongFrameException ? cause.getCause() : cause;
        if (c instanceof TooLongFrameException) {
            closeWith(ctx, 0, ErrorCode.FRAME_TOO_LARGE, c.getMessage());
        } else if (c instanceof MalformedFrameException || c instanceof CorruptedFrameException
                || c instanceof DecoderException && c.getCause() instanceof CorruptedFrameException) {
            closeWith(ctx, 0, ErrorCode.MALFORMED_FRAME, c.getMessage());
        } else if (c instanceof IOException) {
            LOG.debug("connection {} failed: {}", ctx.channel().remoteAddress(), c.toString());
            ctx.close();
        } else {
            LOG.warn("connection {}: unexpected failure", ctx.channel().remoteAddress(), c);
            closeWith(ctx, 0, ErrorCode.INTERNAL, "internal error: " + c);
        }
    }

    private static void closeWith(ChannelHandlerContext ctx, long requestId, ErrorCode code, String message) {
        if (!ctx.channel().isActive()) {
            return;
        }
        ServerMessage error = Replies.error(requestId, code, message);
        ctx.writeAndFlush(error).addListener(ChannelFutureListener.CLOSE);
    }

    static String kind(ClientMessage m) {
        return m.getKindCase() == ClientMessage.KindCase.KIND_NOT_SET ? "an empty message" : m.getKindCase().name().toLowerCase(java.util.Locale.ROOT);
    }
}
