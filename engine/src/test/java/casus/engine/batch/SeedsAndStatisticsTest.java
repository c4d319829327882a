package casus.engine.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The seeds of runs and the statistics of their outcomes. */
class SeedsAndStatisticsTest {
    @Test
    void seeds_are_stable() {
        assertEquals(-7061257010553836809L, Seeds.of(1, 0));
        assertEquals(658006869215568080L, Seeds.of(1, 1));
        assertEquals(2479297134634016267L, Seeds.of(42, 1000));
        assertEquals(5197578548964807871L, Seeds.of(0, 0));
    }

    @Test
    void neighbouring_runs_get_unrelated_seeds() {
        Function<Long, Integer> bits = i -> Long.bitCount(Seeds.of(1, i) ^ Seeds.of(1, i + 1));
        for (long i = 0; i < 100; i++) {
            int differing = bits.apply(i);
            assertTrue(differing > 12 && differing < 52, "runs " + i + " and " + (i + 1) + " differ in " + differing + " bits");
        }
    }

    @Test
    void the_wilson_interval_is_the_textbook_one() {
        assertArrayEquals(new double[] {0.2366, 0.7634}, round4(Wilson.interval(5, 10)));
        assertArrayEquals(new double[] {0.0, 0.2775}, round4(Wilson.interval(0, 10)));
        assertArrayEquals(new double[] {0, 1}, Wilson.interval(0, 0));
    }

    @Test
    void quantiles_interpolate_between_order_statistics() {
        double[] values = {4, 1, 3, 2};

        assertEquals(2.5, Quantiles.of(values, 0.5), 1e-12);
        assertEquals(1.15, Quantiles.of(values, 0.05), 1e-12);
        assertEquals(4, Quantiles.of(values, 1), 1e-12);
        assertArrayEquals(new double[] {4, 1, 3, 2}, values, "the input is left as it was");
    }

    static double[] round4(double[] v) {
        return new double[] {Math.round(v[0] * 1e4) / 1e4, Math.round(v[1] * 1e4) / 1e4};
    }
}
