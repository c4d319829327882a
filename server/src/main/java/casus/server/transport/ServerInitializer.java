package casus.server.transport;

import casus.server.Clock;
import casus.server.ServerSettings;
import casus.v1.ClientMessage;
import casus.wire.FrameEncoder;
import casus.wire.MessageDecoder;
import casus.wire.VarintFrameDecoder;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The whole pipeline of a client connection, built here and nowhere else:
 *
 * <pre>
 *   socket
 *     | traffic      counts outbound frames and bytes
 *     | idle         fires when nothing arrived for the idle timeout
 *     | frames       varint32-prefixed frames, the maximum checked before allocation
 *     | messages     each frame parsed as a ClientMessage
 *     | encoder      each ServerMessage framed (pre-framed buffers pass)
 *     | shared       a frame encoded once for many members, written as it is
 *     | watchdog     closes a connection that stays above its high-water mark
 *     | handler      rate limit, Hello first, errors typed; hands requests on
 * </pre>
 */
public class ServerInitializer extends ChannelInitializer<SocketChannel> {
    private final ServerSettings settings;
    private final RequestSink sink;
    private final TrafficCounter traffic;
    private final FrameEncoder encoder;
    private final SharedFrameWriter shared = new SharedFrameWriter();
    private final Clock clock;
    private final LongAdder slowClosed;
    private final ChannelGroup channels;

    public ServerInitializer(ServerSettings settings, RequestSink sink, TrafficCounter traffic, Clock clock, LongAdder slowClosed,
            ChannelGroup channels) {
        this.channels = channels;
        this.settings = settings;
        this.sink = sink;
        this.traffic = traffic;
        this.clock = clock;
        this.slowClosed = slowClosed;
        this.encoder = new FrameEncoder(settings.maxServerFrameBytes());
    }

    @Override
    protected final void initChannel(SocketChannel ch) {
        channels.add(ch);
        ChannelPipeline p = ch.pipeline();
        p.addLast("traffic", traffic);
        p.addLast("idle", new IdleStateHandler(settings.idleTimeout().toNanos(), 0, 0, TimeUnit.NANOSECONDS));
        protocol(p);
    }

    /** What follows the traffic counter and the idle timer: here, the protocol's frames at once. */
    protected void protocol(ChannelPipeline p) {
        framed(p);
    }

    /** The protocol's own framing, then the session handlers: a connection that speaks protobuf frames. */
    public final void framed(ChannelPipeline p) {
        p.addLast("frames", new VarintFrameDecoder(settings.maxFrameBytes()));
        p.addLast("messages", new MessageDecoder<>(ClientMessage.parser(), "ClientMessage"));
        p.addLast("encoder", encoder);
        p.addLast("shared", shared);
        requests(p);
    }

    /** Takes out what {@link #framed} added: the connection speaks something else. */
    public final void unframed(ChannelPipeline p) {
        for (String name : new String[] {"frames", "messages", "encoder", "shared", "watchdog", "handler"}) {
            p.remove(name);
        }
    }

    /**
     * The handlers every transport ends with, once its messages are {@code ClientMessage}s in and
     * {@code ServerMessage}s (or pre-framed buffers) out: the watchdog, and the handler that holds
     * requests to the rate limit and hands them on. Shared frames ({@code SharedFrame}) come out
     * too: the transport writes them.
     */
    public final void requests(ChannelPipeline p) {
        p.addLast("watchdog", new WritabilityWatchdog(settings.stallTimeout().toNanos(), ctx -> {
            slowClosed.increment();
            ctx.close();
        }));
        p.addLast("handler", new ConnectionHandler(sink, traffic, clock, settings.requestsPerSecond(), settings.requestBurst(),
                settings.helloTimeout().toNanos()));
    }

    public final ServerSettings settings() {
        return settings;
    }
}
