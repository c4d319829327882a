package casus.client.net;

import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.ProtocolVersion;
import casus.v1.ServerMessage;
import casus.v1.Welcome;
import casus.wire.VarintFrameDecoder;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client's connection to the server, kept up: it greets the server, sends requests and waits
 * for their replies, hands pushes to a {@link Listener}, and when the connection drops it
 * reconnects on its own with the resume token, so the server gives the client back its sessions
 * and states. Safe to use from any thread.
 */
public final class Remote implements Requester, AutoCloseable {
    /** What happens to the connection; called on the client's I/O or reconnecting thread. */
    public interface Listener {
        /** A message the server sent on its own: a tick update, a notice, a message, a farewell. */
        void push(ServerMessage m);

        /** The connection dropped; the client is reconnecting. */
        void lost(String why);

        /** The client is connected again; the welcome says whether the server resumed it. */
        void reconnected(Welcome w);

        /** The connection is gone for good: kicked, replaced, or reconnecting failed. */
        void gone(String why);
    }

    private final RemoteSettings settings;
    private final Listener listener;
    private final EventLoopGroup group;
    private final Bootstrap bootstrap;
    private final AtomicLong ids = new AtomicLong();
    private final Object lock = new Object();
    private Link link;
    private Welcome welcome;
    private String resumeToken = "";
    private boolean closed;
    private String goneWhy;

