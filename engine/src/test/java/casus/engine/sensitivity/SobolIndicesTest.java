package casus.engine.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** What the estimates must not depend on: the outcome's origin, and which of two complements is measured. */
class SobolIndicesTest {
    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    private static SobolIndices.Estimate estimate(double[] y, int k) {
        return SobolIndices.estimate(Saltelli.split(y, k), 200, rng(7));
    }

    @Test
    void adding_a_constant_leaves_every_index_and_interval_unchanged() {
        TestFunction f = TestFunction.ishigami();
        double[] y = f.evaluate(Saltelli.unitPoints(256, 3, rng(11)));
        SobolIndices.Estimate plain = estimate(y, 3);
        for (double shift : new double[] {10, 100, -1000}) {
            double[] shifted = y.clone();
            for (int p = 0; p < shifted.length; p++) {
                shifted[p] += shift;
            }
            SobolIndices.Estimate moved = estimate(shifted, 3);
            assertEquals(plain.variance(), moved.variance(), 1e-9 * plain.variance());
            for (int i = 0; i < 3; i++) {
                String what = "x" + (i + 1) + " shifted by " + shift;
                assertEquals(plain.first()[i].value(), moved.first()[i].value(), 1e-9, "S1 " + what);
                assertEquals(plain.total()[i].value(), moved.total()[i].value(), 1e-9, "ST " + what);
                for (int end = 0; end < 2; end++) {
                    assertEquals(plain.first()[i].ci()[end], moved.first()[i].ci()[end], 1e-9, "S1 interval " + what);
                    assertEquals(plain.total()[i].ci()[end], moved.total()[i].ci()[end], 1e-9, "ST interval " + what);
                }
            }
        }
    }

    /** A flag and its negation (regime survived, regime fell) are the same question. */
    @Test
    void complementary_outcomes_get_identical_indices() {
        RandomGenerator r = rng(5);
        double[][] u = Saltelli.unitPoints(128, 3, rng(3));
        double[] p = new double[u.length];
        double[] q = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            int yes = 0;
            int runs = 16;
            double chance = 0.1 + 0.8 * u[i][0] * u[i][0] * (0.5 + 0.5 * u[i][1]);
            for (int run = 0; run < runs; run++) {
                yes += r.nextDouble() < chance ? 1 : 0;
            }
            p[i] = (double) yes / runs;
            q[i] = (double) (runs - yes) / runs;
        }
        SobolIndices.Estimate a = estimate(p, 3);
        SobolIndices.Estimate b = estimate(q, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(a.first()[i].value(), b.first()[i].value(), 1e-12);
            assertEquals(a.total()[i].value(), b.total()[i].value(), 1e-12);
            assertEquals(a.first()[i].ci()[0], b.first()[i].ci()[0], 1e-12);
            assertEquals(a.total()[i].ci()[1], b.total()[i].ci()[1], 1e-12);
        }
    }
}
