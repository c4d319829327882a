package casus.engine.testing;

import java.util.random.RandomGenerator;

/**
 * A generator whose every draw is the same: uniform draws return {@code uniform}, Gaussian
 * draws return {@code gaussian}. Lets a rule that draws luck be tested without luck.
 */
public final class FixedRandom implements RandomGenerator {
    private final double uniform;
    private final double gaussian;

    public FixedRandom(double uniform, double gaussian) {
        this.uniform = uniform;
        this.gaussian = gaussian;
    }

    /** Median luck: uniform draws of one half, Gaussian draws of zero. */
    public static FixedRandom median() {
        return new FixedRandom(0.5, 0);
    }

    @Override
    public long nextLong() {
        return (long) (uniform * Long.MAX_VALUE);
    }

    @Override
    public double nextDouble() {
        return uniform;
    }

    @Override
    public double nextGaussian() {
        return gaussian;
    }
}
