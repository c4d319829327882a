package casus.engine.validate;

import java.util.Locale;

/**
 * One counterfactual check: a variant of a scenario must move an outcome's probability in the
 * declared direction by at least the declared margin.
 */
public record Check(String name, String scenario, String outcome, double pBase, double pVariant, boolean up, double margin, String reason) {
    public boolean pass() {
        double moved = up ? pVariant - pBase : pBase - pVariant;
        return Validation.atLeast(moved, margin);
    }

    /** The expectation as text, for example "up by 0.20". */
    public String expected() {
        return (up ? "up" : "down") + " by " + String.format(Locale.ROOT, "%.2f", margin);
    }
}
