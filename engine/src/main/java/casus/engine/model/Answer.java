package casus.engine.model;

/** How an appeal was answered. */
public enum Answer {
    /** What was asked for, given. */
    HONOURED,
    /** Something short of it: consultations, a mission, observers. */
    PARTIAL,
    /** Refused, or left unanswered. */
    REFUSED
}
