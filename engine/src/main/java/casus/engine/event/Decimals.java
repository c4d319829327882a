package casus.engine.event;

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

    /** Below this, a hundredfold value is exact to far better than {@link #MARGIN}. */
    private static final double FAST_BELOW = 1e6;
    /** How far from a half a hundredfold value must be for rounding it to agree with rounding its decimal form. */
    private static final double MARGIN = 1e-6;

    /** {@code v} with two decimals; for finite {@code v}, the same text the formatter gives. */
    static String two(double v) {
        if (!Double.isFinite(v)) {
            return String.format(java.util.Locale.ROOT, "%.2f", v);
        }
        double a = Math.abs(v);
        double scaled = a * 100;
        if (a < FAST_BELOW && Math.abs(scaled - Math.floor(scaled) - 0.5) > MARGIN) {
            long r = Math.round(scaled);
            long cents = r % 100;
            String body = (r / 100) + (cents < 10 ? ".0" : ".") + cents;
            return Double.compare(v, 0.0) < 0 ? "-" + body : body;
        }
        String body = BigDecimal.valueOf(Math.abs(v)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return Double.compare(v, 0.0) < 0 ? "-" + body : body;
    }
}
