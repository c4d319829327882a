package casus.engine.model;

/** The kinds of scheduled or injected shock. */
public enum EventKind {
    /** An actor begins an offensive on one or more regions. */
    OFFENSIVE,
    /** Mass unrest against an actor's government. */
    UNREST,
    /** An actor's forces committed elsewhere change. */
    FORCES_REDEPLOYED,
    /** An actor receives weapons that raise its military power. */
    ARMS_SUPPLY,
    /** A region is cut off, weakening those who hold it. */
    BLOCKADE,
    /** An actor strikes another's forces or people at sea or in the air, outside any region. */
    INCIDENT,
    /** Violence between the communities of regions of an actor's state. */
    COMMUNAL_VIOLENCE
}
