package casus.engine.study;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Sobol' low-discrepancy points in the unit cube (Joe and Kuo's direction numbers, 2008, from
 * commons-math3, for up to {@value #MAX_DIMENSIONS} dimensions), with a random digital shift: each
 * coordinate's 52 bits are XORed with a mask drawn once per dimension from the given generator.
 * The shift keeps the sequence's balance (for N a power of two, every dyadic box of volume 1/N
 * holds its share of the points) while making each point uniform on the cube, so the points are
 * the same on rerun with the same seed and still an honest random sample for an estimator's mean.
 */
public final class SobolSequence {
    /** The most dimensions the direction numbers cover. */
    public static final int MAX_DIMENSIONS = 1000;
    private static final int BITS = 52;
    private static final double SCALE = 0x1p52;

    private SobolSequence() {
    }

    /** The first {@code n} points of the shifted sequence in {@code k} dimensions, in [0, 1). */
    public static double[][] unit(int n, int k, RandomGenerator rng) {
        if (n < 1 || k < 1 || k > MAX_DIMENSIONS) {
            throw new StudyException("Sobol' points need at least one point and 1 to " + MAX_DIMENSIONS + " dimensions, got " + n + " points in " + k
                    + " dimensions");
        }
        long[] masks = new long[k];
        for (int j = 0; j < k; j++) {
            masks[j] = rng.nextLong() >>> (64 - BITS);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(k);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] x = sobol.nextVector();
            for (int j = 0; j < k; j++) {
                long bits = (long) (x[j] * SCALE);
                x[j] = (bits ^ masks[j]) / SCALE;
            }
            out[i] = x;
        }
        return out;
    }
}
