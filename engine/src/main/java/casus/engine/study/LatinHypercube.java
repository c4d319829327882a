package casus.engine.study;

import java.util.random.RandomGenerator;

/**
 * Latin hypercube sampling of the unit cube: for {@code n} points in {@code k} dimensions, each
 * dimension is cut into {@code n} equal strata and every stratum holds exactly one point, placed
 * uniformly within it; the strata are paired across dimensions by independent random
 * permutations.
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /** An n × k design in [0, 1): {@code design[i][j]} is point i's coordinate j. */
    public static double[][] unit(int n, int k, RandomGenerator rng) {
        if (n < 1 || k < 0) {
            throw new StudyException("a Latin hypercube needs at least one point, got " + n + " points in " + k + " dimensions");
        }
        double[][] design = new double[n][k];
        int[] strata = new int[n];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int swap = rng.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[swap];
                strata[swap] = t;
            }
            for (int i = 0; i < n; i++) {
                design[i][j] = (strata[i] + rng.nextDouble()) / n;
            }
        }
        return design;
    }
}
