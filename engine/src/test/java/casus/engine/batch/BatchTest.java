package casus.engine.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Batches of seeded runs: the same for any thread count, each run repeatable alone. */
class BatchTest {
    private static final int RUNS = 3 * Batch.CHUNK + 7;

    static BatchResult onThreads(Setting s, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return Batch.run(s, RUNS, 17, pool, System::nanoTime);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void one_thread_and_two_give_identical_outcomes_run_by_run() {
        Setting s = Scenarios.load("karabakh-2020");

        BatchResult one = onThreads(s, 1);
        BatchResult two = onThreads(s, 2);

        assertEquals(RUNS, one.runs());
        for (int i = 0; i < RUNS; i++) {
            assertEquals(one.flags(i), two.flags(i), "flags of run " + i);
            assertEquals(one.broker(i), two.broker(i), "broker of run " + i);
            for (Metric m : Metric.values()) {
                assertEquals(one.metric(i, m), two.metric(i, m), m.key() + " of run " + i);
            }
        }
        assertEquals(one.brokers(), two.brokers());
    }

    @Test
    void any_run_of_a_batch_can_be_repeated_alone() {
        Setting s = Scenarios.load("border-2021");
        BatchResult batch = Batch.run(s, 10, 5, Runnable::run, () -> 0);

        for (int i : new int[] {0, 3, 9}) {
            Outcome alone = new Simulation(s, Seeds.of(5, i), Recorder.NONE).runToEnd();
            assertEquals(alone.flags(), batch.flags(i));
            assertEquals(alone.broker(), batch.broker(i));
            assertEquals(alone.metric(Metric.CASUALTIES), batch.metric(i, Metric.CASUALTIES));
        }
    }

    @Test
    void probabilities_count_the_runs_with_a_flag() {
        Setting s = Scenarios.load("kazakhstan-2022");
        BatchResult r = Batch.run(s, 50, 1, Runnable::run, () -> 0);

        for (Flag f : Flag.values()) {
            long count = 0;
            for (int i = 0; i < r.runs(); i++) {
                count += (r.flags(i) >> f.ordinal()) & 1;
            }
            assertEquals(count, r.count(f), f.key());
            assertEquals(count / 50.0, r.probability(f), 1e-12, f.key());
            assertEquals(r.probability(f), r.probabilityOf(f.key(), "true"), 1e-12);
            assertEquals(1 - r.probability(f), r.probabilityOf(f.key(), "false"), 1e-12);
        }
        long brokers = r.brokers().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(50, brokers, "every run has one broker or none");
    }

    @Test
    void the_speed_is_measured_with_the_clock_handed_in() {
        long[] now = {0};
        BatchResult r = Batch.run(Scenarios.load("border-2021"), 4, 1, Runnable::run, () -> now[0] += 1_000_000_000L);

        assertEquals(1.0, r.seconds(), 1e-12);
        assertEquals(4.0, r.runsPerSecond(), 1e-12);
    }

    @Test
    void a_negative_number_of_runs_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Batch.run(Scenarios.load("border-2021"), -1, 1, Runnable::run, () -> 0));
    }

    @Test
    void seeds_are_stable() {
        assertEquals(-7061257010553836809L, Seeds.of(1, 0));
        assertEquals(658006869215568080L, Seeds.of(1, 1));
        assertEquals(2479297134634016267L, Seeds.of(42, 1000));
        assertEquals(5197578548964807871L, Seeds.of(0, 0));
    }

    @Test
    void neighbouring_runs_get_unrelated_seeds() {
        Function<Long, Integer> bits = i -> Long.bitCount(Seeds.of(1, i) ^ Seeds.of(1, i + 1));
        for (long i = 0; i < 100; i++) {
            int differing = bits.apply(i);
            assertTrue(differing > 12 && differing < 52, "runs " + i + " and " + (i + 1) + " differ in " + differing + " bits");
        }
    }

    @Test
    void the_wilson_interval_is_the_textbook_one() {
        assertArrayEquals(new double[] {0.2366, 0.7634}, round4(Wilson.interval(5, 10)));
        assertArrayEquals(new double[] {0.0, 0.2775}, round4(Wilson.interval(0, 10)));
        assertArrayEquals(new double[] {0, 1}, Wilson.interval(0, 0));
    }

    @Test
    void quantiles_interpolate_between_order_statistics() {
        double[] values = {4, 1, 3, 2};

        assertEquals(2.5, Quantiles.of(values, 0.5), 1e-12);
        assertEquals(1.15, Quantiles.of(values, 0.05), 1e-12);
        assertEquals(4, Quantiles.of(values, 1), 1e-12);
        assertArrayEquals(new double[] {4, 1, 3, 2}, values, "the input is left as it was");
    }

    static double[] round4(double[] v) {
        return new double[] {Math.round(v[0] * 1e4) / 1e4, Math.round(v[1] * 1e4) / 1e4};
    }
}
