package casus.engine.run;

import casus.engine.choice.Assessment;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * When an agent reconsiders its appeals, diplomacy and the posture of its peacekeepers: on days
 * when its situation has changed (its need for help crossed a band, a war began or paused, an
 * appeal was answered, a motion settled, a ceasefire was proposed) and at least once a week.
 * Governments do not re-decide every morning whether to invoke a treaty; without this, daily
 * noise would make every unlikely step happen sooner or later.
 */
final class Deliberation {
    /** Days after which an agent reconsiders even if nothing changed. */
    static final int REVIEW_DAYS = 7;

    private final long[] last;
    private final int[] lastDay;

    Deliberation(int actors) {
        last = new long[actors];
        lastDay = new int[actors];
        java.util.Arrays.fill(last, Long.MIN_VALUE);
    }

    /** Whether actor {@code a} deliberates today; remembers the situation when it does. */
    boolean due(World w, int a, Assessment readings) {
        long signature = signature(w, a, readings);
        if (signature != last[a] || w.day() - lastDay[a] >= REVIEW_DAYS) {
            last[a] = signature;
            lastDay[a] = w.day();
            return true;
        }
        return false;
    }

    private static long signature(World w, int a, Assessment readings) {
        long h = (long) Math.floor(readings.threat(a) * 5);
        h = h * 31 + (long) Math.floor(w.unrest(a) * 5);
        for (int cIndex = 0; cIndex < w.conflictCount(); cIndex++) {
            Conflict c = w.conflict(cIndex);
            h = h * 31 + c.phase().ordinal() + 1;
        }
        int answered = 0;
        for (int qIndex = 0; qIndex < w.requestCount(); qIndex++) {
            Request q = w.request(qIndex);
            answered += q.open() ? 1 : 3;
        }
        int settled = 0;
        for (int mIndex = 0; mIndex < w.motionCount(); mIndex++) {
            Motion m = w.motion(mIndex);
            settled += m.open() ? 1 : 3;
        }
        h = h * 31 + answered;
        h = h * 31 + settled;
        h = h * 31 + w.proposals().size();
        h = h * 31 + w.missions().size();
        h = h * 31 + w.presences().size();
        return h;
    }
}
