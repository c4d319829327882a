package casus.engine.model;

/** Kinds of unrest against a government. */
public enum UnrestKind {
    /** Peaceful mass protest. */
    PROTEST,
    /** Violent crowds: arson, looting, storming of buildings. */
    RIOT,
    /** Workers stop work. */
    GENERAL_STRIKE,
    /** An armed uprising. */
    INSURGENCY
}
