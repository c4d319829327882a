package casus.server.session;

import casus.server.game.Game;
import casus.server.game.TickResult;

/**
 * Plays a session's coming day: the game's own tick, or a test's that fails when told. Whatever
 * it throws, the session goes back to the last day its journal completed.
 */
@FunctionalInterface
public interface TickRunner {
    TickResult run(Game game);

    /** The game's own tick. */
    static TickRunner game() {
        return Game::tick;
    }
}
