package casus.engine.validate;

/** How far an outcome's probability moved between two batches, and which outcome it was. */
public record Move(String outcome, double by) {
    Move orLarger(String other, double otherBy) {
        return otherBy > by ? new Move(other, otherBy) : this;
    }
}
