package casus.server.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import casus.server.session.SharedFrame;
import casus.v1.ClientMessage;
import casus.v1.Happening;
import casus.v1.Ping;
import casus.v1.ServerMessage;
import casus.v1.TickUpdate;
import casus.wire.Frames;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebSocketCodecTest {
    private static final ServerMessage UPDATE = ServerMessage.newBuilder().setTickUpdate(TickUpdate.newBuilder().setDay(3)
            .setDate("2020-09-29").addHappenings(Happening.newBuilder().setDay(3).setText("Stepanakert is shelled — «again»")))
            .build();

    /** A channel whose client spoke first in JSON, or in binary. */
    private static EmbeddedChannel member(boolean json) throws InvalidProtocolBufferException {
        EmbeddedChannel ch = new EmbeddedChannel(new WebSocketCodec());
        ClientMessage ping = ClientMessage.newBuilder().setRequestId(1).setPing(Ping.getDefaultInstance()).build();
        ch.writeInbound(json ? new TextWebSocketFrame(JsonFormat.printer().print(ping))
                : new BinaryWebSocketFrame(Unpooled.wrappedBuffer(ping.toByteArray())));
        assertEquals(ping, ch.readInbound());
        return ch;
    }

    @Test
    void json_members_of_one_view_share_one_printing_of_its_update() throws InvalidProtocolBufferException {
        EmbeddedChannel a = member(true);
        EmbeddedChannel b = member(true);
        EmbeddedChannel binary = member(false);
        ByteBuf frame = Frames.encode(PooledByteBufAllocator.DEFAULT, UPDATE);
        SharedFrame.Copies copies = SharedFrame.of(frame);
        a.writeOutbound(copies.copy());
        b.writeOutbound(copies.copy());
        binary.writeOutbound(copies.copy());
        frame.release();
        TextWebSocketFrame ta = a.readOutbound();
        TextWebSocketFrame tb = b.readOutbound();
        BinaryWebSocketFrame bin = binary.readOutbound();
        try {
            assertEquals(WebSocketCodec.print(UPDATE), ta.text(), "the same JSON as printing the message itself");
            assertEquals(ta.text(), tb.text());
            assertSame(ta.content().array(), tb.content().array(), "printed once, the bytes shared");
            assertArrayEquals(UPDATE.toByteArray(), ByteBufUtil.getBytes(bin.content()), "binary: the frame without its prefix");
            assertEquals(WebSocketCodec.print(UPDATE), new String(ta.content().array(), StandardCharsets.UTF_8));
        } finally {
            ta.release();
            tb.release();
            bin.release();
        }
        assertEquals(0, frame.refCnt(), "every copy released once written");
    }
}
