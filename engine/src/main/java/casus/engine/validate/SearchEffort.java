package casus.engine.validate;

/**
 * What the search for discriminators cost in one scenario: how many candidate changes its
 * catalogue holds, how many were run before every expectation had one (or the catalogue ran
 * out), and the seconds it took.
 */
public record SearchEffort(String scenario, int candidates, int tried, double seconds) {
}