    private Remote(RemoteSettings settings, Listener listener) {
        this.settings = settings;
        this.listener = listener;
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("casus-play-io", true), NioIoHandler.newFactory());
        this.bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ClientInitializer(settings.maxFrameBytes(), 15_000));
    }

    /**
     * Connects and greets the server.
     *
     * @throws CannotConnectException with one line saying why: the server is down, speaks another
     *     protocol version, or refused the facilitator token
     */
    public static Remote connect(RemoteSettings settings, Listener listener) {
        Remote r = new Remote(settings, listener);
        try {
            Greeted g = r.open();
            synchronized (r.lock) {
                r.install(g);
            }
            return r;
        } catch (RuntimeException e) {
            r.shutdown();
            throw e;
        }
    }

    public RemoteSettings settings() {
        return settings;
    }

    /** The server's latest welcome. */
    public Welcome welcome() {
        synchronized (lock) {
            return welcome;
        }
    }

    @Override
    public boolean facilitator() {
        return welcome().getFacilitator();
    }

    @Override
    public String address() {
        return settings.address();
    }

    @Override
    public String name() {
        return settings.name();
    }

    /** Sends a request and waits for its reply, within the settings' reply timeout. */
    @Override
    public ServerMessage call(ClientMessage.Builder request) {
        return call(request, settings.replyTimeout());
    }

    /**
     * Sends a request and waits for its reply. While the client reconnects, the request waits for
     * the connection, within the same timeout.
     *
     * @throws RefusedException when the server answers with an Error
     * @throws ConnectionLostException when there is no connection, or it drops before the reply
     */
    @Override
    public ServerMessage call(ClientMessage.Builder request, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Link l = awaitLink(deadline);
        ServerMessage reply;
        try {
            reply = l.request(request).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionLostException("interrupted while waiting for the server");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ClientException c ? c : new ConnectionLostException(e.getCause().toString());
        } catch (TimeoutException e) {
            throw new ConnectionLostException("no reply from " + settings.address() + " within " + timeout.toSeconds() + " s");
        }
        if (reply.hasError()) {
            throw new RefusedException(reply.getError());
        }
        return reply;
    }

    /** Whether a connection is up now. */
    public boolean connected() {
        synchronized (lock) {
            return link != null && link.open();
        }
    }

    /** Closes the connection for good; no reconnection follows. */
    @Override
    public void close() {
        Link l;
        synchronized (lock) {
            closed = true;
            l = link;
            link = null;
            lock.notifyAll();
        }
        if (l != null) {
            l.channel().close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        shutdown();
    }

    /** Drops the connection as a network failure would: for tests of reconnection. */
    void dropForTest() {
        Link l;
        synchronized (lock) {
            l = link;
        }
        if (l != null) {
            l.close();
        }
    }

    private void shutdown() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    // --- connecting ---------------------------------------------------------------------------

    private record Greeted(Link link, Welcome welcome) {
    }

    /** Opens a connection and says Hello with the resume token, if any. */
    private Greeted open() {
        ChannelFuture cf = bootstrap.connect(settings.host(), settings.port());
        if (!cf.awaitUninterruptibly(settings.connectTimeout().toMillis() + 1000) || !cf.isSuccess()) {
            Throwable c = cf.cause();
            cf.channel().close();
            String why = c == null ? "no answer within " + settings.connectTimeout().toSeconds() + " s" : reason(c);
            throw new CannotConnectException("cannot connect to " + settings.address() + ": " + why);
        }
        Channel ch = cf.channel();
        LinkHandler handler = ch.pipeline().get(LinkHandler.class);
        if (handler == null) {
            // The server closed the connection at once, and Netty took the pipeline down with it.
            throw new CannotConnectException("cannot connect to " + settings.address() + ": the server closed the connection");
        }
        Link l = new Link(ch, ids::incrementAndGet, new Link.Listener() {
            @Override
            public void push(Link from, ServerMessage m) {
                onPush(from, m);
            }

            @Override
            public void closed(Link from, String why, ErrorCode code) {
                onClosed(from, why, code);
            }
        });
        handler.link(l);
        if (!ch.isActive()) {
            throw new CannotConnectException("cannot connect to " + settings.address() + ": the server closed the connection");
        }
        Hello.Builder hello = Hello.newBuilder()
                .setVersion(ProtocolVersion.newBuilder().setMajor(settings.major()).setMinor(settings.minor()))
                .setClientName(settings.name()).setFacilitatorToken(settings.facilitatorToken()).addCapabilities("resume")
                .addCapabilities("messages");
        synchronized (lock) {
            hello.setResumeToken(resumeToken);
        }
        ServerMessage reply;
        try {
            reply = l.request(ClientMessage.newBuilder().setHello(hello)).get(settings.connectTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            l.close();
            throw new CannotConnectException("interrupted while greeting " + settings.address());
        } catch (ExecutionException | TimeoutException e) {
            l.close();
            String why = e instanceof TimeoutException ? "it did not answer the greeting" : e.getCause().getMessage();
            throw new CannotConnectException("cannot talk to " + settings.address() + ": " + why);
        }
        if (reply.hasError()) {
            l.close();
            throw new CannotConnectException(refusal(reply.getError().getCode(), reply.getError().getMessage()), reply.getError().getCode());
        }
        if (!reply.hasWelcome()) {
            l.close();
            throw new CannotConnectException(settings.address() + " answered the greeting with " + reply.getKindCase() + ", not a welcome");
        }
        Welcome w = reply.getWelcome();
        if (w.getVersion().getMajor() != settings.major()) {
            l.close();
            throw new CannotConnectException("the server at " + settings.address() + " speaks protocol " + w.getVersion().getMajor() + "."
                    + w.getVersion().getMinor() + "; this client speaks " + settings.major() + "." + settings.minor(),
                    ErrorCode.UNSUPPORTED_VERSION);
        }
        try {
            if (w.getMaxServerFrameBytes() > 0) {
                ch.pipeline().get(VarintFrameDecoder.class).maxFrameBytes(Math.max(w.getMaxServerFrameBytes(), 1 << 20));
            }
            if (w.getIdleTimeoutSeconds() > 0) {
                long ping = Math.max(1000, w.getIdleTimeoutSeconds() * 1000L / 3);
                ch.pipeline().replace(ClientInitializer.IDLE, ClientInitializer.IDLE, new IdleStateHandler(0, ping, 0, TimeUnit.MILLISECONDS));
            }
        } catch (RuntimeException e) {
            // The connection closed right after the welcome: its pipeline is gone.
            l.close();
            throw new CannotConnectException("cannot talk to " + settings.address() + ": the server closed the connection");
        }
        return new Greeted(l, w);
    }

    private String refusal(ErrorCode code, String message) {
        return switch (code) {
            case UNSUPPORTED_VERSION -> "the server at " + settings.address() + " does not speak this client's protocol "
                    + settings.major() + "." + settings.minor() + ": " + message;
            case UNAUTHORIZED -> "the server at " + settings.address() + " refused the facilitator token: " + message;
            default -> "the server at " + settings.address() + " refused the greeting: " + code + " " + message;
        };
    }

    private static String reason(Throwable c) {
        String m = c.getMessage() == null ? c.toString() : c.getMessage();
        int colon = m.indexOf(": ");
        // Netty says "Connection refused: /127.0.0.1:7400": the address is said already.
        return (colon > 0 && m.substring(colon + 2).contains(":") ? m.substring(0, colon) : m).toLowerCase(java.util.Locale.ROOT);
    }

    private void install(Greeted g) {
        link = g.link();
        welcome = g.welcome();
        resumeToken = g.welcome().getResumeToken();
        lock.notifyAll();
    }

    private Link awaitLink(long deadline) {
        synchronized (lock) {
            while (true) {
                if (closed) {
                    throw new ConnectionLostException("the client is closing");
                }
                if (goneWhy != null) {
                    throw new ConnectionLostException("not connected: " + goneWhy);
                }
                if (link != null && link.open()) {
                    return link;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new ConnectionLostException("not connected to " + settings.address() + " (reconnecting)");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ConnectionLostException("interrupted while waiting for the connection");
                }
            }
        }
    }

    // --- events -------------------------------------------------------------------------------

    private void onPush(Link from, ServerMessage m) {
        synchronized (lock) {
            if (from != link) {
                return;
            }
        }
        listener.push(m);
    }

    private void onClosed(Link from, String why, ErrorCode code) {
        synchronized (lock) {
            if (from != link || closed) {
                return;
            }
            link = null;
            if (code == ErrorCode.KICKED || code == ErrorCode.REPLACED) {
                goneWhy = why;
                lock.notifyAll();
            }
        }
        if (code == ErrorCode.KICKED || code == ErrorCode.REPLACED) {
            listener.gone(code == ErrorCode.KICKED ? "removed by the facilitator: " + why : why);
            return;
        }
        listener.lost(why);
        Thread t = new Thread(this::reconnect, "casus-play-reconnect");
        t.setDaemon(true);
        t.start();
    }

    private void reconnect() {
        long deadline = System.nanoTime() + settings.reconnectFor().toNanos();
        long pause = 250;
        String last = "";
        while (System.nanoTime() < deadline) {
            synchronized (lock) {
                if (closed) {
                    return;
                }
            }
            try {
                Greeted g = open();
                boolean keep;
                synchronized (lock) {
                    keep = !closed;
                    if (keep) {
                        install(g);
                    }
                }
                if (!keep) {
                    g.link().close();
                    return;
                }
                listener.reconnected(g.welcome());
                return;
            } catch (CannotConnectException e) {
                last = e.getMessage();
                if (e.permanent()) {
                    break;
                }
            } catch (RuntimeException e) {
                // Whatever fails, it is one more failed try: the loop must not die and leave the client stranded.
                last = e.toString();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, 4000);
        }
        synchronized (lock) {
            goneWhy = "could not reconnect to " + settings.address() + " within " + settings.reconnectFor().toSeconds() + " s"
                    + (last.isEmpty() ? "" : " (" + last + ")");
            lock.notifyAll();
        }
        listener.gone(goneWhy);
    }
}
