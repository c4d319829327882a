package casus.server.game;

import casus.engine.action.Refusals;
import casus.engine.model.EventDef;
import casus.engine.model.FactChange;
import casus.engine.model.Injectable;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import casus.engine.run.Chronicle;
import casus.engine.run.LiveFacts;
import casus.engine.run.Simulation;
import casus.engine.world.World;
import casus.server.journal.OpenedSources;
import casus.v1.AbsentPolicy;
import casus.v1.ActionChoice;
import casus.v1.ActionList;
import casus.v1.Briefing;
import casus.v1.ControlChange;
import casus.v1.ControlInput;
import casus.v1.DecisionRecord;
import casus.v1.EventRecord;
import casus.v1.Happening;
import casus.v1.Indicator;
import casus.v1.JournalInput;
import casus.v1.JournalOpened;
import casus.v1.MessageDelivered;
import casus.v1.OrdersInput;
import casus.v1.OutcomeSummary;
import casus.v1.PaceInput;
import casus.v1.SeatInput;
import casus.v1.SessionRecord;
import casus.v1.StateInfo;
import casus.v1.TickUpdate;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A session's game: the engine's run with the people's inputs, and everything told about it.
 * Deterministic: the live session and a replay of its journal feed it the same inputs in the
 * same order and get the same ticks, the same updates and the same chronicle, byte for byte.
 * Touched by one thread at a time.
 */
public final class Game {
    private final JournalOpened opened;
    private final Setting setting;
    private final Simulation sim;
    private final Turn turn;
    private final TickCollector collector = new TickCollector();
    private final Chronicle chronicle;
    private final Indicators indicators;
    private final RecordBuilder record;
    private final Channels channels;
    private final int recentDays;
    private final List<Deque<DecisionRecord>> recent = new ArrayList<>();
    private final List<EventRecord> opening;
    private boolean ended;
    private OutcomeSummary finalOutcome;
    /** Every indicator before the first day. */
    private final List<Indicator> openingIndicators;
    /** Each day played, short: what a chart needs. */
    private final List<TickUpdate> history = new ArrayList<>();
    /** Each state's scored decisions for the coming tick, kept until the world changes. */
    private final List<List<casus.v1.Decision>> previews = new ArrayList<>();

    private Game(JournalOpened opened, PrintWriter chronicleOut, boolean keepRecord, int recentDays) {
        this.opened = opened;
        this.recentDays = recentDays;
        Setting compiled = OpenedSources.of(opened).compile();
        List<FactChange> changes = new ArrayList<>();
        for (casus.v1.FactChange c : opened.getSettings().getSetList()) {
            changes.add(new FactChange(c.getPath(), c.getValue()));
        }
        this.setting = Parameters.with(compiled, changes);
        long seed = opened.getSettings().getSeed();
        this.chronicle = new Chronicle(chronicleOut);
        chronicle.header(setting, seed);
        this.sim = new Simulation(setting, seed, new Tee(chronicle, collector));
        this.turn = new Turn(setting.actorCount(), opened.getSettings().getAbsent() == AbsentPolicy.AGENT_STANDS_IN);
        this.indicators = new Indicators(setting);
        for (int a = 0; a < setting.actorCount(); a++) {
            recent.add(new ArrayDeque<>());
            previews.add(null);
        }
        opening = collector.takeEvents();
        List<Happening> openingHappenings = collector.takeHappenings();
        indicators.read(sim.world());
        indicators.changes();
        openingIndicators = List.copyOf(indicators.all());
        channels = new Channels(sim.setting());
        record = keepRecord ? new RecordBuilder(opened.getSessionId(), opened.getJoinCode(), opened.getSettings(), setting.title(),
                opened.getScenarioDigest(), states(setting)) : null;
        if (record != null) {
            record.opening(opening, openingHappenings);
        }
    }

