package casus.engine.validate;

import casus.engine.model.Sample;

/**
 * One expected outcome of one scenario: what was observed, how likely the rules make it, and its
 * class. Only a {@link ExpectationClass#DISCRIMINATING discriminating} case is scored.
 *
 * @param declared the scenario's declared discriminator as checked, or null when it declares none;
 *     checked even for a redundant case, so that the scenario's author learns whether it works
 * @param discriminator the change that makes the case discriminating (the declared one, none for
 *     the scenario as it is, or one the search found), or null
 * @param impliedBy for a redundant case, the expectation that implies it, as {@code outcome=value}; else null
 */
public record Case(String scenario, Sample sample, String outcome, String observed, double pObserved, String source,
        ExpectationClass expectationClass, Discriminator declared, Discriminator discriminator, String impliedBy) {

    public boolean scored() {
        return expectationClass == ExpectationClass.DISCRIMINATING;
    }

    /** Whether the rules make what happened likely enough; counts only for a scored case. */
    public boolean pass() {
        return Validation.atLeast(pObserved, Validation.PASS_PROBABILITY);
    }
}
