package casus.engine.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A parameter stepped over a grid, written {@code PATH=FROM:TO:STEP}: FROM, FROM+STEP, ... up to
 * TO. Steps are counted in decimal, so {@code 0:0.3:0.1} gives 0, 0.1, 0.2 and 0.3 exactly as
 * written, not 0.30000000000000004.
 */
public record Sweep(String path, BigDecimal from, BigDecimal to, BigDecimal step) {
    /** The most values one sweep may take. */
    public static final int MAX_VALUES = 100_000;

    public Sweep {
        if (step.signum() <= 0) {
            throw new StudyException("sweep " + path + ": the step must be positive, got " + step.toPlainString());
        }
        if (from.compareTo(to) > 0) {
            throw new StudyException("sweep " + path + ": FROM " + from.toPlainString() + " is above TO " + to.toPlainString());
        }
        BigDecimal n = to.subtract(from).divideToIntegralValue(step);
        if (n.compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
            throw new StudyException("sweep " + path + ": more than " + MAX_VALUES + " values from " + from.toPlainString() + " to "
                    + to.toPlainString() + " by " + step.toPlainString());
        }
    }

    /** Parses {@code PATH=FROM:TO:STEP}. */
    public static Sweep parse(String text) {
        int eq = text.indexOf('=');
        String[] parts = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
        if (eq <= 0 || parts.length != 3) {
            throw new StudyException("--sweep takes PATH=FROM:TO:STEP, got '" + text + "'");
        }
        String path = text.substring(0, eq).trim();
        return new Sweep(path, Numbers.decimal("--sweep " + path, parts[0]), Numbers.decimal("--sweep " + path, parts[1]),
                Numbers.decimal("--sweep " + path, parts[2]));
    }

    /** The values in rising order. */
    public List<BigDecimal> values() {
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            out.add(v);
        }
        return out;
    }

    @Override
    public String toString() {
        return path + "=" + from.toPlainString() + ":" + to.toPlainString() + ":" + step.toPlainString();
    }
}
