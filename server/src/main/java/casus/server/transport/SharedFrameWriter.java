package casus.server.transport;

import casus.server.session.SharedFrame;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;

/** On a connection of the protocol's frames, writes a shared frame's copy as the frame itself. */
@ChannelHandler.Sharable
final class SharedFrameWriter extends MessageToMessageEncoder<SharedFrame> {
    SharedFrameWriter() {
        super(SharedFrame.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, SharedFrame copy, List<Object> out) {
        out.add(copy.content().retain());
    }
}
