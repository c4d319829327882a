package casus.engine.event;

/**
 * Something that happened in a run, as data: who did what, to whom, under which treaty, with the
 * numbers. Actors, regions, treaties, conflicts, requests, motions and proposals are named by
 * their indices in the run's setting and world. {@link EventText} tells each in a sentence; a
 * chronicle, a session's updates and a report render them, and tests assert on them.
 */
public sealed interface RunEvent
        permits EventFired, Decided, FactChanged, CeasefireBroken, MotionSettled, AppealLapsed, FightingDiedDown, CeasefireInForce,
        RegimeFell, DayEnded {
    /** The day it happened on. */
    int day();
}
