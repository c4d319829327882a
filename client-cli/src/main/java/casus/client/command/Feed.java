package casus.client.command;

/** How much of each day's update is printed as it arrives. */
public enum Feed {
    /** The day's events, what each state did, the notes: one line each. */
    BRIEF,
    /** Also every decision's reasons, quiet ones too, the agent's choices beside people's, and the numbers that moved. */
    FULL
}