    /**
     * Opens the game a journal's first record describes, its chronicle written to
     * {@code chronicleOut}. {@code keepRecord} keeps every tick for {@link #record()}.
     *
     * @throws casus.engine.scenario.ScenarioException when the kept scenario no longer compiles
     * @throws IllegalArgumentException when a fact change of the settings is refused
     */
    public static Game open(JournalOpened opened, PrintWriter chronicleOut, boolean keepRecord, int recentDays) {
        return new Game(opened, chronicleOut, keepRecord, recentDays);
    }

    /** Checks the settings' changes of facts against a scenario, as creating a session would. */
    public static Setting withChanges(Setting s, List<casus.v1.FactChange> changes) {
        List<FactChange> list = new ArrayList<>();
        for (casus.v1.FactChange c : changes) {
            list.add(new FactChange(c.getPath(), c.getValue()));
        }
        return Parameters.with(s, list);
    }

    public Setting setting() {
        return sim.setting();
    }

    /** The setting the run was made from, before it drew its uncertain facts. */
    public Setting madeFrom() {
        return setting;
    }

    /** The game's run, to read between ticks; only the game ticks it. */
    public Simulation simulation() {
        return sim;
    }

    public JournalOpened opened() {
        return opened;
    }

    /** The day the next tick plays. */
    public int day() {
        return sim.day();
    }

    public int days() {
        return setting.days();
    }

    public boolean finished() {
        return sim.finished();
    }

    public boolean ended() {
        return ended;
    }

    public String date(int day) {
        return setting.startDate().plusDays(day).toString();
    }

    public Turn turn() {
        return turn;
    }

    /** The index of a state by id, or -1. */
    public int actor(String id) {
        return setting.actor(id);
    }

    public String actorId(int a) {
        return setting.actorId(a);
    }

    public List<StateInfo> states() {
        return states(setting);
    }

    static List<StateInfo> states(Setting s) {
        List<StateInfo> out = new ArrayList<>();
        for (int a = 0; a < s.actorCount(); a++) {
            out.add(StateInfo.newBuilder().setId(s.actorId(a)).setName(s.actorName(a)).build());
        }
        return out;
    }

    /** The events that opened the current day, and any injected since. */
    public List<EventRecord> today() {
        return collector.today();
    }

    /** Every indicator's current value. */
    public List<Indicator> indicators() {
        return indicators.all();
    }

    /** Every indicator before the first day. */
    public List<Indicator> opening() {
        return openingIndicators;
    }

    /** Each day played so far, short: its date, the indicators that changed, what marks a chart. */
    public List<TickUpdate> history() {
        return java.util.Collections.unmodifiableList(history);
    }

    public List<casus.v1.RegionInfo> regions() {
        return Charted.regions(sim.setting());
    }

    public List<casus.v1.NamedItem> treaties() {
        return Charted.treaties(sim.setting());
    }

    /** The conflicts of the run so far. */
    public List<casus.v1.ConflictInfo> conflicts() {
        return Charted.conflicts(sim.world());
    }

    public Injectable injectable(String id) {
        return setting.injectable(id);
    }

    /** Checks changes of facts without applying them; throws {@link IllegalArgumentException}. */
    public void checkFacts(List<casus.v1.FactChange> changes) {
        for (casus.v1.FactChange c : changes) {
            LiveFacts.check(sim.setting(), new FactChange(c.getPath(), c.getValue()));
        }
    }

