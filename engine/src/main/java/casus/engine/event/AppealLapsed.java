package casus.engine.event;

/** A state asked directly (under a bilateral treaty, or outside any) left an appeal unanswered too long: silence counts as refusal. */
public record AppealLapsed(int day, int request, int requester, int treaty, int addressee) implements RunEvent {
}
