package casus.server.testing;

import casus.server.ServerSettings;
import casus.server.auth.Client;
import casus.server.auth.Clients;
import casus.server.journal.JournalSyncer;
import casus.server.lobby.Lobby;
import casus.server.lobby.ScenarioCatalog;
import casus.server.lobby.StatsReader;
import casus.server.session.Counters;
import casus.server.session.Session;
import casus.server.session.SessionContext;
import casus.server.session.SessionFactory;
import casus.server.session.Sessions;
import casus.server.transport.TrafficCounter;
import casus.v1.AbsentPolicy;
import casus.v1.Joined;
import casus.v1.SessionMode;
import casus.v1.SessionSettings;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Sessions without threads or sockets: a {@link ManualClock}, and one {@link ManualScheduler}
 * for the tick pool, the background and the journal syncer, so that a test says when time passes
 * and everything that falls due runs on its own thread. Journals are real files in the test's
 * folder. Clients sit at {@link Seat}s.
 */
public final class SessionHarness implements AutoCloseable {
    private final ManualClock clock = new ManualClock();
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final ServerSettings settings;
    private final SessionContext ctx;
    private final Sessions sessions = new Sessions();
    private final SessionFactory factory;
    private boolean closed;

    private final FaultyJournals journals = new FaultyJournals();
    private final FaultyTicks ticks = new FaultyTicks();

    private SessionHarness(ServerSettings settings) {
        this.settings = settings;
        this.ctx = new SessionContext(settings, clock, scheduler, scheduler, JournalSyncer.on(scheduler), new Clients(), new Counters(),
                new UnpooledByteBufAllocator(false), journals, ticks);
        this.factory = new SessionFactory(ctx, sessions);
    }

    /** A harness with the server's defaults, its data in {@code data}. */
    public static SessionHarness start(Path data) {
        return start(ServerSettings.defaults(data, ServerFixture.TOKEN));
    }

    public static SessionHarness start(ServerSettings settings) {
        return new SessionHarness(settings);
    }

    public ManualClock clock() {
        return clock;
    }

    public ManualScheduler scheduler() {
        return scheduler;
    }

    /** The channels every journal of the harness writes through, to make them fail. */
    public FaultyJournals journals() {
        return journals;
    }

    /** What plays every day of the harness's sessions, to make a tick fail. */
    public FaultyTicks ticks() {
        return ticks;
    }

    public ServerSettings settings() {
        return settings;
    }

    public SessionContext context() {
        return ctx;
    }

    public Sessions sessions() {
        return sessions;
    }

    public SessionFactory factory() {
        return factory;
    }

    /**
     * A lobby in front of the harness's sessions, as the server builds it. Its scenario catalogue
     * is never built: listing scenarios is not what a lobby test is about, and compiling every
     * bundled scenario takes a while.
     */
    public Lobby lobby() {
        StatsReader stats = new StatsReader(sessions, ctx.counters(), new TrafficCounter(), () -> 0, () -> 0, ctx.syncer(), 1, 1,
                clock.nanos());
        return new Lobby(settings, ctx.clients(), sessions, factory, new ScenarioCatalog(r -> { }), stats, scheduler, clock, "casus test");
    }

    /** Runs everything due now. */
    public void run() {
        scheduler.runDue();
    }

    /** Lets {@code d} pass, running everything as it falls due. */
    public void advance(Duration d) {
        scheduler.advance(d);
    }

    /** A new client, greeted, at a seat of its own. */
    public Seat seat(String name) {
        return attach(ctx.clients().register(name, false).client());
    }

    /** A new client greeted with the facilitator token. */
    public Seat facilitator() {
        return attach(ctx.clients().register("facilitator", true).client());
    }

    /** The client of {@code seat} comes back on a new connection, as a Hello with its resume token does. */
    public Seat resume(Seat seat) {
        Seat again = attach(seat.client());
        sessions.reattached(seat.client(), again);
        run();
        return again;
    }

    /** The seat's connection closes. */
    public void disconnect(Seat seat) {
        seat.drop();
        if (seat.client().detach(seat)) {
            sessions.disconnected(seat.client(), seat);
        }
        run();
    }

    private Seat attach(Client c) {
        Seat s = new Seat(this, c);
        c.attach(s);
        return s;
    }

    /** Creates a session as the facilitator at {@code seat} would; it joins as facilitator. */
    public Session create(Seat facilitator, SessionSettings.Builder s) {
        Joined joined = factory.create(s.build(), facilitator.client(), facilitator);
        run();
        return sessions.find(joined.getSession().getSessionId());
    }

    /** Settings for a session of a bundled scenario. */
    public static SessionSettings.Builder settings(String scenario, long seed, SessionMode mode, int tickMillis, int deadlineMillis) {
        return SessionSettings.newBuilder().setScenario(scenario).setSeed(seed).setMode(mode).setTickMillis(tickMillis)
                .setDeadlineMillis(deadlineMillis).setAbsent(AbsentPolicy.HOLD);
    }

    /** Stops every session as the server does, syncing and closing its journal. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Thread stopper = new Thread(() -> sessions.stopAll(5));
        stopper.start();
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stopper.isAlive() && System.nanoTime() < giveUp) {
            run();
            Thread.onSpinWait();
        }
        scheduler.shutdownNow();
    }
}
