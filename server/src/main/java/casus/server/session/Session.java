package casus.server.session;

import casus.server.api.Replies;
import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.server.game.Game;
import casus.server.game.TickResult;
import casus.server.journal.Journal;
import casus.server.journal.JournalException;
import casus.server.journal.SessionReplay;
import casus.v1.ControlChange;
import casus.v1.ErrorCode;
import casus.v1.JournalEnded;
import casus.v1.JournalEntry;
import casus.v1.JournalInput;
import casus.v1.JournalTick;
import casus.v1.Joined;
import casus.v1.OutcomeSummary;
import casus.v1.Role;
import casus.v1.SeatBoard;
import casus.v1.ServerMessage;
import casus.v1.SessionEnded;
import casus.v1.SessionInfo;
import casus.v1.SessionNotice;
import casus.v1.SessionPhase;
import casus.v1.SessionSettings;
import casus.v1.Situation;
import casus.v1.Timing;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Predicate;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A live session: a game, its journal, its members and its pace. Everything here is touched by
 * the session's own passes only, one at a time on the tick pool; the network side only
 * {@link #post}s to its bounded inbox. A pass drains the inbox (a few requests per client at a
 * time, in arrival order), syncs the journal once for everything accepted, answers, then runs
 * the ticks that are due and sends each tick's update to every member.
 */
public final class Session {
    private static final Logger LOG = LogManager.getLogger(Session.class);

    final String id;
    final String joinCode;
    final Path dir;
    /** The game; rebuilt from the journal after a tick that failed. */
    Game game;
    final SessionContext ctx;
    final Pace pace;
    SessionSettings settings;
    SessionPhase phase;
    /** Days the facilitator asked to play now, one after another. */
    int stepsRequested;
    final Roster roster;

    private final Journal journal;
    private PrintWriter chronicle;
    private final ArrayBlockingQueue<Inbound> inbox;
    private ArrayDeque<Inbound> deferred = new ArrayDeque<>();
    private final List<Outgoing> outbox = new ArrayList<>();
    private final SessionLoop loop;
    private volatile SessionInfo info;
    /** The seat board the members were last told of. */
    private SeatBoard board;
    /** The journal and chronicle are closed: after the end, or at shutdown. */
    private boolean closed;
    /** The server is stopping: the session does nothing more. */
    private boolean stopped;
    /** Why the session stopped after a failure it cannot get over alone, or null while it runs. */
    private String failure;
    /** Lets the session's game go, keeping it listed as ended; run a while after it ends. */
    private Runnable forget = () -> { };
    /** When the session ended (milliseconds since the epoch), or 0. */
    private long endedUnixMillis;
    /** The resume-token hashes of every client that was a member when the session ended. */
    private volatile Set<String> endedMembers = Set.of();

    /**
     * An answer or push, held until the journal holds the inputs accepted before it
     * ({@code after}); with {@code close}, an error push after which the connection is closed.
     */
    private record Outgoing(Peer peer, ServerMessage message, long after, ErrorCode close) {
        Outgoing(Peer peer, ServerMessage message, long after) {
            this(peer, message, after, null);
        }

        void deliver() {
            if (close != null) {
                peer.close(close, message.getError().getMessage());
            } else {
                peer.send(message);
            }
        }
    }

    /** The journal's count of records after the last input appended: what must be on disk first. */
    private long lastInput;
    /** The last count a sync was asked for. */
    private long syncAsked;

    Session(String id, String joinCode, Path dir, Game game, Journal journal, PrintWriter chronicle, SessionSettings settings,
            SessionPhase phase, SessionContext ctx) {
        this.id = id;
        this.joinCode = joinCode;
        this.dir = dir;
        this.game = game;
        this.journal = journal;
        this.chronicle = chronicle;
        this.settings = settings;
        this.phase = phase;
        this.ctx = ctx;
        this.pace = new Pace(settings.getMode(), settings.getTickMillis(), settings.getDeadlineMillis());
        this.roster = new Roster(this, game.setting().actorCount());
        this.inbox = new ArrayBlockingQueue<>(ctx.settings().inboxCapacity());
        this.loop = new SessionLoop(ctx.tickPool(), id, this::pass, () -> !inbox.isEmpty() || !deferred.isEmpty());
        publish();
    }

