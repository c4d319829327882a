package casus.engine.study;

import casus.engine.batch.Quantiles;
import java.util.Arrays;

/**
 * The distribution of one metric over many runs, in bounded memory: the count, the exact sum,
 * the least and greatest value, and either every value (up to {@link #EXACT_LIMIT}) or, beyond
 * that, {@link Bins}. Percentiles interpolate between order statistics (R's type 7): exact while
 * the values are kept, and within a bucket's width (under 0.1% of the value) after. Everything
 * it reports depends on the set of values added, never on their order or on how they were split
 * and merged. NaN values are counted as missing and left out.
 */
public final class Distribution {
    /** The most values kept one by one; a larger distribution keeps buckets instead. */
    public static final int EXACT_LIMIT = 10_000;

    private long count;
    private long missing;
    private final ExactSum sum = new ExactSum();
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double[] values = new double[16];
    private Bins bins;
    private boolean sorted = true;

    public void add(double x) {
        if (Double.isNaN(x)) {
            missing++;
            return;
        }
        count++;
        sum.add(x);
        min = Math.min(min, x);
        max = Math.max(max, x);
        if (bins != null) {
            bins.add(x);
            return;
        }
        if (count > EXACT_LIMIT) {
            toBins();
            bins.add(x);
            return;
        }
        int n = (int) count - 1;
        if (n == values.length) {
            values = Arrays.copyOf(values, Math.max(16, n * 2));
        }
        values[n] = x;
        sorted = n == 0 || sorted && values[n - 1] <= x;
    }

    /** Adds every value of another distribution to this one. */
    public void merge(Distribution other) {
        missing += other.missing;
        if (other.count == 0) {
            return;
        }
        sum.add(other.sum);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        long total = count + other.count;
        if (bins == null && other.bins == null && total <= EXACT_LIMIT) {
            int n = (int) count;
            if (values.length < total) {
                values = Arrays.copyOf(values, (int) Math.max(total, 2L * values.length));
            }
            System.arraycopy(other.values, 0, values, n, (int) other.count);
            count = total;
            sorted = false;
            return;
        }
        if (bins == null) {
            toBins();
        }
        count = total;
        if (other.bins != null) {
            bins.addAll(other.bins);
        } else {
            for (int i = 0; i < other.count; i++) {
                bins.add(other.values[i]);
            }
        }
    }

    public long count() {
        return count;
    }

    /** Runs whose value was NaN. */
    public long missing() {
        return missing;
    }

    public double mean() {
        return count == 0 ? Double.NaN : sum.value() / count;
    }

    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** Whether every value is still kept, so percentiles are exact. */
    public boolean exact() {
        return bins == null;
    }

    /** The q-quantile, 0 ≤ q ≤ 1, interpolated between order statistics; NaN when empty. */
    public double percentile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile lies in [0, 1], got " + q);
        }
        if (count == 0) {
            return Double.NaN;
        }
        if (bins == null) {
            return Quantiles.ofSorted(sortedValues(), q);
        }
        Bins.Bucket[] buckets = bins.sorted();
        double h = (count - 1) * q;
        long lo = (long) Math.floor(h);
        long hi = Math.min(count - 1, lo + 1);
        double a = Bins.orderStatistic(buckets, lo);
        double b = hi == lo ? a : Bins.orderStatistic(buckets, hi);
        return a + (h - lo) * (b - a);
    }

    /**
     * The sample variance (divisor n − 1); NaN with fewer than two values. Exact, up to rounding,
     * while every value is kept, the values taken in rising order so that the result does not
     * depend on the order they came in; beyond that each bucket's values are taken at its
     * midpoint, off by at most a thousandth of each value.
     */
    public double variance() {
        if (count < 2) {
            return Double.NaN;
        }
        double mean = mean();
        double ss = 0;
        if (bins == null) {
            for (double x : sortedValues()) {
                ss += (x - mean) * (x - mean);
            }
        } else {
            for (Bins.Bucket b : bins.sorted()) {
                double x = b.count() == 1 ? b.min() : (b.min() + b.max()) / 2;
                ss += b.count() * (x - mean) * (x - mean);
            }
        }
        return ss / (count - 1);
    }

    /** The standard error of the mean, √(variance / n). */
    public double standardError() {
        return Math.sqrt(variance() / count);
    }

    /** How many values fall in each of {@code edges.length - 1} bins [e_i, e_i+1), the last closed. */
    public long[] histogram(double[] edges) {
        long[] out = new long[edges.length - 1];
        if (bins == null) {
            for (int i = 0; i < count; i++) {
                place(out, edges, values[i], 1);
            }
        } else {
            for (Bins.Bucket b : bins.sorted()) {
                place(out, edges, b.count() == 1 ? b.min() : (b.min() + b.max()) / 2, b.count());
            }
        }
        return out;
    }

    private static void place(long[] out, double[] edges, double x, long n) {
        int i = Arrays.binarySearch(edges, x);
        int bin = i >= 0 ? i : -i - 2;
        if (bin >= out.length) {
            bin = out.length - 1;
        }
        if (bin >= 0) {
            out[bin] += n;
        }
    }

    /** The state, canonical: equal for equal sets of values however they were added. */
    public State state() {
        double[] kept = bins == null ? sortedValues().clone() : new double[0];
        Bins.Bucket[] buckets = bins == null ? new Bins.Bucket[0] : bins.sorted();
        long[] keys = new long[buckets.length];
        long[] counts = new long[buckets.length];
        double[] mins = new double[buckets.length];
        double[] maxs = new double[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            keys[i] = buckets[i].key();
            counts[i] = buckets[i].count();
            mins[i] = buckets[i].min();
            maxs[i] = buckets[i].max();
        }
        return new State(count, missing, sum.digits(), sum.nonFinite(), sum.special(), count == 0 ? 0 : min, count == 0 ? 0 : max,
                kept, keys, counts, mins, maxs);
    }

    /** Rebuilds a distribution from its state. */
    public static Distribution of(State s) {
        Distribution d = new Distribution();
        d.count = s.count();
        d.missing = s.missing();
        d.sum.add(ExactSum.of(s.sumDigits(), s.sumNonFinite(), s.sumSpecial()));
        if (s.count() > 0) {
            d.min = s.min();
            d.max = s.max();
        }
        if (s.keys().length > 0 || s.count() > EXACT_LIMIT) {
            d.bins = new Bins();
            for (int i = 0; i < s.keys().length; i++) {
                d.bins.add(s.keys()[i], s.counts()[i], s.mins()[i], s.maxs()[i]);
            }
            d.values = null;
        } else {
            if (s.values().length != s.count()) {
                throw new IllegalArgumentException("a distribution of " + s.count() + " values lists " + s.values().length);
            }
            d.values = Arrays.copyOf(s.values(), Math.max(16, s.values().length));
            d.sorted = false;
        }
        return d;
    }

    /**
     * A distribution's state: its count, missing values, exact sum, range, and either its values
     * in rising order or its buckets in rising order (key, count, least, greatest).
     */
    public record State(long count, long missing, long[] sumDigits, long sumNonFinite, double sumSpecial, double min, double max,
            double[] values, long[] keys, long[] counts, double[] mins, double[] maxs) {
    }

    private double[] sortedValues() {
        if (!sorted) {
            Arrays.sort(values, 0, (int) count);
            sorted = true;
        }
        return count == values.length ? values : (values = Arrays.copyOf(values, (int) count));
    }

    private void toBins() {
        bins = new Bins();
        for (int i = 0; i < Math.min(count, EXACT_LIMIT); i++) {
            bins.add(values[i]);
        }
        values = null;
    }
}