    /** Applies one journaled input. Inputs were checked when accepted; a bad one here is a broken journal. */
    public void apply(JournalInput in) {
        long at = in.getUnixMillis();
        int day = sim.day();
        switch (in.getKindCase()) {
            case CONTROL -> control(in.getControl(), day, at);
            case ORDERS -> orders(in.getOrders());
            case INJECT -> {
                Injectable i = require(setting.injectable(in.getInject().getEventId()), "no injectable " + in.getInject().getEventId());
                EventDef e = i.on(day);
                sim.inject(e);
                facilitation(day, "inject", "injected " + i.id() + ": " + i.description(), at);
            }
            case FACTS -> {
                for (casus.v1.FactChange c : in.getFacts().getChangesList()) {
                    sim.change(new FactChange(c.getPath(), c.getValue()));
                    facilitation(day, "change-facts", "set " + c.getPath() + " to " + c.getValue(), at);
                }
            }
            case MESSAGE -> {
                collector.message(in.getMessage());
                if (!in.getMessage().getChannel().isEmpty()) {
                    channels.message(in.getMessage());
                }
                if (record != null) {
                    record.message(in.getMessage());
                }
            }
            case PACE -> facilitation(day, in.getPace().getKind(), pace(in.getPace()), at);
            case CHANNEL -> facilitation(day, "channel", channels.apply(in.getChannel()), at);
            case SEAT -> seat(in.getSeat(), day, at);
            default -> throw new IllegalArgumentException("journal input of no known kind on day " + day);
        }
        if (in.hasInject() || in.hasFacts()) {
            worldChanged();
        }
        indicators.read(sim.world());
    }

    private void control(ControlInput c, int day, long at) {
        int a = require(setting.actor(c.getState()), c.getState());
        turn.control(a, c.getKind() == ControlChange.Kind.TAKEN);
        if (record != null) {
            record.control(ControlChange.newBuilder().setDay(day).setState(c.getState()).setClientId(c.getClientId())
                    .setClientName(c.getClientName()).setKind(c.getKind()).setUnixMillis(at).build());
        }
        if (c.getKind() == ControlChange.Kind.REVOKED) {
            facilitation(day, "revoke", "took " + c.getState() + " back from " + c.getClientName(), at);
        }
        if (c.getHanded()) {
            facilitation(day, "hand", "handed " + c.getState() + " to " + c.getClientName(), at);
        }
    }

    /** A seat kept for its person while they are away, taken back by them, handed to someone not there, or given a policy. */
    private void seat(SeatInput s, int day, long at) {
        int a = require(setting.actor(s.getState()), s.getState());
        switch (s.getKind()) {
            case AWAY -> turn.away(a, true);
            case RECLAIMED -> turn.away(a, false);
            case HANDED -> {
                turn.away(a, true);
                facilitation(day, "hand", "handed " + s.getState() + " to " + s.getPerson() + ", who has not taken it yet", at);
            }
            case AWAY_POLICY -> {
                Boolean agent = switch (s.getAway()) {
                    case AGENT_STANDS_IN -> Boolean.TRUE;
                    case HOLD -> Boolean.FALSE;
                    default -> null;
                };
                turn.seatPolicy(a, agent);
                facilitation(day, "seat-away", s.getState() + ": " + (agent == null ? "as the session's absent policy"
                        : agent ? "the agent plays while its person is away" : "the day waits for its person"), at);
            }
            default -> throw new IllegalArgumentException("broken journal: a seat input of no known kind for " + s.getState());
        }
    }

    private void orders(OrdersInput o) {
        int a = require(setting.actor(o.getState()), o.getState());
        for (ActionChoice c : o.getChoicesList()) {
            turn.order(a, c.getDecision(), c.getOption());
        }
        if (o.getReady()) {
            turn.markReady(a);
        }
    }

    private static String pace(PaceInput p) {
        return switch (p.getKind()) {
            case "tick-length" -> "tick length " + p.getTickMillis() + " ms, deadline " + p.getDeadlineMillis() + " ms";
            case "step" -> "stepped one tick";
            default -> p.getKind() + (p.getKind().endsWith("e") ? "d" : "ed");
        };
    }

    private void facilitation(int day, String kind, String text, long at) {
        if (record != null) {
            record.facilitation(day, kind, text, at);
        }
    }

