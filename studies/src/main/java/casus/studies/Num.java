package casus.studies;

/**
 * Numbers as study files write them: whole numbers without a decimal point, others as Java's
 * shortest text that reads back to the same double, so a value copied from a file into
 * {@code --set} gives exactly the run that was written.
 */
public final class Num {
    private Num() {
    }

    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
