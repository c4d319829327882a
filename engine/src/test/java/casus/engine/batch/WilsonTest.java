package casus.engine.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class WilsonTest {
    /** Newcombe (1998), Statistics in Medicine 17:857, table I, method 3 (score interval without continuity correction). */
    @Test
    void interval_matches_newcombes_published_values() {
        assertArrayEquals(new double[] {0.2553, 0.3662}, round4(Wilson.interval(81, 263)), 1e-9);
        assertArrayEquals(new double[] {0.0624, 0.1605}, round4(Wilson.interval(15, 148)), 1e-9);
        assertArrayEquals(new double[] {0.0000, 0.1611}, round4(Wilson.interval(0, 20)), 1e-9);
        assertArrayEquals(new double[] {0.0061, 0.1718}, round4(Wilson.interval(1, 29)), 1e-9);
        assertArrayEquals(new double[] {0.8830, 1.0000}, round4(Wilson.interval(29, 29)), 1e-9);
    }

    @Test
    void interval_of_no_trials_is_everything() {
        assertArrayEquals(new double[] {0, 1}, Wilson.interval(0, 0), 0);
    }

    private static double[] round4(double[] ci) {
        return new double[] {Math.round(ci[0] * 1e4) / 1e4, Math.round(ci[1] * 1e4) / 1e4};
    }
}
