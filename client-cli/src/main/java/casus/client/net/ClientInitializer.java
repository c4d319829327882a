package casus.client.net;

import casus.v1.ServerMessage;
import casus.wire.FrameEncoder;
import casus.wire.MessageDecoder;
import casus.wire.VarintFrameDecoder;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;

/**
 * The client's whole pipeline, built in one place: a ping when the client has written nothing for
 * a while, the bounded frame decoder, the protobuf decoder, the length prepender and encoder, and
 * the {@link LinkHandler}.
 */
final class ClientInitializer extends ChannelInitializer<SocketChannel> {
    static final String IDLE = "idle";
    static final String FRAMES = "frames";

    private final int maxFrameBytes;
    private final long pingMillis;

    ClientInitializer(int maxFrameBytes, long pingMillis) {
        this.maxFrameBytes = maxFrameBytes;
        this.pingMillis = pingMillis;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast(IDLE, new IdleStateHandler(0, pingMillis, 0, TimeUnit.MILLISECONDS));
        p.addLast(FRAMES, new VarintFrameDecoder(maxFrameBytes));
        p.addLast(new MessageDecoder<>(ServerMessage.parser(), "ServerMessage"));
        p.addLast(new FrameEncoder(Integer.MAX_VALUE));
        p.addLast(new LinkHandler());
    }
}
