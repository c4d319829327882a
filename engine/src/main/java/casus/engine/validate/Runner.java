package casus.engine.validate;

import casus.engine.model.Setting;
import casus.engine.study.Design;
import casus.engine.study.Slice;
import casus.engine.study.Study;
import casus.engine.study.StudyRunner;
import casus.engine.study.Tally;
import java.util.concurrent.Executor;

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
    static Runner batches(long seed, Executor executor) {
        int window = 4 * Runtime.getRuntime().availableProcessors();
        return (setting, runs) -> {
            Study study = new Study(setting, Design.single(), runs, seed);
            Tally[] tally = new Tally[1];
            StudyRunner.run(study, Slice.whole(study.totalRuns()), executor, window, null, (point, t) -> tally[0] = t);
            return Frequencies.of(tally[0], setting);
        };
    }
}
