package casus.engine.run;

import static casus.engine.model.ModelConstant.ANSWER_DAYS;
import static casus.engine.model.ModelConstant.DORMANT_AFTER;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.action.Options;
import casus.engine.choice.Appraiser;
import casus.engine.choice.Logit;
import casus.engine.event.AppealLapsed;
import casus.engine.event.CeasefireInForce;
import casus.engine.event.DayEnded;
import casus.engine.event.Decided;
import casus.engine.event.EventFired;
import casus.engine.event.FactChanged;
import casus.engine.event.FightingDiedDown;
import casus.engine.event.MotionSettled;
import casus.engine.event.Origin;
import casus.engine.event.RegimeFell;
import casus.engine.event.RunEvent;
import casus.engine.model.DecisionRule;
import casus.engine.model.EventDef;
import casus.engine.model.FactChange;
import casus.engine.model.Numeric;
import casus.engine.model.Parameter;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.model.Term;
import casus.engine.model.Variation;
import casus.engine.rules.Ceasefires;
import casus.engine.rules.Combat;
import casus.engine.rules.Council;
import casus.engine.rules.Events;
import casus.engine.rules.Learning;
import casus.engine.rules.Domestic;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One run of a scenario, advanced a day at a time by {@link #tick}. A run is a pure function of
 * its setting, its seed and the people's commands per tick: every random number comes from one
 * generator seeded here, drawn in a fixed order.
 *
 * <p>A day's events fire when the day opens: day 0's when the run is made, each later day's at
 * the end of the tick before, so that whoever decides sees them first. A tick: every actor faces
 * its decisions, scored term by term and chosen by logit (or by the person who controls it); the
 * chosen actions take effect in canonical order (appeals, answers, votes, posture, diplomacy,
 * ceasefires; by actor within each); the rules settle councils, fighting, ceasefires, domestic
 * stability and beliefs; the next day opens.
 */
public final class Simulation {
    /** The generator every run uses, by name, so that runs agree on every JDK. */
    public static final String ALGORITHM = "L64X128MixRandom";
    /**
     * Made once: a factory looked up afresh for every run finds its generator's constructor by
     * reflection each time, under a lock every thread shares.
     */
    private static final RandomGeneratorFactory<RandomGenerator> GENERATORS = RandomGeneratorFactory.of(ALGORITHM);
    private static final ChoiceKind[] KINDS = ChoiceKind.values();

    private final Setting setting;
    private final World world;
    private RandomGenerator rng;
    private final Recorder recorder;
    private final Appraiser appraiser;
    private final Deliberation deliberation;
    private final ChoiceSet[][] pool;
    private final ChoiceSet[] previewPool = new ChoiceSet[Workspace.DECISIONS_PER_ACTOR];
    private final int[] counts;
    private final int[] cursor;
    private final Origin[][] origins;
    private final double[] lostBefore;
    private final double[] attackerStartArea;
    private double deathsBefore;
    private int fightingDays;

    public Simulation(Setting setting, long seed, Recorder recorder) {
        this(setting, seed, recorder, new Workspace());
    }

    /**
     * A run that fills the decision buffers of a workspace, which it holds until it is done: a
     * batch hands one workspace to its runs one after another.
     */
    public Simulation(Setting setting, long seed, Recorder recorder, Workspace workspace) {
        this.rng = GENERATORS.create(seed);
        this.setting = drawVariations(setting, rng);
        this.recorder = recorder;
        this.world = new World(this.setting);
        drawPreferences();
        int n = this.setting.actorCount();
        appraiser = new Appraiser(n);
        deliberation = new Deliberation(n);
        pool = workspace.pool(n);
        origins = workspace.origins(n);
        counts = new int[n];
        cursor = new int[n];
        lostBefore = new double[n];
        attackerStartArea = new double[this.setting.regionCount()];
        if (this.setting.roles().hasAttacker()) {
            for (int r = 0; r < attackerStartArea.length; r++) {
                attackerStartArea[r] = world.territory().control(r, this.setting.roles().attacker()) * this.setting.area(r);
            }
        }
        openDay();
    }

    /** Draws the scenario's uncertain facts for this run. */
    private static Setting drawVariations(Setting s, RandomGenerator rng) {
        List<Variation> variations = s.variations();
        if (variations.isEmpty()) {
            return s;
        }
        List<Parameter> params = s.variationParameters();
        SettingBuilder b = s.toBuilder();
        for (int i = 0; i < variations.size(); i++) {
            Variation v = variations.get(i);
            double x = v.low() + (v.high() - v.low()) * rng.nextDouble();
            Parameter p = params.get(i);
            p.set(b, p.kind() == Parameter.Kind.INTEGER ? Math.rint(x) : x);
        }
        return b.buildOnce();
    }

    /** Spreads every weight within the library's preference spread for this run. */
    private void drawPreferences() {
        double spread = setting.preferenceSpread();
        if (spread <= 0) {
            return;
        }
        for (int a = 0; a < setting.actorCount(); a++) {
            for (int t = 0; t < Term.COUNT; t++) {
                double factor = 1 + spread * Numeric.signed(rng.nextDouble());
                world.minds().setWeight(a, t, setting.weight(a, t) * factor);
            }
        }
    }

    public Setting setting() {
        return setting;
    }

    /** The world as it stands; callers outside the ticking thread must not touch it. */
    public World world() {
        return world;
    }

    public int day() {
        return world.day();
    }

    public boolean finished() {
        return world.day() >= setting.days();
    }

    /** Fires an event now, between ticks: its effects count in the coming tick. */
    public void inject(EventDef e) {
        if (finished()) {
            throw new IllegalStateException("the run is over");
        }
        fire(e, true);
    }

    /**
     * Changes a fact of the world now, between ticks, and notes it in the record: it counts in
     * the coming tick. {@link LiveFacts} says which facts may change while a run goes on.
     *
     * @throws IllegalArgumentException when the path or the value is refused
     */
    public void change(FactChange c) {
        if (finished()) {
            throw new IllegalStateException("the run is over");
        }
        FactChanged changed = LiveFacts.apply(world, c);
        if (recorder.enabled()) {
            recorder.happened(world, changed);
        }
    }

    /**
     * From now on, draws every random number from a generator seeded with {@code seed}: the same
     * world, continued as a different run. A study of a recorded game plays the game's opening
     * again and then reseeds each continuation.
     */
    public void reseed(long seed) {
        rng = GENERATORS.create(seed);
    }

    /** Runs every remaining day with agents for every state. */
    public Outcome runToEnd() {
        while (!finished()) {
            tick(Commands.NONE);
        }
        return outcome();
    }

    public Outcome outcome() {
        return Outcome.of(world, fightingDays, attackerStartArea);
    }

    /** Advances one day. */
    public void tick(Commands commands) {
        if (finished()) {
            throw new IllegalStateException("the run is over after day " + (setting.days() - 1));
        }
        decide(commands);
        act();
        settle();
        if (recorder.enabled()) {
            recorder.happened(world, dayEnded());
        }
        world.advanceDay();
        if (!finished()) {
            openDay();
        }
    }

    /** Opens the current day: remembers where things stand and fires the day's events. */
    private void openDay() {
        for (int a = 0; a < lostBefore.length; a++) {
            lostBefore[a] = world.territory().lostValue(a);
        }
        deathsBefore = world.military().totalCasualties();
        recorder.dayBegins(world);
        int day = world.day();
        for (EventDef e : setting.events()) {
            if (e.day() == day) {
                fire(e, false);
            }
        }
    }

    private void fire(EventDef e, boolean injected) {
        Events.fire(world, e);
        if (recorder.enabled()) {
            recorder.happened(world, new EventFired(world.day(), e, injected));
        }
    }

    /** Where the fighting stands as the day ends: the fronts fought on today and the day's dead. */
    private DayEnded dayEnded() {
        List<DayEnded.Front> fronts = new ArrayList<>();
        for (int cIndex = 0; cIndex < world.wars().conflictCount(); cIndex++) {
            Conflict c = world.wars().conflict(cIndex);
            if (c.lastFightingDay() == world.day()) {
                for (int k = 0; k < c.regionCount(); k++) {
                    int r = c.region(k);
                    fronts.add(new DayEnded.Front(c.index(), r, c.attacker(), world.territory().control(r, c.attacker())));
                }
            }
        }
        double deaths = world.military().totalCasualties();
        return new DayEnded(world.day(), fronts, deaths - deathsBefore, deaths);
    }

    private void decide(Commands commands) {
        double temperature = setting.temperature();
        appraiser.begin(world);
        deliberation.beginDay(world);
        for (int a = 0; a < counts.length; a++) {
            if (world.regimes().fallen(a)) {
                counts[a] = 0;
                continue;
            }
            boolean due = deliberation.due(world, a, appraiser.assessment());
            boolean controlled = commands.controls(a);
            // Unrecorded, an agent that does not deliberate today need not even see the decisions it would leave alone.
            counts[a] = Options.build(world, a, pool[a], due || controlled || recorder.enabled());
            for (int k = 0; k < counts[a]; k++) {
                ChoiceSet set = pool[a][k];
                boolean waits = Options.gated(world, set) && !due;
                if (waits && !controlled) {
                    // An agent that does not deliberate today keeps still without weighing its options.
                    set.unscored();
                    int quiet = set.quietOption();
                    set.choose(quiet, quiet, false);
                    origins[a][k] = Origin.AGENT;
                    continue;
                }
                appraiser.appraiseInPhase(world, set);
                int agent = waits ? set.quietOption() : Logit.choose(set, temperature, rng);
                if (!controlled) {
                    set.choose(agent, agent, false);
                    origins[a][k] = Origin.AGENT;
                    continue;
                }
                int person = commands.choice(set, setting);
                if (person >= 0) {
                    set.choose(agent, person, true);
                    origins[a][k] = Origin.PERSON;
                } else if (commands.agentStandsIn(a)) {
                    set.choose(agent, agent, false);
                    origins[a][k] = Origin.AGENT_FOR_PERSON;
                } else {
                    set.choose(agent, heldStill(set), false);
                    origins[a][k] = Origin.HELD;
                }
            }
        }
    }


    /** What a state that holds still does: the quiet option, an abstention, or nothing yet. */
    private static int heldStill(ChoiceSet set) {
        int quiet = set.quietOption();
        if (quiet >= 0) {
            return quiet;
        }
        for (int i = 0; i < set.size(); i++) {
            if (set.actionKind(i) == ActionKind.VOTE_ABSTAIN) {
                return i;
            }
        }
        return -1;
    }

    private void act() {
        // Each actor's decisions come in the canonical order of their kinds: one cursor per actor walks them.
        java.util.Arrays.fill(cursor, 0);
        for (ChoiceKind kind : KINDS) {
            for (int a = 0; a < counts.length; a++) {
                for (int k = cursor[a]; k < counts[a] && pool[a][k].kind() == kind; k = ++cursor[a]) {
                    ChoiceSet set = pool[a][k];
                    RunEvent followed = set.chosen() >= 0 ? Effects.apply(world, set, set.chosen()) : null;
                    if (recorder.enabled()) {
                        recorder.happened(world, Decided.of(world, set, origins[a][k]));
                        if (followed != null) {
                            recorder.happened(world, followed);
                        }
                    }
                }
            }
        }
    }

    private void settle() {
        int motions = world.appeals().motions().size();
        for (int k = 0; k < motions; k++) {
            Motion m = world.appeals().motion(k);
            Council.Result result = Council.settle(world, m);
            if (result != null && recorder.enabled()) {
                List<Motion.Vote> votes = new ArrayList<>(counts.length);
                for (int a = 0; a < counts.length; a++) {
                    votes.add(m.vote(a));
                }
                recorder.happened(world, new MotionSettled(world.day(), m.index(), m.treaty(), m.kind(), world.appeals().request(m.request()).requester(),
                        votes, m.status() == Motion.Status.PASSED));
            }
        }
        for (int qIndex = 0; qIndex < world.appeals().requestCount(); qIndex++) {
            Request q = world.appeals().request(qIndex);
            if (q.open() && !q.toCouncil() && world.day() - q.day() >= world.whole(ANSWER_DAYS)) {
                world.appeals().answer(q, Request.Status.REFUSED);
                if (recorder.enabled()) {
                    recorder.happened(world, new AppealLapsed(world.day(), q.index(), q.requester(), q.treaty(), q.addressee()));
                }
            }
        }
        boolean fought = false;
        for (int cIndex = 0; cIndex < world.wars().conflictCount(); cIndex++) {
            Conflict c = world.wars().conflict(cIndex);
            if (Combat.resolve(world, c, rng) > 0) {
                fought = true;
            } else if (c.active() && c.intensity() <= 0 && world.wars().recordQuiet(c) >= world.whole(DORMANT_AFTER)) {
                world.wars().setPhase(c, Conflict.Phase.DORMANT, -1, false);
                if (recorder.enabled()) {
                    recorder.happened(world, new FightingDiedDown(world.day(), c.index()));
                }
            }
            Proposal p = Ceasefires.settle(world, c);
            if (p != null && recorder.enabled()) {
                recorder.happened(world, new CeasefireInForce(world.day(), c.index(), p.index(), p.proposer(), c.attacker(),
                        world.wars().principalDefender(c), p.direct(), p.peacekeeper()));
            }
        }
        if (fought) {
            fightingDays++;
        }
        long fell = Domestic.update(world, lostBefore, rng);
        if (fell != 0 && recorder.enabled()) {
            for (int a = 0; a < counts.length; a++) {
                if ((fell & (1L << a)) != 0) {
                    recorder.happened(world, new RegimeFell(world.day(), a));
                }
            }
        }
        Learning.update(world);
    }

    /**
     * The decisions an actor faces in the coming tick as the world stands now, every option
     * scored as the agent would score it, none chosen: what a player sees as its legal actions
     * with the agent's advice. Draws no random number and changes nothing; the sets are reused
     * by the next call.
     */
    public List<ChoiceSet> preview(int actor) {
        appraiser.begin(world);
        int n = Options.build(world, actor, previewPool);
        List<ChoiceSet> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            appraiser.appraiseInPhase(world, previewPool[k]);
            out.add(previewPool[k]);
        }
        return out;
    }

    /**
     * Today's decisions of an actor, as built for the last tick (valid until the next). A
     * decision an agent did not deliberate on kept still unweighed: its {@link ChoiceSet#scored()}
     * is false.
     */
    public List<ChoiceSet> decisions(int actor) {
        List<ChoiceSet> out = new ArrayList<>(counts[actor]);
        for (int k = 0; k < counts[actor]; k++) {
            out.add(pool[actor][k]);
        }
        return out;
    }

    /** Who made each of an actor's decisions in the last tick. */
    public Origin origin(int actor, int k) {
        return origins[actor][k];
    }
}
