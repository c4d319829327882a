package casus.engine.event;

import casus.engine.model.EventDef;

/** A scheduled event fired as its day opened, or one the facilitator injected. */
public record EventFired(int day, EventDef event, boolean injected) implements RunEvent {
}
