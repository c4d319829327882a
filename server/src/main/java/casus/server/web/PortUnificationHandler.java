package casus.server.web;

import casus.server.transport.ServerInitializer;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tells the two kinds of client of one port apart by the first bytes they send, and steps aside,
 * handing on what it read: to the protocol's handlers, which follow it from the start, or, for
 * HTTP, to the HTTP handlers that take their place.
 *
 * <p>A browser (or any HTTP client) starts with a method name and a space, {@code GET /room
 * HTTP/1.1}; a protocol client starts with a frame's varint length, then a {@code ClientMessage}
 * whose first byte is a field tag. A method's second letter read as a tag would be a field this
 * protocol does not have with that wire type ({@code 'E'} is field 8, fixed32), so no protocol
 * client's first frame is taken for HTTP. Bytes that are a method name's beginning wait for the
 * rest; a frame's length that happens to be such a letter (71 for {@code 'G'}) is longer than the
 * longest method name, so waiting never stalls a protocol client.
 */
final class PortUnificationHandler extends ByteToMessageDecoder {
    /** What a connection's first bytes say it is. */
    enum Kind {
        HTTP,
        PROTOBUF,
        UNDECIDED
    }

    /** HTTP methods, each with the space that follows it. */
    private static final List<byte[]> METHODS = List.of("GET ", "HEAD ", "POST ", "PUT ", "DELETE ", "OPTIONS ", "PATCH ", "TRACE ",
            "CONNECT ").stream().map(m -> m.getBytes(StandardCharsets.US_ASCII)).toList();
    /** The longest request an HTTP client may send before the upgrade: a line and headers, no body. */
    static final int MAX_HTTP_REQUEST = 16 << 10;
    /** Where the WebSocket is. */
    static final String WEBSOCKET_PATH = "/ws";

    private final ServerInitializer protocol;
    private final StaticFiles files;

    PortUnificationHandler(ServerInitializer protocol, StaticFiles files) {
        this.protocol = protocol;
        this.files = files;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        Kind kind = kind(in);
        if (kind == Kind.UNDECIDED) {
            return;
        }
        ChannelPipeline p = ctx.pipeline();
        if (kind == Kind.HTTP) {
            protocol.unframed(p);
            http(p);
        }
        // Removing a decoder hands what it holds to the handlers that follow.
        p.remove(this);
    }

    private void http(ChannelPipeline p) {
        int maxFrame = protocol.settings().maxFrameBytes();
        p.addLast("http", new HttpServerCodec());
        p.addLast("aggregate", new HttpObjectAggregator(MAX_HTTP_REQUEST));
        p.addLast("origin", new OriginCheck(WEBSOCKET_PATH));
        p.addLast("websocket", new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(WEBSOCKET_PATH).maxFramePayloadLength(maxFrame).handshakeTimeoutMillis(
                        protocol.settings().helloTimeout().toMillis()).build()));
        p.addLast("files", files);
        p.addLast("upgrade", new WebSocketUpgrade(protocol));
    }

    /** What the bytes read so far say; the buffer is not changed. */
    static Kind kind(ByteBuf in) {
        int n = in.readableBytes();
        if (n == 0) {
            return Kind.UNDECIDED;
        }
        boolean maybe = false;
        for (byte[] m : METHODS) {
            int common = Math.min(n, m.length);
            boolean same = true;
            for (int i = 0; i < common && same; i++) {
                same = in.getByte(in.readerIndex() + i) == m[i];
            }
            if (same && common == m.length) {
                return Kind.HTTP;
            }
            maybe |= same;
        }
        return maybe ? Kind.UNDECIDED : Kind.PROTOBUF;
    }
}
