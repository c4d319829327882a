package casus.engine.batch;

/** The Wilson score interval for a binomial proportion. */
public final class Wilson {
    /** The normal quantile for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /** The 95% interval {lo, hi} for {@code k} successes in {@code n} trials. */
    public static double[] interval(long k, long n) {
        return interval(k, n, Z95);
    }

    public static double[] interval(long k, long n, double z) {
        if (n <= 0) {
            return new double[] {0, 1};
        }
        double p = (double) k / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        // At k = 0 and k = n the bounds are exactly 0 and 1; the arithmetic leaves a rounding error there.
        return new double[] {k == 0 ? 0 : Math.max(0, centre - half), k == n ? 1 : Math.min(1, centre + half)};
    }
}
