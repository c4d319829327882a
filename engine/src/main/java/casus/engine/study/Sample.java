package casus.engine.study;

import java.math.BigDecimal;

/** A parameter drawn over a range by Latin hypercube sampling, written {@code PATH=FROM:TO}. */
public record Sample(String path, BigDecimal from, BigDecimal to) {
    public Sample {
        if (from.compareTo(to) > 0) {
            throw new StudyException("sample " + path + ": FROM " + from.toPlainString() + " is above TO " + to.toPlainString());
        }
    }

    /** Parses {@code PATH=FROM:TO}. */
    public static Sample parse(String text) {
        int eq = text.indexOf('=');
        String[] parts = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
        if (eq <= 0 || parts.length != 2) {
            throw new StudyException("--sample takes PATH=FROM:TO, got '" + text + "'");
        }
        String path = text.substring(0, eq).trim();
        return new Sample(path, Numbers.decimal("--sample " + path, parts[0]), Numbers.decimal("--sample " + path, parts[1]));
    }

    @Override
    public String toString() {
        return path + "=" + from.toPlainString() + ":" + to.toPlainString();
    }
}
