package casus.engine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuantilesTest {
    /** R: quantile(1:10, c(0.05, 0.5, 0.95)) gives 1.45, 5.5, 9.55 (type 7, R's default). */
    @Test
    void of_interpolates_between_order_statistics_as_r_does() {
        double[] x = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertEquals(1.45, Quantiles.of(x, 0.05), 1e-12);
        assertEquals(5.5, Quantiles.of(x, 0.5), 1e-12);
        assertEquals(9.55, Quantiles.of(x, 0.95), 1e-12);
    }

    /** R: quantile(c(1, 3, 7, 15), c(0, 0.25, 0.9, 1)) gives 1, 2.5, 12.6, 15. */
    @Test
    void of_uneven_values() {
        double[] x = {15, 1, 7, 3};
        assertEquals(1, Quantiles.of(x, 0), 0);
        assertEquals(2.5, Quantiles.of(x, 0.25), 1e-12);
        assertEquals(12.6, Quantiles.of(x, 0.9), 1e-12);
        assertEquals(15, Quantiles.of(x, 1), 0);
    }

    @Test
    void of_one_value_is_that_value() {
        assertEquals(4.2, Quantiles.of(new double[] {4.2}, 0.95), 0);
    }

    @Test
    void of_nothing_is_nan() {
        assertEquals(Double.NaN, Quantiles.of(new double[0], 0.5));
    }
}
