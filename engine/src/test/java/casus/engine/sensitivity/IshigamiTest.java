package casus.engine.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * The estimators on the Ishigami function, f = sin x1 + a sin² x2 + b x3⁴ sin x1 with x uniform on
 * [−π, π]³, a = 7, b = 0.1, whose indices are known in closed form (Ishigami and Homma 1990;
 * Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.8).
 */
class IshigamiTest {
    private static final double A = 7;
    private static final double B = 0.1;
    private static final double PI4 = Math.pow(Math.PI, 4);
    private static final double PI8 = Math.pow(Math.PI, 8);
    private static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
    private static final double V2 = A * A / 8;
    private static final double V13 = B * B * PI8 * 8 / 225;
    private static final double V = V1 + V2 + V13;

    @Test
    void analytic_indices_are_the_textbook_values() {
        assertEquals(0.3139, V1 / V, 1e-4);
        assertEquals(0.4424, V2 / V, 1e-4);
        assertEquals(0.5576, (V1 + V13) / V, 1e-4);
        assertEquals(0.2437, V13 / V, 1e-4);
    }

    @Test
    void estimate_recovers_the_ishigami_indices() {
        TestFunction f = TestFunction.ishigami();
        double[] y = f.evaluate(Saltelli.unitPoints(1 << 14, 3, RandomGeneratorFactory.of("L64X128MixRandom").create(2024)));
        SobolIndices.Estimate e = SobolIndices.estimate(Saltelli.split(y, 3), 500, RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(f.first()[i], e.first()[i].value(), 0.03, "S" + (i + 1));
            assertEquals(f.total()[i], e.total()[i].value(), 0.03, "ST" + (i + 1));
            assertTrue(e.first()[i].ci()[0] <= f.first()[i] && f.first()[i] <= e.first()[i].ci()[1], "S" + (i + 1) + " interval covers the truth");
            assertTrue(e.total()[i].ci()[0] <= f.total()[i] && f.total()[i] <= e.total()[i].ci()[1], "ST" + (i + 1) + " interval covers the truth");
        }
        assertEquals(V, e.variance(), 0.03 * V);
    }

    /** Ishigami's only interaction is x1 with x3: S13 = V13 / V = 0.244, S12 = S23 = 0. */
    @Test
    void second_order_indices_find_the_one_interaction() {
        TestFunction f = TestFunction.ishigami();
        double[][] u = Saltelli.unitPoints(1 << 13, 3, Saltelli.Points.SOBOL, true, RandomGeneratorFactory.of("L64X128MixRandom").create(5));
        SobolIndices.Estimate e = SobolIndices.estimate(Saltelli.split(f.evaluate(u), 3, true), 200,
                RandomGeneratorFactory.of("L64X128MixRandom").create(6));
        assertEquals(3, e.second().size());
        for (SobolIndices.Pair p : e.second()) {
            double truth = p.i() == 0 && p.j() == 2 ? V13 / V : 0;
            assertEquals(truth, p.index().value(), 0.03, "S" + (p.i() + 1) + (p.j() + 1));
            assertTrue(p.index().ci()[0] <= truth && truth <= p.index().ci()[1], "S" + (p.i() + 1) + (p.j() + 1) + " interval covers the truth");
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(f.first()[i], e.first()[i].value(), 0.03, "the first-order indices are those of the plain scheme");
        }
    }

    @Test
    void estimate_of_a_constant_is_undefined() {
        double[] y = new double[5 * 10];
        SobolIndices.Estimate e = SobolIndices.estimate(Saltelli.split(y, 3), 10, RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        assertTrue(Double.isNaN(e.first()[0].value()) && Double.isNaN(e.total()[2].value()));
    }

    @Test
    void estimate_of_an_additive_function_has_first_equal_to_total() {
        int n = 1 << 13;
        double[][] u = Saltelli.unitPoints(n, 2, RandomGeneratorFactory.of("L64X128MixRandom").create(3));
        double[] y = new double[u.length];
        for (int p = 0; p < u.length; p++) {
            y[p] = u[p][0] + 2 * u[p][1];
        }
        SobolIndices.Estimate e = SobolIndices.estimate(Saltelli.split(y, 2), 100, RandomGeneratorFactory.of("L64X128MixRandom").create(3));
        assertEquals(0.2, e.first()[0].value(), 0.03);
        assertEquals(0.8, e.first()[1].value(), 0.03);
        assertEquals(0.2, e.total()[0].value(), 0.03);
        assertEquals(0.8, e.total()[1].value(), 0.03);
    }
}
