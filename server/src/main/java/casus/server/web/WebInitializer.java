package casus.server.web;

import casus.server.Clock;
import casus.server.ServerSettings;
import casus.server.transport.RequestSink;
import casus.server.transport.ServerInitializer;
import casus.server.transport.TrafficCounter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import java.util.concurrent.atomic.LongAdder;

/**
 * The pipeline of a connection to a port that speaks both the protocol's frames and HTTP: after
 * the traffic counter and the idle timer, {@link PortUnificationHandler} reads the first bytes;
 * the protocol's handlers stay for a protocol client, and give way to HTTP for a browser:
 *
 * <pre>
 *   socket
 *     | traffic, idle                          as for every connection
 *     | unify         the first bytes decide, then it steps aside
 *     | frames, messages, encoder, watchdog, handler     kept for a protocol client
 *     |
 *     +- HTTP:        instead, http codec, aggregator, origin check, websocket at /ws, static files
 *          after the WebSocket handshake:
 *                     websocket frames, aggregator, codec (binary protobuf or JSON), watchdog, handler
 * </pre>
 */
public final class WebInitializer extends ServerInitializer {
    private final StaticFiles files;

    public WebInitializer(ServerSettings settings, RequestSink sink, TrafficCounter traffic, Clock clock, LongAdder slowClosed,
            ChannelGroup channels) {
        super(settings, sink, traffic, clock, slowClosed, channels);
        this.files = StaticFiles.bundled();
    }

    @Override
    protected void protocol(ChannelPipeline p) {
        // The protocol's handlers are there from the start, so that a client that sends nothing
        // is told to say Hello, and closed, as on a port of the protocol alone.
        p.addLast("unify", new PortUnificationHandler(this, files));
        framed(p);
    }
}
