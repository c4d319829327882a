package casus.engine.event;

/** An attacker attacked while a ceasefire it had agreed to was in force. */
public record CeasefireBroken(int day, int actor, int conflict) implements RunEvent {
}
