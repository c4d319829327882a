package casus.server.game;

import casus.v1.TickUpdate;

/**
 * What one tick did, as two updates built once each: the facilitator's (with the agents' shadow
 * decisions and every message) and everyone else's. Neither carries timings yet.
 *
 * @param day the day the tick played
 * @param digest a hash of every indicator after the tick, for the journal
 * @param last whether the scenario's last day was played
 */
public record TickResult(int day, TickUpdate facilitatorView, TickUpdate publicView, long digest, boolean last) {
}
