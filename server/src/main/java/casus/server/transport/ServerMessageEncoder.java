package casus.server.transport;

import casus.v1.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Frames each {@code ServerMessage}. Buffers already framed (a tick update encoded once for
 * every member) pass by untouched.
 */
@ChannelHandler.Sharable
public final class ServerMessageEncoder extends MessageToByteEncoder<ServerMessage> {
    private final int maxFrameBytes;

    public ServerMessageEncoder(int maxFrameBytes) {
        super(ServerMessage.class);
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, ServerMessage msg, boolean preferDirect) {
        int size = msg.getSerializedSize();
        if (size > maxFrameBytes) {
            throw new EncoderException("a reply of " + size + " bytes exceeds the largest frame the server sends, " + maxFrameBytes);
        }
        return ctx.alloc().ioBuffer(size + VarintFrameDecoder.MAX_PREFIX);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ServerMessage msg, ByteBuf out) {
        Frames.write(out, msg, msg.getSerializedSize());
    }
}
