package casus.engine.run;

import casus.engine.event.Origin;
import casus.engine.action.ChoiceSet;
import casus.engine.model.EventDef;
import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * The opening days of a recorded game, in the engine's own terms, to be played again before a
 * continuation: the setting and seed the game was played with and, for each day, what came from
 * outside the engine (events injected and facts changed before the day, and what the people who
 * held states chose). A run is a pure function of these, so {@link #play} brings a new simulation
 * to exactly where the game stood after its last recorded day, and then reseeds it: from there,
 * agents play every state.
 *
 * <p>A day is recorded from the simulation after it has played the day ({@link Builder#played}):
 * each controlled actor's decisions carry what the person chose, or that the person chose
 * nothing and the agent stood in or the state held still.
 */
public final class Prologue {
    /** A person chose nothing and the state held still. */
    private static final int HELD = -1;
    /** A person chose nothing and the agent chose for them. */
    private static final int STOOD_IN = -2;

    /** What came from outside between two days. */
    public sealed interface Input permits Inject, Change {
        void apply(Simulation sim);
    }

    /** An event the facilitator injected. */
    public record Inject(EventDef event) implements Input {
        @Override
        public void apply(Simulation sim) {
            sim.inject(event);
        }
    }

    /** A fact the facilitator changed. */
    public record Change(FactChange change) implements Input {
        @Override
        public void apply(Simulation sim) {
            sim.change(change);
        }
    }

    /**
     * One recorded day.
     *
     * @param before what came from outside before the day was played, in order
     * @param choices for each actor a person controlled, its decisions' outcomes in the order the
     *     engine asked for them (an option, or {@link #HELD} or {@link #STOOD_IN}); null for an
     *     actor the agent played
     */
    record Day(List<Input> before, int[][] choices) {
    }

    private final Setting setting;
    private final long seed;
    private final List<Day> days;

    private Prologue(Setting setting, long seed, List<Day> days) {
        this.setting = setting;
        this.seed = seed;
        this.days = List.copyOf(days);
    }

    public static Builder builder(Setting setting, long seed) {
        return new Builder(setting, seed);
    }

    /** The setting the game was made from, before the run drew its uncertain facts. */
    public Setting setting() {
        return setting;
    }

    /** The game's own seed. */
    public long seed() {
        return seed;
    }

    /** How many days were recorded: the day a continuation starts on. */
    public int days() {
        return days.size();
    }

    /**
     * Plays the recorded days again into a new simulation, then reseeds it with
     * {@code continuation}. The recorder hears the recorded days as well as what follows.
     */
    public Simulation play(long continuation, Recorder recorder, Workspace workspace) {
        Simulation sim = new Simulation(setting, seed, recorder, workspace);
        for (Day d : days) {
            for (Input in : d.before()) {
                in.apply(sim);
            }
            sim.tick(new Replayed(d.choices()));
        }
        sim.reseed(continuation);
        return sim;
    }

    /** Records a game day by day, as it is played. */
    public static final class Builder {
        private final Setting setting;
        private final long seed;
        private final List<Day> days = new ArrayList<>();
        private final List<Input> pending = new ArrayList<>();

        private Builder(Setting setting, long seed) {
            this.setting = setting;
            this.seed = seed;
        }

        /** An event injected before the coming day. */
        public Builder inject(EventDef e) {
            pending.add(new Inject(e));
            return this;
        }

        /** A fact changed before the coming day. */
        public Builder change(FactChange c) {
            pending.add(new Change(c));
            return this;
        }

        /** Records the day {@code sim} has just played, reading what its people chose. */
        public Builder played(Simulation sim) {
            int[][] choices = new int[sim.setting().actorCount()][];
            for (int a = 0; a < choices.length; a++) {
                List<ChoiceSet> sets = sim.decisions(a);
                int[] made = new int[sets.size()];
                boolean person = false;
                for (int k = 0; k < made.length; k++) {
                    Origin o = sim.origin(a, k);
                    person |= o != Origin.AGENT;
                    made[k] = switch (o) {
                        case PERSON -> sets.get(k).chosen();
                        case AGENT_FOR_PERSON -> STOOD_IN;
                        case HELD -> HELD;
                        case AGENT -> Integer.MIN_VALUE;
                    };
                }
                choices[a] = person ? made : null;
            }
            days.add(new Day(List.copyOf(pending), choices));
            pending.clear();
            return this;
        }

        /** The days recorded so far; inputs after the last day are left out. */
        public Prologue build() {
            return new Prologue(setting, seed, days);
        }
    }

    /** A recorded day's choices, handed back in the order the engine asks for them. */
    private static final class Replayed implements Commands {
        private final int[][] choices;
        private final int[] next;
        private final boolean[] standsIn;

        Replayed(int[][] choices) {
            this.choices = choices;
            this.next = new int[choices.length];
            this.standsIn = new boolean[choices.length];
        }

        @Override
        public boolean controls(int actor) {
            return choices[actor] != null;
        }

        @Override
        public int choice(ChoiceSet set, Setting setting) {
            int a = set.actor();
            int made = choices[a][next[a]++];
            standsIn[a] = made == STOOD_IN;
            return Math.max(made, -1);
        }

        @Override
        public boolean agentStandsIn(int actor) {
            return standsIn[actor];
        }
    }
}