    /** Plays the coming day with the people's orders; orders start afresh for the next. */
    public TickResult tick() {
        if (ended) {
            throw new IllegalStateException("the session has ended");
        }
        int day = sim.day();
        sim.tick(turn);
        turn.clearOrders();
        worldChanged();
        World w = sim.world();
        indicators.read(w);
        TickUpdate.Builder u = TickUpdate.newBuilder().setSessionId(opened.getSessionId()).setDay(day).setDate(date(day))
                .setLast(sim.finished());
        collector.drainInto(u);
        u.addAllChanged(indicators.changes());
        for (DecisionRecord d : u.getDecisionsList()) {
            recent.get(setting.actor(d.getState())).addLast(d);
        }
        // Every state's recall moves on a day, whether or not it decided anything today.
        for (Deque<DecisionRecord> q : recent) {
            while (!q.isEmpty() && q.peekFirst().getDay() <= day - recentDays) {
                q.removeFirst();
            }
        }
        TickUpdate facilitator = u.build();
        if (record != null) {
            record.tick(facilitator);
        }
        history.add(Charted.of(facilitator));
        TickUpdate.Builder p = u.clearShadow().clearMessages();
        for (MessageDelivered m : facilitator.getMessagesList()) {
            if (m.getToCount() == 0 && m.getChannel().isEmpty()) {
                p.addMessages(m);
            }
        }
        return new TickResult(day, facilitator, p.build(), indicators.digest(), sim.finished());
    }

    /** A hash of every indicator now. */
    public long digest() {
        return indicators.digest();
    }

    /** The state's legal actions for the coming tick, scored by the agent. */
    public ActionList actions(int actor) {
        return ActionLists.list(setting.actorId(actor), sim.day(), preview(actor), turn, actor);
    }

    /** A choice resolved against the state's options, or null with the reason in {@code refusal}. */
    public ActionChoice resolve(int actor, ActionChoice c, StringBuilder refusal) {
        return ActionLists.resolve(preview(actor), setting.actorId(actor), sim.day(), c, refusal, recent.get(actor),
                () -> Refusals.why(sim.world(), actor, c.getOption()));
    }

    /** The state's scored decisions, built once per state until the world changes. */
    private List<casus.v1.Decision> preview(int actor) {
        List<casus.v1.Decision> p = previews.get(actor);
        if (p == null) {
            p = ActionLists.decisions(sim, actor);
            previews.set(actor, p);
        }
        return p;
    }

    private void worldChanged() {
        for (int a = 0; a < previews.size(); a++) {
            previews.set(a, null);
        }
    }

    /** Where the agent stood for a state: what a player taking it over is told. */
    public Briefing briefing(int actor) {
        World w = sim.world();
        return Briefing.newBuilder().setState(setting.actorId(actor)).setStateName(setting.actorName(actor)).setDay(w.day())
                .addAllRecentDecisions(recent.get(actor)).addAllCommitments(Briefings.commitments(w, actor))
                .addAllPreferences(Briefings.weights(w, actor)).setActions(actions(actor)).build();
    }

    /** Ends the game: the chronicle's closing lines, and the outcome as it stands. */
    public OutcomeSummary end(String reason, long unixMillis) {
        if (ended) {
            return finalOutcome;
        }
        ended = true;
        facilitation(sim.day(), "end", "ended: " + reason, unixMillis);
        chronicle.footer(sim.setting(), sim.outcome());
        finalOutcome = Outcomes.summary(sim.setting(), sim.outcome());
        return finalOutcome;
    }

    /** The outcome as things stand. */
    public OutcomeSummary outcome() {
        return ended ? finalOutcome : Outcomes.summary(sim.setting(), sim.outcome());
    }

    /** The whole record so far; only for a game opened to keep it. */
    public SessionRecord record() {
        if (record == null) {
            throw new IllegalStateException("this game keeps no record");
        }
        return record.build(sim.day(), ended, outcome()).toBuilder().addAllRegions(regions()).addAllTreaties(treaties())
                .addAllConflicts(conflicts()).addAllChannels(channels.all().stream().map(channels::info).toList()).build();
    }

    /** The session's channels; changed only by {@link #apply}. */
    public Channels channels() {
        return channels;
    }

    /** Whether a state is one a person holds. */
    public boolean held(int actor) {
        return turn.controls(actor);
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("broken journal: " + what);
        }
        return value;
    }

    private static int require(int index, String id) {
        if (index < 0) {
            throw new IllegalArgumentException("broken journal: no state " + id);
        }
        return index;
    }
}
