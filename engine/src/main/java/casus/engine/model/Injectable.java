package casus.engine.model;

/**
 * A shock a scenario prepares for live sessions: an event the facilitator may fire at any
 * moment, with a line for the facilitator's menu. Its event's day is ignored; it fires on the
 * day it is injected.
 */
public record Injectable(String id, String description, EventDef event) {
    /** The event as it fires on {@code day}. */
    public EventDef on(int day) {
        return event.withDay(day);
    }
}
