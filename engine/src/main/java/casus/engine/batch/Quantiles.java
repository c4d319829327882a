package casus.engine.batch;

import java.util.Arrays;

/** Sample quantiles by linear interpolation between order statistics (R's type 7). */
public final class Quantiles {
    private Quantiles() {
    }

    /** The q-quantile of values already sorted ascending. */
    public static double ofSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The q-quantile of values in any order; the array is not changed. */
    public static double of(double[] values, double q) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return ofSorted(copy, q);
    }
}
