package casus.engine.run;

import static casus.engine.model.ModelConstant.REVIEW_DAYS;
import static casus.engine.model.ModelConstant.THREAT_BANDS;
import static casus.engine.model.Numeric.HASH_PRIME;

import casus.engine.choice.Assessment;
import casus.engine.world.Conflict;
import casus.engine.world.World;

/**
 * When an agent reconsiders its appeals, diplomacy, its part as a third party in a war and its answer to a crisis at home: on days
 * when its situation has changed (its need for help, the unrest or communal violence it faces or
 * the loyalty of its forces crossed a band, a war began or paused, an appeal was answered, a
 * motion settled, a mission or a deployment arrived) and at least once a week.
 * Governments do not re-decide every morning whether to invoke a treaty; without this, daily
 * noise would make every unlikely step happen sooner or later.
 */
final class Deliberation {
    private final long[] last;
    private final int[] lastDay;

    Deliberation(int actors) {
        last = new long[actors];
        lastDay = new int[actors];
        java.util.Arrays.fill(last, Long.MIN_VALUE);
    }

    /** The part of every actor's situation that is the same for all: read once a day by {@link #beginDay}. */
    private long shared;

    /**
     * Reads what changed in the world as a whole since the last day: wars, appeals, motions,
     * missions, deployments. Ceasefire proposals are not among them: the two parties answer them
     * every day anyway, and nobody else's situation changes with them.
     */
    void beginDay(World w) {
        long h = 1;
        for (int cIndex = 0; cIndex < w.wars().conflictCount(); cIndex++) {
            h = h * HASH_PRIME + w.wars().conflict(cIndex).phase().ordinal() + 1;
        }
        int open = 0;
        int answered = 0;
        for (int qIndex = 0; qIndex < w.appeals().requestCount(); qIndex++) {
            if (w.appeals().request(qIndex).open()) {
                open++;
            } else {
                answered++;
            }
        }
        int tabled = 0;
        int settled = 0;
        for (int mIndex = 0; mIndex < w.appeals().motionCount(); mIndex++) {
            if (w.appeals().motion(mIndex).open()) {
                tabled++;
            } else {
                settled++;
            }
        }
        h = h * HASH_PRIME + open;
        h = h * HASH_PRIME + answered;
        h = h * HASH_PRIME + tabled;
        h = h * HASH_PRIME + settled;
        h = h * HASH_PRIME + w.appeals().missions().size();
        h = h * HASH_PRIME + w.military().presences().size();
        shared = h;
    }

    /** Whether actor {@code a} deliberates today; remembers the situation when it does. */
    boolean due(World w, int a, Assessment readings) {
        long signature = signature(w, a, readings);
        if (signature != last[a] || w.day() - lastDay[a] >= w.whole(REVIEW_DAYS)) {
            last[a] = signature;
            lastDay[a] = w.day();
            return true;
        }
        return false;
    }

    private long signature(World w, int a, Assessment readings) {
        double bands = w.k(THREAT_BANDS);
        long h = (long) Math.floor(readings.threat(a) * bands);
        h = h * HASH_PRIME + (long) Math.floor(w.regimes().unrest(a) * bands);
        h = h * HASH_PRIME + (long) Math.floor(w.regimes().communalIn(a) * bands);
        h = h * HASH_PRIME + (long) Math.floor(w.regimes().loyalty(a) * bands);
        return h * HASH_PRIME + shared;
    }
}
