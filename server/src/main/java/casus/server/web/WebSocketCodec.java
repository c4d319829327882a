package casus.server.web;

import casus.server.session.SharedFrame;
import casus.v1.ClientMessage;
import casus.v1.ServerMessage;
import casus.wire.MalformedFrameException;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageCodec;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Carries the protocol's messages over a WebSocket: one {@code ClientMessage} per message from
 * the client, one {@code ServerMessage} per message to it, with no length prefix (a WebSocket
 * message has its own length). A binary message is the protobuf encoding; a text message is
 * the canonical proto3 JSON mapping, as protobuf's {@link JsonFormat} prints and parses it.
 * The server answers in the encoding of the client's first message; until then, in JSON.
 *
 * <p>Updates arrive here already framed for TCP (encoded once for every member, {@link SharedFrame}):
 * the length prefix is cut off for a binary client; for a JSON one, the message is printed once
 * for all the members of its view, and each gets the same bytes.
 */
final class WebSocketCodec extends MessageToMessageCodec<WebSocketFrame, Object> {
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private boolean decided;
    private boolean json = true;

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof ServerMessage || msg instanceof SharedFrame;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) {
        boolean text = frame instanceof TextWebSocketFrame;
        if (!decided) {
            decided = true;
            json = text;
        }
        if (text) {
            ClientMessage.Builder b = ClientMessage.newBuilder();
            try {
                PARSER.merge(((TextWebSocketFrame) frame).text(), b);
            } catch (InvalidProtocolBufferException | RuntimeException e) {
                throw new MalformedFrameException("not a ClientMessage in JSON: " + e.getMessage(), e);
            }
            out.add(b.build());
        } else if (frame instanceof BinaryWebSocketFrame) {
            ByteBuf content = frame.content();
            try {
                out.add(ClientMessage.parseFrom(content.nioBufferCount() == 1 ? content.nioBuffer()
                        : java.nio.ByteBuffer.wrap(ByteBufUtil.getBytes(content))));
            } catch (InvalidProtocolBufferException e) {
                throw new MalformedFrameException("not a ClientMessage: " + e.getMessage(), e);
            }
        }
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, List<Object> out) {
        if (msg instanceof ServerMessage m) {
            out.add(json ? new TextWebSocketFrame(print(m)) : new BinaryWebSocketFrame(Unpooled.wrappedBuffer(m.toByteArray())));
        } else if (json) {
            out.add(new TextWebSocketFrame(Unpooled.wrappedBuffer(((SharedFrame) msg).printed(WebSocketCodec::printFramed))));
        } else {
            ByteBuf framed = ((SharedFrame) msg).content();
            int prefix = prefixLength(framed);
            out.add(new BinaryWebSocketFrame(framed.retainedSlice(framed.readerIndex() + prefix, framed.readableBytes() - prefix)));
        }
    }

    /** A frame's message in JSON, as UTF-8. */
    static byte[] printFramed(ByteBuf framed) {
        return print(parse(framed, prefixLength(framed))).getBytes(StandardCharsets.UTF_8);
    }

    static String print(ServerMessage m) {
        try {
            return PRINTER.print(m);
        } catch (InvalidProtocolBufferException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many bytes the frame's varint length takes. */
    static int prefixLength(ByteBuf framed) {
        int i = 0;
        while (framed.getByte(framed.readerIndex() + i) < 0) {
            i++;
        }
        return i + 1;
    }

    private static ServerMessage parse(ByteBuf framed, int prefix) {
        try {
            ByteBuf body = framed.slice(framed.readerIndex() + prefix, framed.readableBytes() - prefix);
            return ServerMessage.parseFrom(CodedInputStream.newInstance(body.nioBuffer()));
        } catch (IOException e) {
            throw new UncheckedIOException("a frame the server encoded does not parse", e);
        }
    }
}
