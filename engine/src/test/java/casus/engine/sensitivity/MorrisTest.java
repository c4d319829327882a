package casus.engine.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.study.StudyException;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class MorrisTest {
    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    @Test
    void each_trajectory_moves_every_input_once_by_delta_on_the_grid() {
        int k = 5;
        double[][] u = Morris.unitPoints(30, k, 4, rng(1));
        assertEquals(30 * (k + 1), u.length);
        for (int t = 0; t < 30; t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s < k; s++) {
                double[] a = u[t * (k + 1) + s];
                double[] b = u[t * (k + 1) + s + 1];
                int changed = 0;
                for (int i = 0; i < k; i++) {
                    if (a[i] != b[i]) {
                        changed++;
                        moved[i] = true;
                        assertEquals(2.0 / 3, Math.abs(b[i] - a[i]), 1e-12);
                    }
                    assertTrue(b[i] >= 0 && b[i] <= 1 && Math.abs(b[i] * 3 - Math.rint(b[i] * 3)) < 1e-9, "on the grid: " + b[i]);
                }
                assertEquals(1, changed);
            }
            for (boolean m : moved) {
                assertTrue(m);
            }
        }
    }

    /** A linear function's elementary effects are its coefficients, the same everywhere: σ is 0. */
    @Test
    void a_linear_function_has_its_coefficients_as_effects_and_no_spread() {
        double[] c = {3, -1, 0.5, 0};
        double[][] u = Morris.unitPoints(20, 4, 4, rng(2));
        double[] y = new double[u.length];
        for (int p = 0; p < u.length; p++) {
            for (int i = 0; i < 4; i++) {
                y[p] += c[i] * u[p][i];
            }
        }
        Morris.Effects[] e = Morris.estimate(u, y, 4, 100, rng(3));
        for (int i = 0; i < 4; i++) {
            assertEquals(c[i], e[i].mean().value(), 1e-9);
            assertEquals(Math.abs(c[i]), e[i].absoluteMean().value(), 1e-9);
            assertEquals(0, e[i].deviation().value(), 1e-9);
        }
    }

    /** f = u1·u2 + u3: the first two interact (σ > 0), the third acts alone. */
    @Test
    void an_interaction_shows_as_spread() {
        double[][] u = Morris.unitPoints(50, 3, 4, rng(4));
        double[] y = new double[u.length];
        for (int p = 0; p < u.length; p++) {
            y[p] = u[p][0] * u[p][1] + u[p][2];
        }
        Morris.Effects[] e = Morris.estimate(u, y, 3, 200, rng(5));
        assertTrue(e[0].deviation().value() > 0.2 && e[1].deviation().value() > 0.2, "interacting inputs spread");
        assertEquals(0, e[2].deviation().value(), 1e-9);
        assertTrue(e[0].deviation().ci()[0] > 0, "the interval of σ for an interacting input excludes 0");
    }

    /** On the g-function, μ* ranks the inputs as their coefficients do: the smaller a_i, the more input i matters. */
    @Test
    void mu_star_ranks_the_g_function_inputs_by_their_importance() {
        TestFunction g = TestFunction.g(0, 1, 4.5, 9, 99, 99);
        double[][] u = Morris.unitPoints(40, 6, 4, rng(6));
        Morris.Effects[] e = Morris.estimate(u, g.evaluate(u), 6, 100, rng(7));
        for (int i = 0; i < 3; i++) {
            assertTrue(e[i].absoluteMean().value() > e[i + 1].absoluteMean().value(), "x" + (i + 1) + " before x" + (i + 2));
        }
        double top = e[0].absoluteMean().value();
        assertTrue(e[4].absoluteMean().value() < 0.05 * top && e[5].absoluteMean().value() < 0.05 * top, "the negligible inputs are screened out");
    }

    @Test
    void odd_levels_are_refused() {
        Assertions.assertThrows(StudyException.class, () -> Morris.unitPoints(10, 2, 5, rng(1)));
    }
}
