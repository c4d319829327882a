package casus.engine.run;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written with two decimals, as {@code String.format(Locale.ROOT, "%.2f", v)} writes
 * them (the shortest decimal form of the double, rounded half up), without the formatter's cost:
 * a live session writes a few thousand of them a second.
 */
final class Decimals {
    private Decimals() {
    }

    /** {@code v} with two decimals; for finite {@code v}, the same text the formatter gives. */
    static String two(double v) {
        if (!Double.isFinite(v)) {
            return String.format(java.util.Locale.ROOT, "%.2f", v);
        }
        String body = BigDecimal.valueOf(Math.abs(v)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return Double.compare(v, 0.0) < 0 ? "-" + body : body;
    }
}
