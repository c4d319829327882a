package casus.server.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses a WebSocket handshake that a browser makes on behalf of a page from another site: a
 * browser always names the page's origin, and a page served here has this server's host and
 * port as its origin. Clients that are not browsers send no {@code Origin} and pass.
 */
final class OriginCheck extends ChannelInboundHandlerAdapter {
    private final String websocketPath;

    OriginCheck(String websocketPath) {
        this.websocketPath = websocketPath;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof FullHttpRequest r && new QueryStringDecoder(r.uri()).path().equals(websocketPath)) {
            String origin = r.headers().get(HttpHeaderNames.ORIGIN);
            String host = r.headers().get(HttpHeaderNames.HOST);
            if (origin != null && !sameOrigin(origin, host)) {
                r.release();
                FullHttpResponse refusal = new DefaultFullHttpResponse(r.protocolVersion(), HttpResponseStatus.FORBIDDEN,
                        Unpooled.copiedBuffer("a page from " + origin + " may not open this server's WebSocket\n", StandardCharsets.UTF_8));
                refusal.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, refusal.content().readableBytes());
                ctx.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** Whether an {@code Origin} names the same host and port as the {@code Host} the request was sent to. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI o = new URI(origin);
            if (o.getScheme() == null || o.getRawAuthority() == null) {
                return false;
            }
            return authority(o.getScheme(), o.getRawAuthority()).equals(authority(o.getScheme(), host));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** host:port in lower case, the scheme's default port left out. */
    private static String authority(String scheme, String authority) {
        String a = authority.toLowerCase(Locale.ROOT);
        String defaultPort = scheme.equalsIgnoreCase("https") ? ":443" : ":80";
        return a.endsWith(defaultPort) ? a.substring(0, a.length() - defaultPort.length()) : a;
    }
}
