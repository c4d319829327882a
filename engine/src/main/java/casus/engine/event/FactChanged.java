package casus.engine.event;

/** The facilitator changed a fact of the running world. */
public record FactChanged(int day, String path, String value, String was) implements RunEvent {
}
