package casus.server.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The room's pages, scripts and styles, served from the server jar's resources: {@code /} is
 * the start page, {@code /room} the room view, and so on ({@code /NAME} is {@code NAME.html});
 * files are named by letters, digits and dashes only, so no path leaves the folder. Every
 * answer forbids framing and scripts from elsewhere.
 */
@ChannelHandler.Sharable
final class StaticFiles extends SimpleChannelInboundHandler<FullHttpRequest> {
    /** Where the files are, among the jar's resources. */
    static final String FOLDER = "/casus/server/web/static/";
    private static final Pattern NAME = Pattern.compile("/([a-z0-9-]+)(\\.(html|js|css|svg|png))?");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png");
    /** Scripts and styles from this server only; WebSockets to it; no framing by another page. */
    static final String POLICY = "default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final String folder;

    private StaticFiles(String folder) {
        this.folder = folder;
    }

    /** The files bundled with the server. */
    static StaticFiles bundled() {
        return new StaticFiles(FOLDER);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest r) {
        if (!r.decoderResult().isSuccess()) {
            respond(ctx, r, HttpResponseStatus.BAD_REQUEST, "text", "a malformed request\n".getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        if (!r.method().equals(HttpMethod.GET) && !r.method().equals(HttpMethod.HEAD)) {
            respond(ctx, r, HttpResponseStatus.METHOD_NOT_ALLOWED, "text", ("only GET and HEAD, not " + r.method() + "\n")
                    .getBytes(StandardCharsets.UTF_8), true);
            return;
        }
        String path = new QueryStringDecoder(r.uri()).path();
        Matcher m = NAME.matcher(path.equals("/") ? "/index" : path);
        byte[] body = null;
        String ext = null;
        if (m.matches()) {
            ext = m.group(3) == null ? "html" : m.group(3);
            body = file(m.group(1) + "." + ext);
        }
        if (body == null) {
            respond(ctx, r, HttpResponseStatus.NOT_FOUND, "text", ("nothing at " + path + "\n").getBytes(StandardCharsets.UTF_8), true);
            return;
        }
        respond(ctx, r, HttpResponseStatus.OK, ext, body, true);
    }

    /** A file's bytes, or null when there is none by that name. */
    byte[] file(String name) {
        byte[] cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream(folder + name)) {
            if (in == null) {
                return null;
            }
            byte[] b = in.readAllBytes();
            cache.put(name, b);
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + name, e);
        }
    }

    private static void respond(ChannelHandlerContext ctx, FullHttpRequest r, HttpResponseStatus status, String ext, byte[] body,
            boolean keepAlive) {
        boolean head = r.method().equals(HttpMethod.HEAD);
        FullHttpResponse res = new DefaultFullHttpResponse(r.protocolVersion(), status,
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, TYPES.getOrDefault(ext, "text/plain; charset=utf-8"))
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-cache")
                .set("Content-Security-Policy", POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer");
        boolean keep = keepAlive && HttpUtil.isKeepAlive(r);
        if (keep) {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        ChannelFuture f = ctx.writeAndFlush(res);
        if (!keep) {
            f.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
