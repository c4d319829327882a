package casus.engine.event;

/** A government fell. */
public record RegimeFell(int day, int actor) implements RunEvent {
}
