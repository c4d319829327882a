package casus.server.web;

import casus.server.transport.ServerInitializer;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The last handler of an HTTP connection. When the WebSocket handshake completes, it turns the
 * connection into a protocol connection: the static files step aside and the WebSocket's
 * messages go through the same handlers as a TCP client's. Before that, it closes an idle
 * connection and one that fails.
 */
final class WebSocketUpgrade extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LogManager.getLogger(WebSocketUpgrade.class);

    private final ServerInitializer protocol;

    WebSocketUpgrade(ServerInitializer protocol) {
        this.protocol = protocol;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            ChannelPipeline p = ctx.pipeline();
            p.remove("files");
            p.remove(this);
            p.addLast("ws-aggregate", new WebSocketFrameAggregator(protocol.settings().maxFrameBytes()));
            p.addLast("ws-codec", new WebSocketCodec());
            protocol.requests(p);
            return;
        }
        if (evt instanceof IdleStateEvent) {
            ctx.close();
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof IOException)) {
            LOG.debug("HTTP connection {} failed", ctx.channel().remoteAddress(), cause);
        }
        ctx.close();
    }
}
