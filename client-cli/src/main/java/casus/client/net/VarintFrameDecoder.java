package casus.client.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.List;

/**
 * Splits a stream into the frames of the standard length-delimited protobuf stream, refusing a
 * frame longer than the maximum as soon as its length prefix is read, before anything is
 * buffered for it.
 *
 * <pre>
 *   +----------------------+---------------------------+
 *   | varint32 length N    | N bytes: one message      |
 *   | 1 to 5 bytes, 7 bits |                           |
 *   | a byte, low first    |                           |
 *   +----------------------+---------------------------+
 * </pre>
 *
 * Written here rather than taken from Netty: its ProtobufVarint32FrameDecoder of this version has
 * no maximum and misreads a prefix that arrives split after its third byte.
 */
final class VarintFrameDecoder extends ByteToMessageDecoder {
    private volatile int maxFrameBytes;

    VarintFrameDecoder(int maxFrameBytes) {
        maxFrameBytes(maxFrameBytes);
    }

    /** Changes the longest frame accepted: the server says in its Welcome what it may send. */
    void maxFrameBytes(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("maxFrameBytes must be positive, got " + max);
        }
        this.maxFrameBytes = max;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int start = in.readerIndex();
        int length = 0;
        for (int i = 0; i < 5; i++) {
            if (!in.isReadable()) {
                in.readerIndex(start);
                return;
            }
            byte b = in.readByte();
            length |= (b & 0x7f) << (7 * i);
            if (b >= 0) {
                if (length < 0 || (i == 4 && (b & 0xf0) != 0)) {
                    throw new CorruptedFrameException("a frame's length prefix is not a valid varint32");
                }
                if (length > maxFrameBytes) {
                    throw new TooLongFrameException("a frame of " + length + " bytes; at most " + maxFrameBytes + " are accepted");
                }
                if (in.readableBytes() < length) {
                    in.readerIndex(start);
                    return;
                }
                out.add(in.readRetainedSlice(length));
                return;
            }
        }
        throw new CorruptedFrameException("a frame's length prefix runs past 5 bytes");
    }
}
