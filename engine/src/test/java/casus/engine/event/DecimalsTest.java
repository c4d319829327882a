package casus.engine.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void two_decimals_read_as_the_formatter_writes_them() {
        double[] edges = {0, -0.0, 0.005, 0.015, 0.125, 1.005, 2.675, 0.995, 9.995, 99.995, 1e-9, 0.004999999, 123456.785, 1e15, 4.35,
            0.285, 1.115, 1e-320, Double.MIN_VALUE, 7, 1.0 / 3, 2.0 / 3};
        for (double v : edges) {
            assertEquals(String.format(Locale.ROOT, "%.2f", v), Decimals.two(v), "value " + v);
            assertEquals(String.format(Locale.ROOT, "%.2f", -v), Decimals.two(-v), "value " + -v);
        }
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextDouble(-3, 3);
                case 1 -> Math.round(r.nextDouble(0, 10_000)) / 1000.0 + 0.005;
                case 2 -> r.nextDouble(0, 1e6);
                default -> Math.round(r.nextDouble(-100, 100) * 1000) / 1000.0;
            };
            assertEquals(String.format(Locale.ROOT, "%.2f", v), Decimals.two(v), "value " + v);
        }
    }
}
