package casus.engine.model;

import java.time.LocalDate;

/**
 * An appeal made before the scenario starts and how it was answered. {@code addressee} is a
 * belief subject: an actor, or a treaty ({@link Setting#treatySubject}).
 */
public record PastAppeal(LocalDate date, int requester, int addressee, Ask ask, Answer answer, Ground ground) {
}
