package casus.server.testing;

import casus.server.game.Game;
import casus.server.game.TickResult;
import casus.server.session.TickRunner;

/**
 * Plays each day with the game's own tick, and fails the day a test names: after the day was
 * played, so that the game is changed as far as a tick can change it (the world a day on, the
 * orders cleared, the chronicle written) when the failure comes, as a tick failing half way does.
 */
public final class FaultyTicks implements TickRunner {
    private int day = -1;
    private int times;
    private Runnable alongside = () -> { };

    /** The tick of {@code day} fails the next {@code times} times it is played. */
    public void fail(int failingDay, int failingTimes) {
        fail(failingDay, failingTimes, () -> { });
    }

    /** As {@link #fail(int, int)}, doing {@code alsoDo} each time before it throws. */
    public void fail(int failingDay, int failingTimes, Runnable alsoDo) {
        day = failingDay;
        times = failingTimes;
        alongside = alsoDo;
    }

    @Override
    public TickResult run(Game game) {
        int playing = game.day();
        TickResult r = game.tick();
        if (playing == day && times > 0) {
            times--;
            alongside.run();
            throw new IllegalStateException("a test's failure after day " + playing + " was played");
        }
        return r;
    }
}
