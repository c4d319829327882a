package casus.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.StringValue;
import io.netty.buffer.AbstractByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VarintFrameDecoderTest {
    private static final int MAX = 4 << 20;

    @ParameterizedTest
    @ValueSource(ints = {1, 127, 128, 300, 16_383, 16_384, 70_000, 2_097_151, 2_097_152, 3_000_000})
    void prefix_delivered_one_byte_at_a_time_gives_the_whole_frame(int length) {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        byte[] body = body(length);
        byte[] prefix = varint(length);
        for (byte b : prefix) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
            assertNull(ch.readInbound(), "no frame before the body");
        }
        int at = 0;
        while (at < body.length) {
            int n = Math.min(body.length - at, 1 + at % 7_919);
            ch.writeInbound(Unpooled.wrappedBuffer(body, at, n));
            at += n;
            if (at < body.length) {
                assertNull(ch.readInbound());
            }
        }
        ByteBuf frame = ch.readInbound();
        assertArrayEquals(body, ByteBufUtil.getBytes(frame));
        frame.release();
        assertFalse(ch.finish());
    }

    /** Netty's ProtobufVarint32FrameDecoder (4.2.18) reads this split as a frame of 0 bytes. */
    @Test
    void prefix_split_after_its_third_byte_is_read_whole() {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        int length = 2_097_152;
        byte[] prefix = varint(length);
        assertEquals(4, prefix.length);
        ch.writeInbound(Unpooled.wrappedBuffer(prefix, 0, 3));
        ch.writeInbound(Unpooled.wrappedBuffer(prefix, 3, 1));
        assertNull(ch.readInbound());
        ch.writeInbound(Unpooled.wrappedBuffer(body(length)));
        ByteBuf frame = ch.readInbound();
        assertEquals(length, frame.readableBytes());
        frame.release();
        assertFalse(ch.finish());
    }

    @Test
    void empty_frame_comes_out_as_soon_as_its_prefix_does() {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0}));
        ByteBuf frame = ch.readInbound();
        assertEquals(0, frame.readableBytes());
        frame.release();
        assertFalse(ch.finish());
    }

    @Test
    void every_byte_alone_across_many_frames_gives_them_in_order() {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        ByteBuf all = Unpooled.buffer();
        int[] lengths = {5, 200, 0, 40_000, 1};
        for (int len : lengths) {
            all.writeBytes(varint(len)).writeBytes(body(len));
        }
        while (all.isReadable()) {
            ch.writeInbound(all.readRetainedSlice(1));
        }
        all.release();
        for (int len : lengths) {
            ByteBuf frame = ch.readInbound();
            assertEquals(len, frame.readableBytes());
            frame.release();
        }
        assertNull(ch.readInbound());
        ch.finishAndReleaseAll();
    }

    @Test
    void several_frames_in_one_buffer_come_out_separately() {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        ByteBuf in = Unpooled.buffer();
        in.writeBytes(varint(3)).writeBytes(new byte[] {1, 2, 3}).writeBytes(varint(2)).writeBytes(new byte[] {4, 5}).writeByte(0x81);
        ch.writeInbound(in);
        ByteBuf a = ch.readInbound();
        ByteBuf b = ch.readInbound();
        assertEquals(3, a.readableBytes());
        assertEquals(2, b.readableBytes());
        assertNull(ch.readInbound(), "the third prefix is incomplete");
        a.release();
        b.release();
        ch.finishAndReleaseAll();
    }

    @Test
    void oversized_prefix_is_refused_as_soon_as_it_is_complete_without_allocating_its_size() {
        CountingAllocator alloc = new CountingAllocator();
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.config().setAllocator(alloc);
        ch.pipeline().addLast(new VarintFrameDecoder(1 << 20));
        byte[] claim = varint(1 << 30);
        for (int i = 0; i < claim.length - 1; i++) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {claim[i]}));
        }
        DecoderException e = assertThrows(DecoderException.class,
                () -> ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {claim[claim.length - 1]})));
        assertTrue(e instanceof TooLongFrameException, e.toString());
        assertEquals("frame of 1073741824 bytes exceeds the maximum of 1048576", e.getMessage());
        assertTrue(alloc.largest.get() < 64 * 1024, "largest allocation " + alloc.largest.get());
        ch.finishAndReleaseAll();
    }

    @Test
    void after_a_bad_prefix_the_rest_of_the_stream_is_discarded() {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(100));
        assertThrows(TooLongFrameException.class, () -> ch.writeInbound(Unpooled.wrappedBuffer(varint(101))));
        ch.writeInbound(Unpooled.wrappedBuffer(concat(varint(2), new byte[] {7, 7})));
        assertNull(ch.readInbound());
        ch.finishAndReleaseAll();
    }

    @Test
    void prefix_longer_than_five_bytes_is_corrupt() {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        byte[] six = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01};
        DecoderException e = assertThrows(DecoderException.class, () -> ch.writeInbound(Unpooled.wrappedBuffer(six)));
        assertTrue(e instanceof CorruptedFrameException, e.toString());
        ch.finishAndReleaseAll();
    }

    @Test
    void five_byte_prefix_beyond_32_bits_is_too_long_not_negative() {
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        byte[] huge = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F};
        assertThrows(TooLongFrameException.class, () -> ch.writeInbound(Unpooled.wrappedBuffer(huge)));
        ch.finishAndReleaseAll();
    }

    @Test
    void raising_the_maximum_admits_longer_frames() {
        VarintFrameDecoder d = new VarintFrameDecoder(100);
        d.maxFrameBytes(300);
        EmbeddedChannel ch = new EmbeddedChannel(d);
        ch.writeInbound(Unpooled.wrappedBuffer(concat(varint(250), body(250))));
        ByteBuf frame = ch.readInbound();
        assertEquals(250, frame.readableBytes());
        frame.release();
        ch.finishAndReleaseAll();
    }

    @Test
    void maximum_must_be_positive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new VarintFrameDecoder(0));
        assertTrue(e.getMessage().contains("maxFrameBytes"), e.getMessage());
    }

    @Test
    void frames_written_by_the_encoder_decode_back() throws Exception {
        StringValue message = StringValue.of("the day plays when every player is ready");
        ByteBuf framed = Frames.encode(ByteBufAllocator.DEFAULT, message);
        CompositeByteBuf twice = Unpooled.compositeBuffer().addComponents(true, framed.retainedDuplicate(), framed);
        EmbeddedChannel ch = new EmbeddedChannel(new VarintFrameDecoder(MAX));
        ch.writeInbound(twice);
        for (int i = 0; i < 2; i++) {
            ByteBuf f = ch.readInbound();
            assertEquals(message, StringValue.parseFrom(ByteBufUtil.getBytes(f)));
            f.release();
        }
        ch.finishAndReleaseAll();
    }

    @Test
    void the_encoding_handler_frames_messages_and_refuses_one_over_its_maximum() throws Exception {
        EmbeddedChannel ch = new EmbeddedChannel(new FrameEncoder(16), new VarintFrameDecoder(MAX));
        StringValue small = StringValue.of("ready");
        ch.writeOutbound(small);
        ByteBuf out = ch.readOutbound();
        ch.writeInbound(out);
        ByteBuf f = ch.readInbound();
        assertEquals(small, StringValue.parseFrom(ByteBufUtil.getBytes(f)));
        f.release();
        assertThrows(EncoderException.class, () -> ch.writeOutbound(StringValue.of("a message longer than sixteen bytes")));
        ch.finishAndReleaseAll();
    }

    static byte[] varint(int value) {
        ByteBuf b = Unpooled.buffer();
        Frames.writeVarint32(b, value);
        byte[] out = ByteBufUtil.getBytes(b);
        b.release();
        return out;
    }

    static byte[] body(int length) {
        byte[] b = new byte[length];
        new Random(length).nextBytes(b);
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Records the largest buffer anyone asked for. */
    static final class CountingAllocator extends AbstractByteBufAllocator {
        final AtomicInteger largest = new AtomicInteger();

        CountingAllocator() {
            super(false);
        }

        @Override
        protected ByteBuf newHeapBuffer(int initialCapacity, int maxCapacity) {
            largest.accumulateAndGet(initialCapacity, Math::max);
            return UnpooledByteBufAllocator.DEFAULT.heapBuffer(initialCapacity, maxCapacity);
        }

        @Override
        protected ByteBuf newDirectBuffer(int initialCapacity, int maxCapacity) {
            largest.accumulateAndGet(initialCapacity, Math::max);
            return UnpooledByteBufAllocator.DEFAULT.directBuffer(initialCapacity, maxCapacity);
        }

        @Override
        public boolean isDirectBufferPooled() {
            return false;
        }
    }
}
