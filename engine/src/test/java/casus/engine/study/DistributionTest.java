package casus.engine.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.batch.Quantiles;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DistributionTest {
    @Test
    void percentile_of_one_to_ten_matches_r() {
        Distribution d = new Distribution();
        for (int i = 10; i >= 1; i--) {
            d.add(i);
        }
        assertEquals(1.45, d.percentile(0.05), 1e-12);
        assertEquals(5.5, d.percentile(0.5), 1e-12);
        assertEquals(9.55, d.percentile(0.95), 1e-12);
        assertEquals(5.5, d.mean(), 0);
        assertTrue(d.exact());
    }

    @Test
    void percentile_while_exact_equals_sorting_every_value() {
        Random r = new Random(11);
        double[] xs = new double[Distribution.EXACT_LIMIT];
        Distribution d = new Distribution();
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Math.exp(r.nextGaussian());
            d.add(xs[i]);
        }
        for (double q : new double[] {0, 0.05, 0.5, 0.95, 1}) {
            assertEquals(Quantiles.of(xs, q), d.percentile(q), 0);
        }
    }

    @Test
    void percentile_beyond_the_exact_limit_is_within_a_bucket_of_the_truth() {
        Random r = new Random(5);
        int n = 3 * Distribution.EXACT_LIMIT + 17;
        double[] xs = new double[n];
        Distribution d = new Distribution();
        for (int i = 0; i < n; i++) {
            xs[i] = 50 + 400 * r.nextDouble() * r.nextDouble();
            d.add(xs[i]);
        }
        assertFalse(d.exact());
        for (double q : new double[] {0.05, 0.5, 0.95}) {
            double truth = Quantiles.of(xs, q);
            assertEquals(truth, d.percentile(q), truth / 1024);
        }
        assertEquals(Arrays.stream(xs).min().getAsDouble(), d.percentile(0), 0);
        assertEquals(Arrays.stream(xs).max().getAsDouble(), d.percentile(1), 0);
    }

    @Test
    void percentile_of_few_distinct_values_stays_exact_in_buckets() {
        Distribution d = new Distribution();
        for (int i = 0; i < 4 * Distribution.EXACT_LIMIT; i++) {
            d.add(i % 10 < 3 ? 1 : 2);
        }
        assertFalse(d.exact());
        assertEquals(1, d.percentile(0.05), 0);
        assertEquals(2, d.percentile(0.5), 0);
        assertEquals(2, d.percentile(0.95), 0);
        assertEquals(1.7, d.mean(), 1e-15);
    }

    @Test
    void merge_in_any_grouping_gives_the_same_state() {
        Random r = new Random(2);
        double[] xs = new double[25_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = r.nextGaussian() * 100;
        }
        Distribution whole = of(xs, 0, xs.length);
        for (int[] cuts : new int[][] {{0, 100, 25_000}, {0, 9_000, 9_500, 25_000}, {0, 12_000, 24_000, 25_000}}) {
            Distribution merged = new Distribution();
            for (int k = cuts.length - 2; k >= 0; k--) {
                merged.merge(of(xs, cuts[k], cuts[k + 1]));
            }
            assertStatesEqual(whole.state(), merged.state());
            assertEquals(whole.percentile(0.95), merged.percentile(0.95), 0);
            assertEquals(whole.mean(), merged.mean(), 0);
        }
    }

    @Test
    void state_round_trips() {
        Distribution d = of(new double[] {3, 1, 2, Double.NaN}, 0, 4);
        Distribution back = Distribution.of(d.state());
        assertStatesEqual(d.state(), back.state());
        assertEquals(1, back.missing());
        assertEquals(2, back.percentile(0.5), 0);
    }

    @Test
    void histogram_counts_each_value_once() {
        Distribution d = of(new double[] {0, 0.5, 1, 1.5, 2}, 0, 5);
        assertArrayEquals(new long[] {2, 3}, d.histogram(new double[] {0, 1, 2}));
    }

    @Test
    void nan_is_missing_not_counted() {
        Distribution d = of(new double[] {Double.NaN, 4}, 0, 2);
        assertEquals(1, d.count());
        assertEquals(4, d.mean(), 0);
    }

    private static Distribution of(double[] xs, int from, int to) {
        Distribution d = new Distribution();
        for (int i = from; i < to; i++) {
            d.add(xs[i]);
        }
        return d;
    }

    static void assertStatesEqual(Distribution.State a, Distribution.State b) {
        assertEquals(a.count(), b.count());
        assertEquals(a.missing(), b.missing());
        assertArrayEquals(a.sumDigits(), b.sumDigits());
        assertEquals(a.min(), b.min(), 0);
        assertEquals(a.max(), b.max(), 0);
        assertArrayEquals(a.values(), b.values(), 0);
        assertArrayEquals(a.keys(), b.keys());
        assertArrayEquals(a.counts(), b.counts());
        assertArrayEquals(a.mins(), b.mins(), 0);
        assertArrayEquals(a.maxs(), b.maxs(), 0);
    }
}
