package casus.bench;

import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The arithmetic floor of a run: only the utility terms a whole run of the scenario evaluates
 * (weight × term, summed per option), on the same data, for the same seeds {@link RunBenchmark}
 * uses. A whole run's time over this one is how far the engine is from the floor.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class FloorBenchmark {
    /** Runs recorded; invocations cycle through them as a batch goes through seeds. */
    static final int RUNS = 256;

    @Param({"karabakh-2020", "border-2022"})
    public String scenario;

    private UtilityWork[] runs;
    private int next;

    @Setup(Level.Trial)
    public void record() {
        Setting setting = Scenarios.load(scenario);
        runs = new UtilityWork[RUNS];
        long options = 0;
        for (int i = 0; i < RUNS; i++) {
            runs[i] = UtilityWork.record(setting, i);
            options += runs[i].options();
        }
        System.out.printf("%n%s: %.1f options scored per run, %d terms each%n", scenario, (double) options / RUNS,
                casus.engine.model.Term.COUNT);
    }

    @Benchmark
    public double floor() {
        UtilityWork w = runs[next];
        next = (next + 1) % RUNS;
        return w.evaluate();
    }
}
