package casus.client.command;

/** How much of each day's update is printed as it arrives. */
public enum Feed {
    /** What happened each day, one line a thing: the events, what each state did, what the rules made of it. */
    BRIEF,
    /** Also every decision's reasons, quiet ones too, the agent's choices beside people's, and the numbers that moved. */
    FULL
}
