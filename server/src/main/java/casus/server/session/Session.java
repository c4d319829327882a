package casus.server.session;

import casus.server.api.Replies;
import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.server.game.Game;
import casus.server.game.TickResult;
import casus.server.journal.Journal;
import casus.v1.Control;
import casus.v1.ControlChange;
import casus.v1.ControlInput;
import casus.v1.ErrorCode;
import casus.v1.JournalEnded;
import casus.v1.JournalEntry;
import casus.v1.JournalInput;
import casus.v1.JournalTick;
import casus.v1.Joined;
import casus.v1.OutcomeSummary;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionEnded;
import casus.v1.SessionInfo;
import casus.v1.SessionNotice;
import casus.v1.SessionPhase;
import casus.v1.SessionSettings;
import casus.v1.Situation;
import casus.v1.Timing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    final Game game;
    final SessionContext ctx;
    final Pace pace;
    SessionSettings settings;
    SessionPhase phase;
    boolean stepRequested;
    final Map<String, Member> members = new LinkedHashMap<>();
    final Member[] controllers;

    private final Journal journal;
    private final PrintWriter chronicle;
    private final ArrayBlockingQueue<Inbound> inbox;
    private ArrayDeque<Inbound> deferred = new ArrayDeque<>();
    private final List<Outgoing> outbox = new ArrayList<>();
    private final SessionLoop loop;
    private volatile SessionInfo info;
    /** The journal and chronicle are closed: after the end, or at shutdown. */
    private boolean closed;
    /** The server is stopping: the session does nothing more. */
    private boolean stopped;

    private record Outgoing(Peer peer, ServerMessage message) {
    }

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
        this.controllers = new Member[game.setting().actorCount()];
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

    // --- the pass ------------------------------------------------------------------------------

    private void pass() {
        if (stopped) {
            inbox.clear();
            deferred.clear();
            return;
        }
        long now = ctx.clock().nanos();
        drain();
        lapse(now);
        commit();
        if (!stopped && phase != SessionPhase.ENDED) {
            runDueTicks();
            long wake = nextWake();
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
            disconnected(d.client(), d.peer());
        } else if (in instanceof Inbound.Reattached r) {
            reattached(r.client(), r.peer());
        } else if (in instanceof Inbound.Kicked k) {
            Member m = members.get(k.client().id());
            if (m != null) {
                remove(m, ControlChange.Kind.LAPSED);
            }
        } else if (in instanceof Inbound.Shutdown s) {
            commit();
            close();
            stopped = true;
            s.done().complete(null);
        }
    }

    private void request(Inbound.Request r) {
        long rid = r.message().getRequestId();
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

    /** Syncs the journal once for every input accepted this pass, then sends the answers. */
    private void commit() {
        journal.force();
        for (Outgoing o : outbox) {
            o.peer().send(o.message());
        }
        outbox.clear();
    }

    private void runDueTicks() {
        int ran = 0;
        while (!closed && phase != SessionPhase.ENDED) {
            long now = ctx.clock().nanos();
            boolean step = stepRequested;
            boolean running = phase == SessionPhase.RUNNING;
            boolean ready = running && !pace.realTime() && game.turn().allReady();
            if (!step && !(running && (ready || now >= pace.due()))) {
                return;
            }
            long due = step || ready ? now : pace.due();
            stepRequested = false;
            tick(due);
            ran++;
            if (phase == SessionPhase.RUNNING && !step) {
                pace.ticked(ctx.clock().nanos());
            } else if (phase == SessionPhase.RUNNING) {
                pace.start(ctx.clock().nanos());
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

    private void tick(long dueNanos) {
        long startNanos = ctx.clock().nanos();
        long startMicros = ctx.clock().unixMicros();
        TickResult r;
        try {
            r = game.tick();
        } catch (Throwable t) {
            LOG.error("session {}: the tick of day {} failed; the session is paused", id, game.day(), t);
            phase = SessionPhase.PAUSED;
            pace.stop();
            notice(SessionNotice.newBuilder().setKind("phase").setText("the tick of day " + game.day() + " failed; the session is paused"));
            commit();
            return;
        }
        journal.append(JournalEntry.newBuilder().setTick(JournalTick.newBuilder().setDay(r.day()).setDigest(r.digest())
                .setUnixMillis(startMicros / 1000)).build());
        Timing timing = Timing.newBuilder().setDueUnixMicros(startMicros - (startNanos - dueNanos) / 1000)
                .setStartedUnixMicros(startMicros).setSentUnixMicros(ctx.clock().unixMicros()).build();
        ServerMessage publicView = ServerMessage.newBuilder().setTickUpdate(r.publicView().toBuilder().setTiming(timing)).build();
        ServerMessage facilitatorView = ServerMessage.newBuilder().setTickUpdate(r.facilitatorView().toBuilder().setTiming(timing)).build();
        Broadcaster.send(members.values(), publicView, facilitatorView, ctx.alloc(), ctx.counters());
        ctx.counters().tick(startNanos - dueNanos, pace.realTime() ? pace.periodNanos() : 0);
        if (r.last()) {
            end("the scenario's last day was played");
        }
    }

    private long nextWake() {
        long wake = phase == SessionPhase.RUNNING ? pace.due() : Pace.NEVER;
        long grace = ctx.settings().grace().toNanos();
        for (Member m : members.values()) {
            if (m.peer == null) {
                wake = Math.min(wake, m.disconnectedAt + grace);
            }
        }
        return wake;
    }

    // --- members -------------------------------------------------------------------------------

    private void disconnected(Client c, Peer peer) {
        Member m = members.get(c.id());
        if (m == null || m.peer != peer) {
            return;
        }
        m.peer = null;
        m.disconnectedAt = ctx.clock().nanos();
        if (m.state >= 0) {
            notice(SessionNotice.newBuilder().setKind("control").setControl(control(m.state))
                    .setText(game.actorId(m.state) + "'s player " + c.name() + " is disconnected; the state waits "
                            + ctx.settings().grace().toSeconds() + " s for them"));
        }
    }

    private void reattached(Client c, Peer peer) {
        Member m = members.get(c.id());
        if (m == null) {
            return;
        }
        m.peer = peer;
        if (m.state >= 0) {
            notice(SessionNotice.newBuilder().setKind("control").setControl(control(m.state))
                    .setText(game.actorId(m.state) + "'s player " + c.name() + " is back"));
        }
    }

    /** Members disconnected past the grace period leave; their states go back to the agent. */
    private void lapse(long now) {
        long grace = ctx.settings().grace().toNanos();
        for (Member m : new ArrayList<>(members.values())) {
            if (m.peer == null && now - m.disconnectedAt >= grace) {
                remove(m, ControlChange.Kind.LAPSED);
            }
        }
    }

    /** A member leaves; a state it controls goes back to the agent, marked with {@code kind}. */
    void remove(Member m, ControlChange.Kind kind) {
        if (m.state >= 0) {
            release(m, kind, "");
        }
        members.remove(m.client.id());
        m.client.leave(id);
        ctx.clients().forgetIfIdle(m.client);
    }

    Member member(Client c) {
        return members.get(c.id());
    }

    /** The member, or NOT_A_MEMBER. */
    Member requireMember(Client c) {
        Member m = members.get(c.id());
        if (m == null) {
            throw notAMember(c);
        }
        return m;
    }

    RequestException notAMember(Client c) {
        return new RequestException(ErrorCode.NOT_A_MEMBER, c.name() + " is not a member of session " + id + "; join it first");
    }

    Member join(Client c, Role role, Peer peer) {
        Member m = new Member(c, role, peer);
        members.put(c.id(), m);
        c.member(id, role, "");
        return m;
    }

    /** A player takes a state over: journaled, then the agent stops deciding for it. */
    void take(Member m, int state) {
        input(JournalInput.newBuilder().setControl(ControlInput.newBuilder().setState(game.actorId(state)).setClientId(m.client.id())
                .setClientName(m.client.name()).setTokenHash(m.client.tokenHash()).setKind(ControlChange.Kind.TAKEN)));
        controllers[state] = m;
        m.state = state;
        m.client.member(id, m.role, game.actorId(state));
        notice(SessionNotice.newBuilder().setKind("control").setControl(control(state))
                .setText(game.actorId(state) + " is now played by " + m.client.name()));
    }

    /** A state goes back to the agent: journaled; the agent decides for it from the next tick. */
    void release(Member m, ControlChange.Kind kind, String why) {
        int state = m.state;
        if (!closed) {
            input(JournalInput.newBuilder().setControl(ControlInput.newBuilder().setState(game.actorId(state)).setClientId(m.client.id())
                    .setClientName(m.client.name()).setTokenHash(m.client.tokenHash()).setKind(kind)));
        }
        controllers[state] = null;
        m.state = -1;
        if (members.containsKey(m.client.id())) {
            m.client.member(id, m.role, "");
        }
        String text = switch (kind) {
            case REVOKED -> "the facilitator takes " + game.actorId(state) + " back from " + m.client.name();
            case LAPSED -> m.client.name() + " is gone; the agent plays " + game.actorId(state) + " again";
            default -> m.client.name() + " hands " + game.actorId(state) + " back to the agent";
        };
        notice(SessionNotice.newBuilder().setKind("control").setControl(control(state)).setText(text + why));
    }

    /** Restores a controller known from the journal, disconnected, its grace period starting now. */
    void restoreController(Client c, int state) {
        Member m = members.get(c.id());
        if (m == null) {
            m = new Member(c, Role.PLAYER, null);
            members.put(c.id(), m);
        }
        m.disconnectedAt = ctx.clock().nanos();
        m.state = state;
        controllers[state] = m;
        c.member(id, Role.PLAYER, game.actorId(state));
    }

    // --- inputs, answers, notices -------------------------------------------------------------

    /** Journals an input and applies it to the game; it is synced before anyone hears of it. */
    void input(JournalInput.Builder in) {
        JournalInput done = in.setDay(game.day()).setUnixMillis(ctx.clock().unixMillis()).build();
        journal.append(JournalEntry.newBuilder().setInput(done).build());
        game.apply(done);
    }

    /** Queues an answer; it leaves once the journal is synced. */
    void reply(Peer peer, ServerMessage m) {
        if (peer != null) {
            outbox.add(new Outgoing(peer, m));
        }
    }

    /** Tells every connected member. */
    void notice(SessionNotice.Builder n) {
        ServerMessage m = ServerMessage.newBuilder().setNotice(n.setSessionId(id).setDay(game.day()).setPhase(phase)).build();
        tell(x -> true, m);
    }

    /** Queues a push to every connected member that passes the filter. */
    void tell(Predicate<Member> who, ServerMessage m) {
        for (Member x : members.values()) {
            if (x.peer != null && who.test(x)) {
                outbox.add(new Outgoing(x.peer, m));
            }
        }
    }

    Control control(int state) {
        Member m = controllers[state];
        Control.Builder c = Control.newBuilder().setState(game.actorId(state));
        if (m != null) {
            c.setController(m.client.name()).setClientId(m.client.id()).setConnected(m.peer != null);
        }
        return c.build();
    }

    Situation situation() {
        Situation.Builder s = Situation.newBuilder().setDay(game.day()).setDate(game.date(game.day())).setPhase(phase)
                .addAllIndicators(game.indicators()).addAllEvents(game.today()).addAllStates(game.states());
        for (int a = 0; a < controllers.length; a++) {
            s.addControls(control(a));
        }
        return s.build();
    }

    Joined joined(Member m, boolean withSituation) {
        Joined.Builder j = Joined.newBuilder().setSession(info()).setRole(m.role)
                .setControlledState(m.state >= 0 ? game.actorId(m.state) : "");
        if (withSituation) {
            j.setSituation(situation());
        }
        if (m.role == Role.FACILITATOR) {
            for (casus.engine.model.Injectable i : game.setting().injectables()) {
                j.addCatalogue(casus.v1.CatalogueEvent.newBuilder().setId(i.id()).setDescription(i.description()));
            }
        }
        return j.build();
    }

    /** Ends the session: closing lines, the journal's last record, the outcome to every member. */
    void end(String reason) {
        if (phase == SessionPhase.ENDED) {
            return;
        }
        long at = ctx.clock().unixMillis();
        OutcomeSummary outcome = game.end(reason, at);
        journal.append(JournalEntry.newBuilder().setEnded(JournalEnded.newBuilder().setDay(Math.max(0, game.day() - 1))
                .setReason(reason).setUnixMillis(at)).build());
        phase = SessionPhase.ENDED;
        pace.stop();
        close();
        tell(x -> true, ServerMessage.newBuilder().setSessionEnded(SessionEnded.newBuilder().setSessionId(id)
                .setDay(Math.max(0, game.day() - 1)).setReason(reason).setOutcome(outcome)).build());
        commit();
        LOG.info("session {} ({}) ended: {}", id, joinCode, reason);
    }

    /** Syncs and closes the journal and the chronicle; the session takes no more inputs. */
    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        journal.close();
        chronicle.flush();
        chronicle.close();
    }

    boolean closed() {
        return closed;
    }

    /** Whether the server stopped this session. */
    boolean stopped() {
        return stopped;
    }

    /** Syncs the journal: before a record is read back from it. */
    void sync() {
        if (!closed) {
            journal.force();
        }
    }

    Path journalFile() {
        return journal.file();
    }

    private void publish() {
        int connected = 0;
        for (Member m : members.values()) {
            if (m.peer != null) {
                connected++;
            }
        }
        info = SessionInfo.newBuilder().setSessionId(id).setJoinCode(joinCode).setTitle(settings.getTitle()).setSettings(settings)
                .setPhase(phase).setDay(game.day()).setDays(game.days()).setMembers(connected)
                .setHumanStates(Long.bitCount(game.turn().controlled())).setScenarioTitle(game.setting().title()).build();
    }
}
