package casus.load;

import casus.v1.ClientMessage;
import casus.v1.ServerMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.MessageToMessageCodec;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import java.net.URI;
import java.util.List;

/**
 * A load client that connects as a browser does: a WebSocket to the server's {@code /ws}, each
 * message one JSON text. Tick updates are read for their timings without building the message,
 * as {@link TickSeen} does for frames; replies are parsed whole.
 *
 * <pre>
 *   socket | http | aggregate | websocket | frames | json | client
 * </pre>
 */
final class WebSocketLoadInitializer extends ChannelInitializer<SocketChannel> {
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private final LoadClient client;
    private final URI uri;

    WebSocketLoadInitializer(LoadClient client, URI uri) {
        this.client = client;
        this.uri = uri;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast("http", new HttpClientCodec());
        ch.pipeline().addLast("aggregate", new HttpObjectAggregator(1 << 16));
        ch.pipeline().addLast("websocket", new WebSocketClientProtocolHandler(WebSocketClientProtocolConfig.newBuilder().webSocketUri(uri)
                .maxFramePayloadLength(LoadClientInitializer.MAX_FRAME).handshakeTimeoutMillis(10_000).build()));
        ch.pipeline().addLast("frames", new WebSocketFrameAggregator(LoadClientInitializer.MAX_FRAME));
        ch.pipeline().addLast("json", new MessageToMessageCodec<TextWebSocketFrame, ClientMessage>() {
            @Override
            protected void encode(ChannelHandlerContext ctx, ClientMessage m, List<Object> out) throws InvalidProtocolBufferException {
                out.add(new TextWebSocketFrame(PRINTER.print(m)));
            }

            @Override
            protected void decode(ChannelHandlerContext ctx, TextWebSocketFrame frame, List<Object> out) {
                String text = frame.text();
                TickSeen tick = TickSeen.readJson(text);
                if (tick != null) {
                    out.add(tick);
                    return;
                }
                if (!text.startsWith("{\"requestId\"") && !text.startsWith("{\"error\"")) {
                    // Another push (a seat board, a notice): a browser would draw it; the generator measures only updates.
                    return;
                }
                int joined = text.indexOf("\",\"joined\":{");
                if (text.startsWith("{\"requestId\":\"") && joined > 0 && joined < 40) {
                    // A whole situation and its history, which the generator never reads: its kind is enough.
                    out.add(ServerMessage.newBuilder().setRequestId(Long.parseLong(text.substring(14, joined)))
                            .setJoined(casus.v1.Joined.getDefaultInstance()).build());
                    return;
                }
                ServerMessage.Builder b = ServerMessage.newBuilder();
                try {
                    PARSER.merge(text, b);
                } catch (InvalidProtocolBufferException e) {
                    throw new DecoderException(e);
                }
                out.add(b.build());
            }

            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
                if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                    client.handshake.complete(null);
                } else if (evt == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                    client.handshake.completeExceptionally(new IllegalStateException("the WebSocket handshake timed out"));
                }
                super.userEventTriggered(ctx, evt);
            }
        });
        ch.pipeline().addLast("client", client);
    }
}
