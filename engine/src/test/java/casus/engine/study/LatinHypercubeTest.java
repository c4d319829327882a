package casus.engine.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class LatinHypercubeTest {
    @Test
    void unit_puts_exactly_one_point_in_each_stratum_of_each_dimension() {
        int n = 97;
        int k = 4;
        double[][] d = LatinHypercube.unit(n, k, RandomGeneratorFactory.of("L64X128MixRandom").create(42));
        assertEquals(n, d.length);
        for (int j = 0; j < k; j++) {
            int[] hits = new int[n];
            for (double[] point : d) {
                assertTrue(point[j] >= 0 && point[j] <= 1);
                hits[Math.min(n - 1, (int) Math.floor(point[j] * n))]++;
            }
            for (int s = 0; s < n; s++) {
                assertEquals(1, hits[s], "dimension " + j + ", stratum " + s);
            }
        }
    }

    @Test
    void unit_is_the_same_for_the_same_seed() {
        double[][] d = LatinHypercube.unit(10, 2, RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        double[][] again = LatinHypercube.unit(10, 2, RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        for (int i = 0; i < 10; i++) {
            assertEquals(d[i][0], again[i][0], 0);
            assertEquals(d[i][1], again[i][1], 0);
        }
    }
}
