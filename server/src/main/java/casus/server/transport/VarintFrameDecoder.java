package casus.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.util.internal.ObjectUtil;
import java.util.List;

/**
 * Splits the inbound stream into frames: a varint32 length, then that many bytes. The length is
 * checked against the maximum as soon as its prefix is complete, before anything is allocated
 * for the frame or its body is read, so a prefix that claims a gigabyte costs nothing.
 *
 * <p>The prefix is parsed afresh from the reader index on every call, so it may arrive split
 * anywhere, a byte at a time. (Netty's {@code ProtobufVarint32FrameDecoder} up to 4.2.18 misreads
 * a prefix split after its third byte, and has no maximum.)
 *
 * <p>After a bad prefix the decoder throws once, then discards everything: the connection is
 * being closed.
 */
public final class VarintFrameDecoder extends ByteToMessageDecoder {
    /** A varint32 never takes more than five bytes. */
    static final int MAX_PREFIX = 5;

    private final int maxFrameBytes;
    private boolean failed;

    public VarintFrameDecoder(int maxFrameBytes) {
        this.maxFrameBytes = ObjectUtil.checkPositive(maxFrameBytes, "maxFrameBytes");
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
                failed = true;
                throw new CorruptedFrameException("length prefix longer than " + MAX_PREFIX + " bytes");
            }
            byte b = in.getByte(start + prefix);
            length |= (long) (b & 0x7F) << (7 * prefix);
            prefix++;
            if (b >= 0) {
                break;
            }
        }
        if (length > maxFrameBytes) {
            failed = true;
            throw new TooLongFrameException("frame of " + length + " bytes exceeds the maximum of " + maxFrameBytes);
        }
        if (readable - prefix < length) {
            return;
        }
        in.skipBytes(prefix);
        out.add(in.readRetainedSlice((int) length));
    }
}
