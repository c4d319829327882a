package casus.engine.testing;

import casus.engine.action.ChoiceSet;
import casus.engine.model.Setting;
import casus.engine.run.Commands;
import java.util.SplittableRandom;

/**
 * People at the controls of some states who pick among the legal options at random, sometimes
 * choose nothing, and sometimes let the agent stand in: play no agent would, to drive the engine
 * into situations its calibrated agents avoid.
 */
public final class RandomPlayer implements Commands {
    private final long controlled;
    private final SplittableRandom random;

    /** Controls the actors in the bit set {@code controlled}, drawing from {@code seed}. */
    public RandomPlayer(long controlled, long seed) {
        this.controlled = controlled;
        this.random = new SplittableRandom(seed);
    }

    /** Controls every actor. */
    public static RandomPlayer everyone(long seed) {
        return new RandomPlayer(-1L, seed);
    }

    @Override
    public boolean controls(int actor) {
        return (controlled & (1L << actor)) != 0;
    }

    @Override
    public int choice(ChoiceSet set, Setting setting) {
        return random.nextInt(10) < 2 ? -1 : random.nextInt(set.size());
    }

    @Override
    public boolean agentStandsIn(int actor) {
        return random.nextBoolean();
    }
}
