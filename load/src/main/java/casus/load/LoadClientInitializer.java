package casus.load;

import casus.wire.FrameEncoder;
import casus.wire.VarintFrameDecoder;
import casus.v1.ServerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * A load client's pipeline: frames in, parsed as ServerMessages; ClientMessages framed out.
 *
 * <pre>
 *   socket | frames | messages | encoder | client
 * </pre>
 */
final class LoadClientInitializer extends ChannelInitializer<SocketChannel> {
    /** The server may send a whole session's record in one frame. */
    static final int MAX_FRAME = 64 << 20;

    private final LoadClient client;

    LoadClientInitializer(LoadClient client) {
        this.client = client;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast("frames", new VarintFrameDecoder(MAX_FRAME));
        ch.pipeline().addLast("messages", new MessageToMessageDecoder<ByteBuf>(ByteBuf.class) {
            @Override
            protected void decode(ChannelHandlerContext ctx, ByteBuf frame, List<Object> out) {
                try {
                    TickSeen tick = TickSeen.read(frame.nioBuffer());
                    out.add(tick != null ? tick : ServerMessage.parseFrom(frame.nioBuffer()));
                } catch (java.io.IOException e) {
                    throw new DecoderException(e);
                }
            }
        });
        ch.pipeline().addLast("encoder", new FrameEncoder(MAX_FRAME));
        ch.pipeline().addLast("client", client);
    }
}
