package casus.engine.event;

/** An ally left a bilateral appeal unanswered too long: silence counts as refusal. */
public record AppealLapsed(int day, int request, int requester, int treaty) implements RunEvent {
}
