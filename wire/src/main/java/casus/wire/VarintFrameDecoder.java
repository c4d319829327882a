package casus.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.List;

/**
 * Splits the inbound stream into the protocol's frames (see {@link Frames}): a varint32 length,
 * then that many bytes. The server, the terminal client and the load generator all read with it.
 *
 * <p>The length is checked against the maximum as soon as its prefix is complete, before anything
 * is allocated for the frame or its body is read, so a prefix that claims a gigabyte costs
 * nothing. The prefix is parsed afresh from the reader index on every call, so it may arrive split
 * anywhere, a byte at a time. (Netty's {@code ProtobufVarint32FrameDecoder} up to 4.2.18 misreads
 * a prefix split after its third byte, and has no maximum.)
 *
 * <p>A prefix longer than five bytes is corrupt; a length over the maximum (any that does not fit
 * 31 bits among them) is too long. Either is thrown once; after it the decoder discards
 * everything, since the connection is being closed.
 */
public final class VarintFrameDecoder extends ByteToMessageDecoder {
    /** A varint32 never takes more than five bytes. */
    static final int MAX_PREFIX = 5;

    private volatile int maxFrameBytes;
    private boolean failed;

    public VarintFrameDecoder(int maxFrameBytes) {
        maxFrameBytes(maxFrameBytes);
    }

    /** Changes the longest frame accepted (a client learns from the server's Welcome what it may send). */
    public void maxFrameBytes(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("maxFrameBytes must be positive, got " + max);
        }
        this.maxFrameBytes = max;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        int start = in.readerIndex();
        int readable = in.readableBytes();
        long length = 0;
        int prefix = 0;
        while (true) {
            if (prefix == readable) {
                return;
            }
            if (prefix == MAX_PREFIX) {
                throw fail(new CorruptedFrameException("length prefix longer than " + MAX_PREFIX + " bytes"));
            }
            byte b = in.getByte(start + prefix);
            length |= (long) (b & 0x7F) << (7 * prefix);
            prefix++;
            if (b >= 0) {
                break;
            }
        }
        int max = maxFrameBytes;
        if (length > max) {
            throw fail(new TooLongFrameException("frame of " + length + " bytes exceeds the maximum of " + max));
        }
        if (readable - prefix < length) {
            return;
        }
        in.skipBytes(prefix);
        out.add(in.readRetainedSlice((int) length));
    }

    private RuntimeException fail(RuntimeException e) {
        failed = true;
        return e;
    }
}
