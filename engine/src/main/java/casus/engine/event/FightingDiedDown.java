package casus.engine.event;

/** An attacker held still long enough that its conflict went dormant without an agreement. */
public record FightingDiedDown(int day, int conflict) implements RunEvent {
}