    public String id() {
        return id;
    }

    public String joinCode() {
        return joinCode;
    }

    /** The session as listed; safe from any thread. */
    public SessionInfo info() {
        return info;
    }

    /** Where the session keeps its journal and chronicle. */
    public Path dir() {
        return dir;
    }

    /** Queues something for the session's next pass; false when the inbox is full. Any thread. */
    boolean post(Inbound in) {
        if (!inbox.offer(in)) {
            return false;
        }
        loop.signal();
        return true;
    }

    /** Asks for a pass: after creation or recovery. */
    void wake() {
        loop.signal();
    }

    /** What lets the session's game go once it has ended and been kept a while. */
    void forgetWith(Runnable r) {
        forget = r;
    }

    // --- the pass ------------------------------------------------------------------------------

    private void pass() {
        if (stopped) {
            inbox.clear();
            deferred.clear();
            return;
        }
        long now = ctx.clock().nanos();
        drain();
        roster.lapse(now);
        seatBoard();
        commit();
        if (!stopped && phase != SessionPhase.ENDED) {
            runDueTicks();
            seatBoard();
            commit();
            // While inputs wait for the disk, the syncer's call back wakes the session, not a timer.
            long wake = inputsSynced() ? nextWake() : roster.graceEnds();
            loop.wakeAt(wake, ctx.clock().nanos());
        }
        publish();
    }

    /** Handles what arrived, at most a few requests per client this pass; the rest wait their turn. */
    private void drain() {
        Map<Client, Integer> handled = new IdentityHashMap<>();
        ArrayDeque<Inbound> later = new ArrayDeque<>();
        int budget = ctx.settings().inboxCapacity();
        while (budget-- > 0 && !stopped) {
            Inbound in = deferred.isEmpty() ? inbox.poll() : deferred.poll();
            if (in == null) {
                break;
            }
            if (in instanceof Inbound.Request r) {
                int n = handled.merge(r.client(), 1, Integer::sum);
                if (n > ctx.settings().drainPerClient()) {
                    later.add(in);
                    continue;
                }
            }
            handle(in);
        }
        later.addAll(deferred);
        deferred = later;
    }

    private void handle(Inbound in) {
        if (in instanceof Inbound.Request r) {
            request(r);
        } else if (in instanceof Inbound.Disconnected d) {
            roster.disconnected(d.client(), d.peer());
        } else if (in instanceof Inbound.Reattached r) {
            roster.reattached(r.client(), r.peer());
        } else if (in instanceof Inbound.Kicked k) {
            Member m = roster.members.get(k.client().id());
            if (m != null) {
                roster.remove(m, ControlChange.Kind.LAPSED);
            }
        } else if (in instanceof Inbound.Shutdown s) {
            close();
            lastInput = 0;
            commit();
            stopped = true;
            s.done().complete(null);
        }
    }

    private void request(Inbound.Request r) {
        long rid = r.message().getRequestId();
        if (failure != null) {
            answerNow(r.peer(), Replies.error(rid, failedRequest()));
            return;
        }
        try {
            ServerMessage reply = Requests.handle(this, r.client(), r.peer(), r.message());
            if (reply != null) {
                reply(r.peer(), reply);
            }
        } catch (RequestException e) {
            reply(r.peer(), Replies.error(rid, e));
        } catch (RuntimeException e) {
            LOG.error("session {}: request {} failed", id, r.message().getKindCase(), e);
            reply(r.peer(), Replies.error(rid, ErrorCode.INTERNAL, "internal error: " + e));
        }
    }

