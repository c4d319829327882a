package casus.engine.action;

/**
 * The decisions an actor may face in a day. Each is a choice of exactly one of its options; the
 * order here is the canonical order in which chosen actions take effect.
 */
public enum ChoiceKind {
    /** A member's appeal to a treaty, or the suspension of its participation. */
    APPEAL,
    /** An ally's answer to an appeal made to it under a bilateral treaty. */
    RESPONSE,
    /** A member's vote on a council motion. */
    VOTE,
    /** Conduct in a conflict: attack, hold, fire back or accept a ceasefire; fight or stand aside. */
    POSTURE,
    /** Mediation, statements, arms, backing a government, realignment. */
    DIPLOMACY,
    /** A government's answer to a crisis at home: crack down, concede, or step down. */
    DOMESTIC
}
