package casus.engine.model;

/** How a treaty decides what to do about a request. */
public enum DecisionRule {
    /** A council votes; any member's no blocks, an abstention does not. */
    CONSENSUS,
    /** Each party decides for itself. */
    UNILATERAL
}
