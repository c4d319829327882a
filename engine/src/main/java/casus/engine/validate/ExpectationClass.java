package casus.engine.validate;

import java.util.Locale;

/**
 * What an expectation can tell about the rules, decided before any score is taken: only an
 * expectation that could have come out otherwise is scored.
 */
public enum ExpectationClass {
    /** The scenario as it is, or some admissible change of its facts, gives the other value often enough: it can fail. */
    DISCRIMINATING,
    /** No change tried gives the other value: the rules cannot make it come out otherwise here. */
    STRUCTURAL,
    /** Another expectation of the scenario implies it by the outcomes' definitions: scoring it would count one fact twice. */
    REDUNDANT;

    /** As written in outputs, for example {@code discriminating}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
