package casus.engine.run;

import casus.engine.event.Origin;
import casus.engine.action.ChoiceSet;

/**
 * The decision buffers a run fills and refills every day: every actor's decisions and who made
 * them. A run grows them to the largest decisions it meets; a batch that hands the same
 * workspace to one run after another saves allocating them for each. One run at a time: a
 * workspace must not serve two simulations that are both still running.
 */
public final class Workspace {
    /** Decisions an actor can face in a day. */
    static final int DECISIONS_PER_ACTOR = 16;

    private ChoiceSet[][] pool = new ChoiceSet[0][];
    private Origin[][] origins = new Origin[0][];

    /** The decision buffers for {@code actors} actors: {@code [actor][decision]}, made on first use. */
    ChoiceSet[][] pool(int actors) {
        if (pool.length < actors) {
            ChoiceSet[][] grown = new ChoiceSet[actors][];
            System.arraycopy(pool, 0, grown, 0, pool.length);
            for (int a = pool.length; a < actors; a++) {
                grown[a] = new ChoiceSet[DECISIONS_PER_ACTOR];
            }
            pool = grown;
            Origin[][] o = new Origin[actors][];
            System.arraycopy(origins, 0, o, 0, origins.length);
            for (int a = origins.length; a < actors; a++) {
                o[a] = new Origin[DECISIONS_PER_ACTOR];
            }
            origins = o;
        }
        return pool;
    }

    /** Who made each decision, {@code [actor][decision]}. */
    Origin[][] origins(int actors) {
        pool(actors);
        return origins;
    }
}
