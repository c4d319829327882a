package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.v1.SessionMode;
import org.junit.jupiter.api.Test;

class PaceTest {
    private static final long MS = 1_000_000;

    @Test
    void real_time_ticks_fall_on_a_fixed_schedule_however_late_each_one_ran() {
        Pace p = new Pace(SessionMode.REAL_TIME, 100, 0);
        p.start(0);
        long[] finishedAt = {130 * MS, 205 * MS, 399 * MS, 401 * MS};
        long[] dueAfter = {200 * MS, 300 * MS, 400 * MS, 500 * MS};
        assertEquals(100 * MS, p.due());
        for (int i = 0; i < finishedAt.length; i++) {
            p.ticked(finishedAt[i]);
            assertEquals(dueAfter[i], p.due(), "tick " + i);
        }
    }

    @Test
    void session_far_behind_drops_the_ticks_it_cannot_catch_up() {
        Pace p = new Pace(SessionMode.REAL_TIME, 100, 0);
        p.start(0);
        assertEquals(0, p.dropBehind(150 * MS, 0));
        assertEquals(7, p.dropBehind(1_000 * MS, 2));
        assertEquals(800 * MS, p.due());
    }

    @Test
    void turn_based_due_time_is_the_deadline_from_each_tick_or_never() {
        Pace p = new Pace(SessionMode.TURN_BASED, 0, 30_000);
        p.start(5 * MS);
        assertEquals(30_005 * MS, p.due());
        p.ticked(40_000 * MS);
        assertEquals(70_000 * MS, p.due());
        p.change(0, 0, 41_000 * MS, true);
        assertEquals(Pace.NEVER, p.due());
    }
}
