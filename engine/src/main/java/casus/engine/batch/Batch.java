package casus.engine.batch;

import casus.engine.model.Setting;
import casus.engine.run.Outcome;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.run.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Runs a scenario many times, each run with its own seed from {@link Seeds}. Runs are cut into
 * fixed chunks that the caller's executor runs in any order on any number of threads; each run's
 * outcome lands in its own slot, so the result is the same for every thread count. The engine
 * starts no threads of its own.
 */
public final class Batch {
    /** Runs per task handed to the executor. */
    static final int CHUNK = 64;

    private Batch() {
    }

    /**
     * Runs {@code runs} seeded runs of a setting.
     *
     * @param clock a nanosecond clock, used only to report the speed
     */
    public static BatchResult run(Setting setting, int runs, long seed, Executor executor, LongSupplier clock) {
        if (runs < 0) {
            throw new IllegalArgumentException("runs must not be negative: " + runs);
        }
        long[] flags = new long[runs];
        int[] brokers = new int[runs];
        double[][] metrics = new double[runs][];
        long start = clock.getAsLong();
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (int from = 0; from < runs; from += CHUNK) {
            final int lo = from;
            final int hi = Math.min(runs, from + CHUNK);
            tasks.add(CompletableFuture.runAsync(() -> {
                Workspace workspace = new Workspace();
                for (int i = lo; i < hi; i++) {
                    Outcome o = new Simulation(setting, Seeds.of(seed, i), Recorder.NONE, workspace).runToEnd();
                    flags[i] = o.flags();
                    brokers[i] = o.broker();
                    metrics[i] = o.metrics();
                }
            }, executor));
        }
        CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
        double seconds = (clock.getAsLong() - start) / 1e9;
        return new BatchResult(setting, seed, flags, brokers, metrics, seconds);
    }
}
