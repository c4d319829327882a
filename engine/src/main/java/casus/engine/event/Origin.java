package casus.engine.event;

/** Who made a decision. */
public enum Origin {
    /** The agent, for a state nobody plays. */
    AGENT,
    /** The person who controls the state. */
    PERSON,
    /** The agent, standing in for a person who chose nothing in time. */
    AGENT_FOR_PERSON,
    /** Nobody: a person chose nothing in time and the state held still. */
    HELD
}
