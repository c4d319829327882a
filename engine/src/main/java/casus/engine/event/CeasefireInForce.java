package casus.engine.event;

/** Both parties accepted a proposal: the ceasefire is in force, brokered by its proposer. */
public record CeasefireInForce(int day, int conflict, int proposal, int proposer, int attacker, int defender, boolean peacekeepers)
        implements RunEvent {
}
