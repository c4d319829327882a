package casus.engine.event;

/**
 * Both parties accepted a proposal: the ceasefire is in force, brokered by its proposer, or agreed
 * between the parties ({@code direct}). {@code peacekeeper} is the state whose peacekeepers the
 * terms bring in, or -1.
 */
public record CeasefireInForce(int day, int conflict, int proposal, int proposer, int attacker, int defender, boolean direct, int peacekeeper)
        implements RunEvent {
}
