package casus.client.net;

import casus.v1.ClientMessage;
import casus.v1.Ping;
import casus.v1.ServerMessage;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleStateEvent;

/** The end of the pipeline: hands messages to the {@link Link}, pings when idle, closes on a failure. */
final class LinkHandler extends SimpleChannelInboundHandler<ServerMessage> {
    private static final ClientMessage PING = ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()).build();

    private volatile Link link;

    void link(Link l) {
        this.link = l;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ServerMessage m) {
        Link l = link;
        if (l != null) {
            l.received(m);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            ctx.writeAndFlush(PING);
        } else {
            super.userEventTriggered(ctx, evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Link l = link;
        if (l != null) {
            l.failed(cause);
        } else {
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        Link l = link;
        if (l != null) {
            l.inactive();
        }
        super.channelInactive(ctx);
    }
}
