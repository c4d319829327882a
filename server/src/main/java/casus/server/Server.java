package casus.server;

import casus.server.api.Replies;
import casus.server.auth.Clients;
import casus.server.journal.JournalSyncer;
import casus.server.lobby.Lobby;
import casus.server.lobby.ScenarioCatalog;
import casus.server.lobby.StatsReader;
import casus.server.session.Counters;
import casus.server.session.DamagePolicy;
import casus.server.session.SessionContext;
import casus.server.session.SessionFactory;
import casus.server.session.Sessions;
import casus.server.transport.ServerInitializer;
import casus.server.transport.TrafficCounter;
import casus.wire.Transports;
import casus.v1.ErrorCode;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The Casus server: many sessions at once, each ticking on a small pool sized to the cores, with
 * Netty's event loops doing nothing but decode, check and queue. Starting it recovers every
 * unfinished session from its journal, paused; closing it syncs every journal.
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Server.class);

    private final ServerSettings settings;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ScheduledThreadPoolExecutor tickPool;
    private final ExecutorService background;
    private final JournalSyncer syncer;
    private final ChannelGroup channels;
    private final Sessions sessions;
    private final Channel listener;
    private final int recovered;
    private final SessionFactory factory;
    private boolean closed;

    private Server(ServerSettings settings, Clock clock, DamagePolicy damaged) throws InterruptedException {
        this.settings = settings;
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + settings.dataDir(), e);
        }
        long started = clock.nanos();
        syncer = new JournalSyncer(settings.journalSyncThreads());
        tickPool = new ScheduledThreadPoolExecutor(settings.tickThreads(), new DefaultThreadFactory("casus-tick", true));
        tickPool.setRemoveOnCancelPolicy(true);
        background = Executors.newFixedThreadPool(2, new DefaultThreadFactory("casus-background", true));
        Clients clients = new Clients();
        Counters counters = new Counters();
        SessionContext ctx = new SessionContext(settings, clock, tickPool, background, syncer, clients, counters,
                ByteBufAllocator.DEFAULT);
        sessions = new Sessions();
        factory = new SessionFactory(ctx, sessions);
        recovered = factory.recover(damaged);
        channels = new DefaultChannelGroup("casus-clients", GlobalEventExecutor.INSTANCE);
        TrafficCounter traffic = new TrafficCounter();
        LongAdder slowClosed = new LongAdder();
        StatsReader stats = new StatsReader(sessions, counters, traffic, channels::size, slowClosed::sum, syncer, settings.tickThreads(),
                settings.ioThreads(), started);
        Lobby lobby = new Lobby(settings, clients, sessions, factory, new ScenarioCatalog(background), stats, background, clock,
                "casus " + version());
        boss = Transports.group(1, "casus-accept");
        workers = Transports.group(settings.ioThreads(), "casus-io");
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, workers)
                .channel(Transports.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                        new WriteBufferWaterMark(settings.writeLowWaterBytes(), settings.writeHighWaterBytes()))
                .childOption(ChannelOption.SO_SNDBUF, settings.socketSendBufferBytes() > 0 ? settings.socketSendBufferBytes() : null)
                .childHandler(new ServerInitializer(settings, lobby, traffic, clock, slowClosed, channels));
        try {
            listener = b.bind(settings.host(), settings.port()).sync().channel();
        } catch (Exception e) {
            shutdownExecutors();
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        LOG.info("listening on {} ({}), data in {}, {} session(s) recovered", address(), Transports.epoll() ? "epoll" : "nio",
                settings.dataDir().toAbsolutePath(), recovered);
    }

    /**
     * Starts a server: recovers the sessions under the data directory, leaving damaged journals as
     * they are, then listens.
     *
     * @throws IllegalStateException when it cannot listen on the address
     */
    public static Server start(ServerSettings settings, Clock clock) throws InterruptedException {
        return start(settings, clock, DamagePolicy.KEEP);
    }

    /**
     * Starts a server, recovering damaged journals as {@code damaged} says.
     *
     * @throws IllegalStateException when it cannot listen on the address
     */
    public static Server start(ServerSettings settings, Clock clock, DamagePolicy damaged) throws InterruptedException {
        return new Server(settings, clock, damaged);
    }

    /** Where it listens; with port 0, the port the system chose. */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    /** How many unfinished sessions it recovered when it started. */
    public int recovered() {
        return recovered;
    }

    /** What it could not recover when it started, or recovered with a loss: one notice a session. */
    public java.util.List<casus.v1.SessionNotice> recoveryNotices() {
        return factory.recoveryNotices();
    }

    public Sessions sessions() {
        return sessions;
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Stops listening, syncs and closes every session's journal, tells every client, and stops the threads. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        listener.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        sessions.stopAll(10);
        channels.writeAndFlush(Replies.error(0, ErrorCode.SHUTTING_DOWN, "the server is shutting down"))
                .awaitUninterruptibly(2, TimeUnit.SECONDS);
        channels.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        shutdownExecutors();
        LOG.info("stopped");
    }

    private void shutdownExecutors() {
        tickPool.shutdownNow();
        syncer.close();
        background.shutdownNow();
        if (workers != null) {
            workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        }
        if (boss != null) {
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        }
    }

    static String version() {
        String v = Server.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
