package casus.client.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.CodedOutputStream;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VarintFrameDecoderTest {
    static byte[] prefix(int length) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        CodedOutputStream c = CodedOutputStream.newInstance(b);
        c.writeUInt32NoTag(length);
        c.flush();
        return b.toByteArray();
    }

    static byte[] body(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    static byte[] taken(EmbeddedChannel ch) {
        ByteBuf frame = ch.readInbound();
        try {
            byte[] out = new byte[frame.readableBytes()];
            frame.readBytes(out);
            return out;
        } finally {
            frame.release();
        }
    }

    @Test
    void frames_a_length_prefix_delivered_one_byte_at_a_time_whatever_its_length() throws IOException {
        for (int length : new int[] {0, 1, 127, 128, 300, 16_383, 16_384, 2_097_151, 2_097_152}) {
            EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(4 << 20));
            byte[] p = prefix(length);
            for (int i = 0; i < p.length; i++) {
                ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {p[i]}));
                if (i < p.length - 1 || length > 0) {
                    assertNull(ch.readInbound(), "no frame before the whole prefix and body of " + length + " bytes");
                }
            }
            byte[] b = body(length);
            if (length > 0) {
                ch.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOf(b, length - 1)));
                assertNull(ch.readInbound());
                ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b[length - 1]}));
            }
            assertArrayEquals(b, taken(ch), "a frame of " + length + " bytes");
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void delivers_every_frame_that_arrives_in_one_read() throws IOException {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(1000));
        ByteBuf in = Unpooled.buffer();
        in.writeBytes(prefix(3)).writeBytes(new byte[] {1, 2, 3}).writeBytes(prefix(200)).writeBytes(body(200)).writeBytes(prefix(5));

        ch.writeInbound(in);

        assertArrayEquals(new byte[] {1, 2, 3}, taken(ch));
        assertArrayEquals(body(200), taken(ch));
        assertNull(ch.readInbound(), "the third frame has not arrived");
        ch.finishAndReleaseAll();
    }

    @Test
    void refuses_a_frame_longer_than_the_maximum_as_soon_as_its_prefix_is_read() throws IOException {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(1000));

        TooLongFrameException e = assertThrows(TooLongFrameException.class, () -> ch.writeInbound(Unpooled.wrappedBuffer(prefix(1001))));

        assertEquals("a frame of 1001 bytes; at most 1000 are accepted", e.getMessage());
        ch.finishAndReleaseAll();
    }

    @Test
    void accepts_more_once_the_maximum_is_raised() throws IOException {
        VarintFrameDecoder d = new VarintFrameDecoder(100);
        d.maxFrameBytes(300);
        EmbeddedChannel ch = new EmbeddedChannel(d);

        ch.writeInbound(Unpooled.wrappedBuffer(prefix(250), body(250)));

        assertArrayEquals(body(250), taken(ch));
        ch.finishAndReleaseAll();
    }

    @Test
    void refuses_a_prefix_that_runs_past_five_bytes() {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(1000));
        byte[] sixBytes = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01};

        assertThrows(CorruptedFrameException.class, () -> ch.writeInbound(Unpooled.wrappedBuffer(sixBytes)));
        ch.finishAndReleaseAll();
    }

    @Test
    void refuses_a_five_byte_prefix_beyond_32_bits() {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(Integer.MAX_VALUE));
        byte[] tooBig = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x1f};

        assertThrows(CorruptedFrameException.class, () -> ch.writeInbound(Unpooled.wrappedBuffer(tooBig)));
        ch.finishAndReleaseAll();
    }
}
