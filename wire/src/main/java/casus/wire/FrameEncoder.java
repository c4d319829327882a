package casus.wire;

import com.google.protobuf.MessageLite;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes each outbound protobuf message as one frame of the protocol ({@link Frames}), refusing
 * one longer than the maximum. Buffers already framed (a tick update encoded once for every
 * member) pass by untouched.
 */
@ChannelHandler.Sharable
public final class FrameEncoder extends MessageToByteEncoder<MessageLite> {
    private final int maxFrameBytes;

    public FrameEncoder(int maxFrameBytes) {
        super(MessageLite.class);
        if (maxFrameBytes <= 0) {
            throw new IllegalArgumentException("maxFrameBytes must be positive, got " + maxFrameBytes);
        }
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, MessageLite message, boolean preferDirect) {
        int size = message.getSerializedSize();
        if (size > maxFrameBytes) {
            throw new EncoderException("a message of " + size + " bytes exceeds the largest frame sent, " + maxFrameBytes);
        }
        return ctx.alloc().ioBuffer(size + VarintFrameDecoder.MAX_PREFIX);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, MessageLite message, ByteBuf out) {
        Frames.write(out, message, message.getSerializedSize());
    }
}
