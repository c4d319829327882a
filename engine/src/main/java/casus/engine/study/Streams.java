package casus.engine.study;

import casus.engine.batch.Seeds;
import casus.engine.run.Simulation;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The generators a study draws from besides its runs', each from the master seed: runs use the
 * seeds of indices 0, 1, 2, ..., so negative indices give streams no run shares.
 */
public final class Streams {
    private Streams() {
    }

    /** For placing the points of a design (Latin hypercube, Saltelli). */
    public static RandomGenerator design(long seed) {
        return RandomGeneratorFactory.of(Simulation.ALGORITHM).create(Seeds.of(seed, -1));
    }

    /** For bootstrap resampling. */
    public static RandomGenerator bootstrap(long seed) {
        return RandomGeneratorFactory.of(Simulation.ALGORITHM).create(Seeds.of(seed, -2));
    }
}
