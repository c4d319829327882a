package casus.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How the report writes numbers: the same in every locale. */
final class Numbers {
    private static final MathContext SIGNIFICANT = new MathContext(8);

    private Numbers() {
    }

    /** A value for the CSV: up to eight significant digits and ten decimals, no exponent; empty when unknown. */
    static String exact(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        BigDecimal d = new BigDecimal(v).setScale(10, RoundingMode.HALF_EVEN);
        if (d.signum() == 0) {
            return "0";
        }
        return d.round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    /** A value for a person: counts and measures from 10 up as whole numbers with separators, others to two decimals. */
    static String human(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        if ((v == Math.rint(v) || Math.abs(v) >= 10) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", Math.round(v));
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A share as a percentage. */
    static String percent(double share) {
        return Double.isNaN(share) ? "?" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
