package casus.engine.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import casus.engine.sensitivity.Saltelli;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class SobolSequenceTest {
    /** A (t, m, s)-net property: with N = 2^m points, each of N equal slices of any one coordinate holds exactly one point. */
    @Test
    void every_coordinate_of_a_power_of_two_block_is_stratified_as_a_latin_hypercube() {
        int n = 256;
        double[][] u = SobolSequence.unit(n, 7, RandomGeneratorFactory.of("L64X128MixRandom").create(9));
        for (int j = 0; j < 7; j++) {
            int[] seen = new int[n];
            for (double[] p : u) {
                seen[(int) (p[j] * n)]++;
            }
            for (int s = 0; s < n; s++) {
                assertEquals(1, seen[s], "coordinate " + j + ", slice " + s);
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_points() {
        double[][] a = SobolSequence.unit(64, 3, RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        double[][] b = SobolSequence.unit(64, 3, RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
    }

    /** Over a smooth function, the quasi-random design errs far less than plain Monte Carlo at the same N. */
    @Test
    void saltelli_on_sobol_points_estimates_a_mean_better_than_on_random_points() {
        double sobol = 0;
        double random = 0;
        for (int rep = 0; rep < 20; rep++) {
            sobol += squaredError(Saltelli.Points.SOBOL, rep);
            random += squaredError(Saltelli.Points.RANDOM, rep);
        }
        assertEquals(true, sobol * 10 < random, "mean squared errors " + sobol / 20 + " against " + random / 20);
    }

    private static double squaredError(Saltelli.Points how, int seed) {
        double[][] u = Saltelli.unitPoints(256, 3, how, RandomGeneratorFactory.of("L64X128MixRandom").create(seed));
        double sum = 0;
        for (double[] p : u) {
            sum += p[0] * p[1] + p[2] * p[2];
        }
        double e = sum / u.length - (0.25 + 1.0 / 3);
        return e * e;
    }

    @Test
    void too_many_dimensions_are_refused() {
        assertThrows(StudyException.class, () -> SobolSequence.unit(4, SobolSequence.MAX_DIMENSIONS + 1, RandomGeneratorFactory.of("L64X128MixRandom").create(1)));
    }
}
