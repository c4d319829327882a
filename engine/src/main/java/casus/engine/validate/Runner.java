package casus.engine.validate;

import casus.engine.batch.Batch;
import casus.engine.model.Setting;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * How validation gets the outcomes of a setting: seeded batches of the rules in use, or, in a
 * test, shares stated for the facts a test sets.
 */
@FunctionalInterface
public interface Runner {
    /** The outcome shares of {@code runs} runs of a setting. */
    Frequencies run(Setting setting, int runs);

    /**
     * Batches of the rules, every one from the same master seed, so that two variants of a
     * scenario differ only by their facts and not by their draws.
     */
    static Runner batches(long seed, Executor executor, LongSupplier clock) {
        return (setting, runs) -> Frequencies.of(Batch.run(setting, runs, seed, executor, clock));
    }
}
