package casus.studies;

/**
 * Numbers as study files write them: whole numbers without a decimal point, others as Java's
 * shortest text that reads back to the same double, so a value copied from a file into
 * {@code --set} gives exactly the run that was written.
 */
public final class Num {
    private Num() {
    }

    /** Significant digits a table shows of a value it does not need exactly. */
    public static final int BRIEF_DIGITS = 4;

    /**
     * A value for reading rather than for copying: {@value #BRIEF_DIGITS} significant digits, so a
     * sampled 0.34083024299121 reads 0.3408 (the file keeps the exact value).
     */
    public static String brief(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(BRIEF_DIGITS)).stripTrailingZeros().toPlainString();
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
