package casus.engine.study;

import java.util.Arrays;

/**
 * A histogram of doubles in buckets fixed by the value alone: the sign, the binary exponent and
 * the top {@value #MANTISSA_BITS} bits of the mantissa, so each bucket spans at most 1/1024 of
 * its values' size. A bucket keeps its count and the least and greatest value it holds. Because a
 * value's bucket never depends on what came before, adding and merging are exact and order does
 * not matter.
 */
final class Bins {
    static final int MANTISSA_BITS = 10;
    private static final int SHIFT = 52 - MANTISSA_BITS;

    private long[] keys = new long[64];
    private long[] counts = new long[64];
    private double[] mins = new double[64];
    private double[] maxs = new double[64];
    private int size;

    /** The bucket of a finite value; keys rise with the values they hold. */
    static long key(double x) {
        long bits = Double.doubleToRawLongBits(x + 0.0);
        return bits >= 0 ? bits >>> SHIFT : -((bits & Long.MAX_VALUE) >>> SHIFT) - 1;
    }

    void add(double x) {
        add(key(x), 1, x, x);
    }

    void add(long key, long count, double min, double max) {
        int slot = slot(key);
        if (counts[slot] == 0) {
            keys[slot] = key;
            counts[slot] = count;
            mins[slot] = min;
            maxs[slot] = max;
            if (++size * 2 > keys.length) {
                grow();
            }
            return;
        }
        counts[slot] += count;
        mins[slot] = Math.min(mins[slot], min);
        maxs[slot] = Math.max(maxs[slot], max);
    }

    void addAll(Bins other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.counts[i] > 0) {
                add(other.keys[i], other.counts[i], other.mins[i], other.maxs[i]);
            }
        }
    }

    int size() {
        return size;
    }

    /** The occupied buckets in rising order. */
    Bucket[] sorted() {
        Bucket[] out = new Bucket[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] > 0) {
                out[n++] = new Bucket(keys[i], counts[i], mins[i], maxs[i]);
            }
        }
        Arrays.sort(out, (a, b) -> Long.compare(a.key(), b.key()));
        return out;
    }

    /**
     * The {@code rank}-th smallest value (from 0), estimated inside its bucket by spreading the
     * bucket's values evenly between its least and greatest: exact when a bucket holds one or two
     * distinct values.
     */
    static double orderStatistic(Bucket[] sorted, long rank) {
        long before = 0;
        for (Bucket b : sorted) {
            if (rank < before + b.count()) {
                if (b.count() == 1) {
                    return b.min();
                }
                double t = (double) (rank - before) / (b.count() - 1);
                return b.min() + t * (b.max() - b.min());
            }
            before += b.count();
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + before + " values");
    }

    /** One occupied bucket. */
    record Bucket(long key, long count, double min, double max) {
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (counts[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        return z ^ (z >>> 33);
    }

    private void grow() {
        long[] k = keys;
        long[] c = counts;
        double[] lo = mins;
        double[] hi = maxs;
        int n = k.length * 2;
        keys = new long[n];
        counts = new long[n];
        mins = new double[n];
        maxs = new double[n];
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (c[i] > 0) {
                add(k[i], c[i], lo[i], hi[i]);
            }
        }
    }
}
