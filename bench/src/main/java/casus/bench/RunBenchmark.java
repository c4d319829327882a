package casus.bench;

import casus.engine.model.Setting;
import casus.engine.run.Outcome;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.run.Workspace;
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
 * One whole run of a bundled scenario, from a fresh world to its outcome, with no recorder: what a
 * Monte Carlo batch pays per run. Like a batch's worker, the benchmark's thread hands one
 * workspace of decision buffers to its runs one after another. Each invocation uses the next seed, as a batch does, cycling
 * through the seeds {@link FloorBenchmark} records so that the two measure the same runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RunBenchmark {
    @Param({"karabakh-2020", "border-2022"})
    public String scenario;

    private Setting setting;
    private long seed;
    private final Workspace workspace = new Workspace();

    @Setup(Level.Trial)
    public void load() {
        setting = Scenarios.load(scenario);
    }

    @Benchmark
    public Outcome run() {
        Outcome o = new Simulation(setting, seed, Recorder.NONE, workspace).runToEnd();
        seed = (seed + 1) % FloorBenchmark.RUNS;
        return o;
    }

    /**
     * Only the start of a run: drawing its uncertain facts and building its world. Subtracted
     * from {@link #run()}, it leaves what the ticks themselves cost and allocate.
     */
    @Benchmark
    public Simulation setup() {
        Simulation sim = new Simulation(setting, seed, Recorder.NONE, workspace);
        seed = (seed + 1) % FloorBenchmark.RUNS;
        return sim;
    }
}
