package casus.report;

import java.util.Arrays;

/**
 * One line of a chart: the points of an indicator whose value is known.
 *
 * @param name the legend's label
 * @param x the days
 * @param y the values
 */
record Series(String name, double[] x, double[] y) {
    Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + name + " has " + x.length + " days and " + y.length + " values");
        }
    }

    /** The known points of a column: unknown (NaN) days left out. */
    static Series of(String name, double[] days, double[] values) {
        int n = 0;
        double[] x = new double[days.length];
        double[] y = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            if (!Double.isNaN(values[i])) {
                x[n] = days[i];
                y[n] = values[i];
                n++;
            }
        }
        return new Series(name, Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    boolean isEmpty() {
        return x.length == 0;
    }

    /** How far the value moved: its highest less its lowest. */
    double range() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return isEmpty() ? 0 : hi - lo;
    }

    boolean anyNonZero() {
        for (double v : y) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }
}