    /**
     * Sends what may go: answers and pushes wait until the inputs accepted before them are on
     * the disk. The journal syncs on the syncer's thread, once for everything accepted since
     * the last sync, and the session passes again when it has.
     */
    private void commit() {
        if (failure == null && journal.failure() != null) {
            fail("its journal failed: " + journal.failure());
        }
        long synced = journal.synced();
        if (lastInput > synced && syncAsked < lastInput) {
            syncAsked = lastInput;
            ctx.syncer().sync(journal, loop::signal);
        }
        int sent = 0;
        for (Outgoing o : outbox) {
            if (o.after() > synced) {
                break;
            }
            o.deliver();
            sent++;
        }
        outbox.subList(0, sent).clear();
    }

    /** Whether every input accepted is on the disk, so that a tick may use them. */
    private boolean inputsSynced() {
        return journal.synced() >= lastInput;
    }

    private void runDueTicks() {
        int ran = 0;
        while (!closed && phase != SessionPhase.ENDED && inputsSynced()) {
            long now = ctx.clock().nanos();
            boolean step = stepsRequested > 0;
            boolean running = phase == SessionPhase.RUNNING;
            boolean ready = running && !pace.realTime() && game.turn().allReady();
            if (!step && !(running && (ready || now >= pace.due()))) {
                return;
            }
            long due = step || ready ? now : pace.due();
            if (step) {
                stepsRequested--;
            }
            if (!tick(due, step)) {
                return;
            }
            ran++;
            if (phase == SessionPhase.RUNNING && !step) {
                pace.ticked(ctx.clock().nanos());
            } else if (phase == SessionPhase.RUNNING) {
                pace.start(ctx.clock().nanos());
            }
            if (step && stepsRequested > 0 && ran <= ctx.settings().maxCatchUpTicks()) {
                continue;
            }
            if (!pace.realTime() || step) {
                return;
            }
            if (ran > ctx.settings().maxCatchUpTicks()) {
                ctx.counters().skipped(pace.dropBehind(ctx.clock().nanos(), 0));
                return;
            }
        }
    }

    /** Plays the coming day; false when it failed or could not be journaled, and the session stopped ticking. */
    private boolean tick(long dueNanos, boolean stepped) {
        long startNanos = ctx.clock().nanos();
        long startMicros = ctx.clock().unixMicrosAt(startNanos);
        int day = game.day();
        TickResult r;
        try {
            r = ctx.ticks().run(game);
        } catch (Throwable t) {
            tickFailed(day, t);
            return false;
        }
        if (!append(JournalEntry.newBuilder().setTick(JournalTick.newBuilder().setDay(r.day()).setDigest(r.digest())
                .setUnixMillis(startMicros / 1000)).build())) {
            return false;
        }
        long sentNanos = ctx.clock().nanos();
        long next = r.last() ? Pace.NEVER : pace.dueAfter(sentNanos, phase == SessionPhase.RUNNING, stepped);
        Timing timing = Timing.newBuilder().setDueUnixMicros(ctx.clock().unixMicrosAt(dueNanos))
                .setStartedUnixMicros(startMicros).setSentUnixMicros(ctx.clock().unixMicrosAt(sentNanos))
                .setNextDueUnixMicros(next == Pace.NEVER ? 0 : ctx.clock().unixMicrosAt(next)).build();
        ServerMessage publicView = ServerMessage.newBuilder().setTickUpdate(r.publicView().toBuilder().setTiming(timing)).build();
        ServerMessage facilitatorView = ServerMessage.newBuilder().setTickUpdate(r.facilitatorView().toBuilder().setTiming(timing)).build();
        Broadcaster.send(roster.members.values(), publicView, facilitatorView, ctx.alloc(), ctx.counters());
        ctx.counters().tick(startNanos - dueNanos, pace.realTime() ? pace.periodNanos() : 0);
        if (r.last()) {
            try {
                end("the scenario's last day was played");
            } catch (RequestException e) {
                // The journal failed at the end: the session has stopped, and everyone was told.
            }
        }
        return true;
    }

