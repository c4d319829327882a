package casus.cli;

import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import casus.engine.sensitivity.Input;
import casus.engine.sensitivity.Measure;
import casus.engine.sensitivity.Saltelli;
import casus.engine.sensitivity.Screening;
import casus.engine.sensitivity.Sensitivity;
import casus.studies.Json;
import casus.studies.Manifest;
import casus.studies.MorrisFiles;
import casus.studies.OutputDirectory;
import casus.studies.SensitivityFiles;
import casus.studies.Shell;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casus sensitivity}: which facts and preferences move an outcome most. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rank the facts and preferences that move an outcome most: one-at-a-time effects, and variance-based first-order "
                + "and total indices (Saltelli sampling; Saltelli 2010 and Jansen estimators) with bootstrap intervals, the share of "
                + "run-to-run noise and noise-free indices; or, with --method morris, Morris elementary effects for screening.",
            "Without --params, the inputs are the facts the scenario draws from ranges."})
final class SensitivityCommand implements Callable<Integer> {
    /** How the ranking is printed. */
    enum Format {
        table, json
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", required = true, description = "A bundled scenario's name or a scenario file.")
    String scenario;

    @Option(names = "--outcome", required = true, paramLabel = "NAME",
            description = "A flag (its probability), a metric (its mean) or ceasefire_broker=ID.")
    String outcome;

    @Option(names = "--params", arity = "1..*", paramLabel = "PATH[=FROM:TO]",
            description = "The inputs and their ranges; without a range, the scenario's own or the value \u00b1 --spread.")
    List<String> params = new ArrayList<>();

    /** How the inputs' influence is measured. */
    enum Method {
        sobol, morris
    }

    static final int SALTELLI_SAMPLES = 256;
    static final int MORRIS_TRAJECTORIES = 20;

    @Option(names = "--method", defaultValue = "sobol", paramLabel = "METHOD",
            description = "sobol: one-at-a-time effects and variance-based indices; morris: elementary effects (\u03bc*, \u03c3) for screening many "
                    + "inputs (default: ${DEFAULT-VALUE}).")
    Method method;

    @Option(names = "--samples", paramLabel = "N", description = "Rows of Saltelli's matrices, N\u00b7(k+2) points (default " + SALTELLI_SAMPLES
            + "); with --method morris, trajectories, N\u00b7(k+1) points (default " + MORRIS_TRAJECTORIES + ").")
    Integer samples;

    @Option(names = "--levels", defaultValue = "4", paramLabel = "P",
            description = "With --method morris, the grid's levels per input, even (default: ${DEFAULT-VALUE}).")
    int levels;

    /** How the rows of Saltelli's matrices are drawn. */
    enum Sampling {
        sobol, random
    }

    @Option(names = "--sampling", defaultValue = "sobol", paramLabel = "HOW",
            description = "The rows of Saltelli's matrices: sobol (a digitally shifted Sobol' sequence) or random (plain Monte Carlo) (default: ${DEFAULT-VALUE}).")
    Sampling sampling;

    @Option(names = "--runs", defaultValue = "16", description = "Runs at each of those points (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--oat-runs", defaultValue = "400", description = "Runs at each one-at-a-time point (default: ${DEFAULT-VALUE}).")
    int oatRuns;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--spread", defaultValue = "0.2", description = "The range of an input given without one: value \u00b1 this share (default: ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Change a fact or preference for the whole analysis; repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "The master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads; the results do not depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write sensitivity.csv, sensitivity.json, sensitivity.png (morris.csv, morris.json, "
            + "morris.png with --method morris) and manifest.json into DIR.")
    Path out;

    @Override
    public Integer call() {
        if (!(spread > 0 && spread <= 1)) {
            throw new BadInputException("--spread must be in (0, 1], got " + spread);
        }
        List<FactChange> changes = Changes.parse(sets);
        Setting setting = Changes.apply(Scenarios.load(scenario), changes);
        Measure measure = Measure.parse(outcome, setting);
        List<Input> inputs = Input.resolve(setting, params, spread);
        int n = samples != null ? samples : method == Method.morris ? MORRIS_TRAJECTORIES : SALTELLI_SAMPLES;
        Analysis analysis = method == Method.morris ? morris(setting, inputs, measure, n) : sobol(setting, inputs, measure, n);
        if (out != null) {
            OutputDirectory.prepare(out);
        }
        long start = System.nanoTime();
        try (Workers workers = new Workers(threads); Progress progress = Progress.start(spec.commandLine().getErr(), analysis.runs())) {
            analysis.run().accept(workers, progress);
        }
        double runsPerSecond = analysis.runs() / Math.max((System.nanoTime() - start) / 1e9, 1e-9);
        PrintWriter w = spec.commandLine().getOut();
        if (format == Format.json) {
            JsonObject o = analysis.json().get();
            o.addProperty("threads", threads);
            o.addProperty("runs_per_second", Math.round(runsPerSecond));
            w.println(Json.PRETTY.toJson(o));
        } else {
            w.println(String.format(Locale.ROOT, "%,d runs (%s), seed %d, %d thread%s, %,.0f runs/s", analysis.runs(), analysis.layout(), seed, threads,
                    threads == 1 ? "" : "s", runsPerSecond));
            analysis.table().accept(w);
        }
        if (out != null) {
            List<String> words = words(changes, inputs, n);
            JsonObject manifest = SensitivityFiles.manifest(new Manifest.Build(Version.current(), Version.commit(), Version.dirty()),
                    Shell.join(words), words, scenario, Scenarios.sources(scenario).files(), setting, changes, seed);
            List<String> files = analysis.write().apply(manifest);
            PrintWriter notice = format == Format.table ? w : spec.commandLine().getErr();
            if (format == Format.table) {
                w.println();
            }
            notice.println("wrote " + out + ": " + String.join(", ", files));
            notice.flush();
        }
        w.flush();
        return 0;
    }

    /** One method's analysis: its runs, how they are laid out, and how its result is run, printed and written. */
    private record Analysis(long runs, String layout, BiConsumer<Workers, Progress> run, Supplier<JsonObject> json, Consumer<PrintWriter> table,
            Function<JsonObject, List<String>> write) {
    }

    private Analysis sobol(Setting setting, List<Input> inputs, Measure measure, int n) {
        Sensitivity.Plan plan = new Sensitivity.Plan(n, runs, oatRuns, bootstrap, sampling == Sampling.sobol ? Saltelli.Points.SOBOL
                : Saltelli.Points.RANDOM);
        int k = inputs.size();
        Sensitivity.Result[] result = new Sensitivity.Result[1];
        return new Analysis(plan.totalRuns(k), String.format(Locale.ROOT, "%d samples \u00d7 %d points \u00d7 %d runs, %d one-at-a-time points \u00d7 %d runs",
                n, k + 2, runs, 1 + 2 * k, oatRuns),
                (workers, progress) -> result[0] = Sensitivity.run(setting, inputs, measure, plan, seed, workers.executor(), 4 * threads,
                        progress::advance),
                () -> SensitivityFiles.json(setting, result[0]), w -> SensitivityFiles.table(w, setting, result[0]),
                manifest -> SensitivityFiles.write(out, setting, result[0], manifest));
    }

    private Analysis morris(Setting setting, List<Input> inputs, Measure measure, int n) {
        Screening.Plan plan = new Screening.Plan(n, levels, runs, bootstrap);
        int k = inputs.size();
        Screening.Result[] result = new Screening.Result[1];
        return new Analysis(plan.totalRuns(k), String.format(Locale.ROOT, "%d trajectories \u00d7 %d points \u00d7 %d runs, %d levels", n, k + 1,
                runs, levels),
                (workers, progress) -> result[0] = Screening.run(setting, inputs, measure, plan, seed, workers.executor(), 4 * threads,
                        progress::advance),
                () -> MorrisFiles.json(setting, result[0]), w -> MorrisFiles.table(w, setting, result[0]),
                manifest -> MorrisFiles.write(out, setting, result[0], manifest));
    }

    /** The command that repeats the analysis: what changes results, nothing that does not (threads, output, format). */
    private List<String> words(List<FactChange> changes, List<Input> inputs, int n) {
        List<String> w = new ArrayList<>(List.of("casus", "sensitivity", "--scenario", scenario, "--outcome", outcome, "--method", method.name()));
        for (Input in : inputs) {
            w.add("--params");
            w.add(in.path() + "=" + casus.studies.Num.format(in.low()) + ":" + casus.studies.Num.format(in.high()));
        }
        w.addAll(List.of("--samples", Integer.toString(n), "--runs", Integer.toString(runs)));
        if (method == Method.morris) {
            w.addAll(List.of("--levels", Integer.toString(levels)));
        } else {
            w.addAll(List.of("--sampling", sampling.name(), "--oat-runs", Integer.toString(oatRuns)));
        }
        w.addAll(List.of("--bootstrap", Integer.toString(bootstrap), "--seed", Long.toString(seed)));
        for (FactChange c : changes) {
            w.add("--set");
            w.add(c.toString());
        }
        return w;
    }
}