    /**
     * A tick that threw may have changed the game half way, and the game is changed in place: it
     * is thrown away and rebuilt from the journal, which holds every day completed and every
     * input since (the tick appends its record only once it has played). Replaying is how a
     * session is recovered after a crash, checks each day against its digest, and costs nothing
     * until a tick fails, where a copy of the game before each tick would cost every tick. The
     * session pauses at the rebuilt day, its orders for it kept, and plays it again when the
     * facilitator resumes or steps it. When it cannot be rebuilt, it stops.
     */
    private void tickFailed(int day, Throwable t) {
        String why = "the tick of day " + day + " failed (" + t + ")";
        LOG.error("session {} ({}): {}; it goes back to the last day its journal completed", id, joinCode, why, t);
        if (phase == SessionPhase.RUNNING) {
            phase = SessionPhase.PAUSED;
        }
        pace.stop();
        stepsRequested = 0;
        try {
            rebuild(day);
        } catch (RuntimeException | Error e) {
            LOG.error("session {}: cannot rebuild it from its journal", id, e);
            fail(why + ", and it cannot be rebuilt from its journal: " + e.getMessage());
            return;
        }
        String where = "the session is " + phase.name().toLowerCase(java.util.Locale.ROOT) + " at day " + day
                + ", as its journal has it, with the orders given for it; the day is played again when it next ticks";
        notice(x -> x.role == Role.FACILITATOR, SessionNotice.newBuilder().setKind("phase").setText(why + "; " + where));
        notice(x -> x.role != Role.FACILITATOR, SessionNotice.newBuilder().setKind("phase").setText("the tick of day " + day
                + " failed; " + where));
        LOG.warn("session {}: rebuilt from its journal at day {}, {}", id, day, phase.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Replaces the game by a replay of the journal, and the chronicle by the replay's, which is the live one's up to that day. */
    private void rebuild(int day) {
        chronicle.close();
        PrintWriter fresh = SessionFactory.chronicle(dir);
        SessionReplay.Result r;
        try {
            r = SessionReplay.replay(journal.file(), fresh, false, ctx.settings().recentDays());
        } catch (RuntimeException e) {
            fresh.close();
            throw e;
        }
        if (r.game().day() != day || r.ended()) {
            fresh.close();
            throw new JournalException(journal.file() + ": replayed to day " + r.game().day() + ", not to day " + day);
        }
        game = r.game();
        chronicle = fresh;
    }

    private long nextWake() {
        if (stepsRequested > 0) {
            // More days stepped than one pass plays: the next pass plays on.
            return ctx.clock().nanos();
        }
        return Math.min(phase == SessionPhase.RUNNING ? pace.due() : Pace.NEVER, roster.graceEnds());
    }

    // --- inputs, answers, notices -------------------------------------------------------------

    /**
     * Journals an input and applies it to the game; it is synced before anyone hears of it.
     *
     * @throws RequestException SESSION_FAILED when the journal cannot take it: nothing changes
     */
    void input(JournalInput.Builder in) {
        if (failure != null) {
            throw failedRequest();
        }
        JournalInput done = in.setDay(game.day()).setUnixMillis(ctx.clock().unixMillis()).build();
        if (!append(JournalEntry.newBuilder().setInput(done).build())) {
            throw failedRequest();
        }
        lastInput = journal.appended();
        game.apply(done);
    }

    /** Appends to the journal; when it cannot, the session stops and this returns false. */
    private boolean append(JournalEntry e) {
        try {
            journal.append(e);
            return true;
        } catch (UncheckedIOException x) {
            fail("its journal failed: " + (journal.failure() != null ? journal.failure() : x.getMessage()));
            return false;
        }
    }

    /**
     * Stops the session after a failure it cannot get over alone: it takes no more requests, and
     * ticks no more. What is on the disk stays there, for a restart to recover; what was waiting
     * for the disk is refused: each reply held for it becomes a SESSION_FAILED error, and the
     * pushes about it are not sent. Every member is told why, and the log.
     */
    private void fail(String why) {
        if (failure != null) {
            return;
        }
        failure = why;
        LOG.error("session {} ({}) stops at day {}: {}; it takes no more requests, and its journal {} keeps what reached the disk",
                id, joinCode, game.day(), why, journal.file());
        if (phase == SessionPhase.RUNNING) {
            phase = SessionPhase.PAUSED;
        }
        pace.stop();
        stepsRequested = 0;
        long synced = journal.synced();
        for (Outgoing o : outbox) {
            if (o.after() <= synced) {
                o.deliver();
            } else if (o.message().getRequestId() != 0) {
                o.peer().send(Replies.error(o.message().getRequestId(), failedRequest()));
            }
        }
        outbox.clear();
        lastInput = 0;
        close();
        ServerMessage told = ServerMessage.newBuilder().setNotice(SessionNotice.newBuilder().setSessionId(id).setDay(game.day())
                .setPhase(phase).setKind("failed").setText("the session stops: " + why + ". It takes no more requests; what was not"
                        + " acknowledged may be lost. Restarting the server recovers it from its journal")).build();
        for (Member m : roster.members.values()) {
            answerNow(m.peer, told);
        }
        publish();
    }

    /** Why a request is refused once the session has failed. */
    private RequestException failedRequest() {
        return new RequestException(ErrorCode.SESSION_FAILED, "session " + id + " has stopped: " + failure);
    }

    private static void answerNow(Peer peer, ServerMessage m) {
        if (peer != null) {
            peer.send(m);
        }
    }

    /** Queues an answer; it leaves once the journal is synced. */
    void reply(Peer peer, ServerMessage m) {
        if (peer != null) {
            outbox.add(new Outgoing(peer, m, lastInput));
        }
    }

    /** Closes a connection with an error push, once the journal holds what was accepted so far. */
    void closeAfterSync(Peer peer, ErrorCode code, String reason) {
        outbox.add(new Outgoing(peer, Replies.error(0, code, reason), lastInput, code));
    }

    /** Tells every connected member. */
    void notice(SessionNotice.Builder n) {
        notice(x -> true, n);
    }

    /** Tells the connected members that pass the filter. */
    private void notice(Predicate<Member> who, SessionNotice.Builder n) {
        tell(who, ServerMessage.newBuilder().setNotice(n.setSessionId(id).setDay(game.day()).setPhase(phase)
                .setNextDueUnixMicros(nextDueMicros())).build());
    }

    /** Queues a push to every connected member that passes the filter. */
    void tell(Predicate<Member> who, ServerMessage m) {
        for (Member x : roster.members.values()) {
            if (x.peer != null && who.test(x)) {
                outbox.add(new Outgoing(x.peer, m, lastInput));
            }
        }
    }

    Situation situation() {
        Situation.Builder s = Situation.newBuilder().setDay(game.day()).setDate(game.date(game.day())).setPhase(phase)
                .addAllIndicators(game.indicators()).addAllEvents(game.today()).addAllStates(game.states());
        for (int a = 0; a < roster.seats.length; a++) {
            s.addControls(roster.control(a));
        }
        return s.addAllRegions(game.regions()).addAllTreaties(game.treaties()).addAllConflicts(game.conflicts())
                .setNextDueUnixMicros(nextDueMicros()).setBoard(SeatBoards.of(this)).build();
    }

    /** When the next tick is due, microseconds since the epoch; 0 when nothing is scheduled. */
    long nextDueMicros() {
        return phase != SessionPhase.RUNNING || pace.due() == Pace.NEVER ? 0 : ctx.clock().unixMicrosAt(pace.due());
    }

    /** Tells every member of the seat board when it changed since they were last told (a new day alone is no change). */
    private void seatBoard() {
        SeatBoard now = SeatBoards.of(this);
        if (board == null || !now.toBuilder().setDay(board.getDay()).build().equals(board)) {
            board = now;
            tell(x -> true, ServerMessage.newBuilder().setSeats(now).build());
        }
    }

    Joined joined(Member m, boolean withSituation) {
        Joined.Builder j = Joined.newBuilder().setSession(info()).setRole(m.role)
                .setControlledState(m.state >= 0 ? game.actorId(m.state) : "");
        if (withSituation) {
            j.setSituation(situation()).addAllOpening(game.opening()).addAllHistory(game.history());
        }
        if (m.role == Role.FACILITATOR) {
            for (casus.engine.model.Injectable i : game.setting().injectables()) {
                j.addCatalogue(casus.v1.CatalogueEvent.newBuilder().setId(i.id()).setDescription(i.description()));
            }
        }
        return j.build();
    }

    /**
     * Ends the session: closing lines, the journal's last record, the outcome to every member.
     *
     * @throws RequestException SESSION_FAILED when the journal cannot take its last record
     */
    void end(String reason) {
        if (phase == SessionPhase.ENDED) {
            return;
        }
        long at = ctx.clock().unixMillis();
        if (!append(JournalEntry.newBuilder().setEnded(JournalEnded.newBuilder().setDay(Math.max(0, game.day() - 1))
                .setReason(reason).setUnixMillis(at)).build())) {
            throw failedRequest();
        }
        OutcomeSummary outcome = game.end(reason, at);
        phase = SessionPhase.ENDED;
        endedUnixMillis = at;
        Set<String> members = new HashSet<>();
        for (Member m : roster.members.values()) {
            members.add(m.client.tokenHash());
        }
        endedMembers = members;
        pace.stop();
        close();
        lastInput = 0;
        tell(x -> true, ServerMessage.newBuilder().setSessionEnded(SessionEnded.newBuilder().setSessionId(id)
                .setDay(Math.max(0, game.day() - 1)).setReason(reason).setOutcome(outcome)).build());
        commit();
        LOG.info("session {} ({}) ended: {}", id, joinCode, reason);
        try {
            ctx.tickPool().schedule(forget, ctx.settings().endedRetention().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the server is stopping anyway
        }
    }

    /** Syncs and closes the journal and the chronicle; the session takes no more inputs. */
    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            journal.close();
        } catch (UncheckedIOException e) {
            LOG.error("session {}: the journal's last sync failed: {}", id, e.getMessage(), e);
        }
        chronicle.flush();
        chronicle.close();
    }

    boolean closed() {
        return closed;
    }

    /** Why the session stopped after a failure it cannot get over alone, or null while it runs. */
    String failure() {
        return failure;
    }

    /** Whether the server stopped this session. */
    boolean stopped() {
        return stopped;
    }

    /** Syncs the journal: before a record is read back from it. */
    void sync() {
        if (closed) {
            return;
        }
        try {
            journal.force();
        } catch (UncheckedIOException e) {
            fail("its journal failed: " + journal.failure());
            throw failedRequest();
        }
    }

    Path journalFile() {
        return journal.file();
    }

    /** The session as the server keeps it once its game is let go: after it ended. Any thread. */
    EndedSession ended() {
        return new EndedSession(info, journal.file(), endedMembers);
    }

    private void publish() {
        int connected = 0;
        for (Member m : roster.members.values()) {
            if (m.peer != null) {
                connected++;
            }
        }
        info = SessionInfo.newBuilder().setSessionId(id).setJoinCode(joinCode).setTitle(settings.getTitle()).setSettings(settings)
                .setPhase(phase).setDay(game.day()).setDays(game.days()).setMembers(connected)
                .setHumanStates(Long.bitCount(game.turn().controlled())).setScenarioTitle(game.setting().title())
                .setEndedUnixMillis(endedUnixMillis).setDaysPlayed(game.day()).build();
    }
}
