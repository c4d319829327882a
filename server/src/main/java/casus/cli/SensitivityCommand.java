package casus.cli;

import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import casus.engine.sensitivity.Input;
import casus.engine.sensitivity.Measure;
import casus.engine.sensitivity.Saltelli;
import casus.engine.sensitivity.Sensitivity;
import casus.studies.Json;
import casus.studies.Manifest;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casus sensitivity}: which facts and preferences move an outcome most. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rank the facts and preferences that move an outcome most: one-at-a-time effects, and variance-based first-order "
                + "and total indices (Saltelli sampling; Saltelli 2010 and Jansen estimators) with bootstrap intervals.",
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

    @Option(names = "--samples", defaultValue = "256", paramLabel = "N", description = "Rows of Saltelli's matrices: N\u00b7(k+2) points (default: ${DEFAULT-VALUE}).")
    int samples;

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

    @Option(names = "--out", paramLabel = "DIR", description = "Also write sensitivity.csv, sensitivity.json, sensitivity.png and manifest.json into DIR.")
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
        Sensitivity.Plan plan = new Sensitivity.Plan(samples, runs, oatRuns, bootstrap,
                sampling == Sampling.sobol ? Saltelli.Points.SOBOL : Saltelli.Points.RANDOM);
        if (out != null) {
            OutputDirectory.prepare(out);
        }
        long total = plan.totalRuns(inputs.size());
        Sensitivity.Result result;
        long start = System.nanoTime();
        try (Workers workers = new Workers(threads); Progress progress = Progress.start(spec.commandLine().getErr(), total)) {
            result = Sensitivity.run(setting, inputs, measure, plan, seed, workers.executor(), 4 * threads, progress::advance);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter w = spec.commandLine().getOut();
        if (format == Format.json) {
            JsonObject o = SensitivityFiles.json(setting, result);
            o.addProperty("threads", threads);
            o.addProperty("runs_per_second", Math.round(total / Math.max(seconds, 1e-9)));
            w.println(Json.PRETTY.toJson(o));
        } else {
            w.println(String.format(Locale.ROOT, "%,d runs (%d samples \u00d7 %d points \u00d7 %d runs, %d one-at-a-time points \u00d7 %d runs), seed %d, "
                    + "%d thread%s, %,.0f runs/s", total, samples, inputs.size() + 2, runs, 1 + 2 * inputs.size(), oatRuns, seed, threads,
                    threads == 1 ? "" : "s", total / Math.max(seconds, 1e-9)));
            SensitivityFiles.table(w, setting, result);
        }
        if (out != null) {
            List<String> words = words(changes, inputs);
            SensitivityFiles.write(out, setting, result, SensitivityFiles.manifest(new Manifest.Build(Version.current(), Version.commit(),
                    Version.dirty()), Shell.join(words), words, scenario, Scenarios.sources(scenario).files(), setting, changes, result));
            PrintWriter notice = format == Format.table ? w : spec.commandLine().getErr();
            if (format == Format.table) {
                w.println();
            }
            notice.println("wrote " + out + ": " + String.join(", ", List.of(SensitivityFiles.CSV, SensitivityFiles.JSON, SensitivityFiles.PNG,
                    Manifest.FILE)));
            notice.flush();
        }
        w.flush();
        return 0;
    }

    private List<String> words(List<FactChange> changes, List<Input> inputs) {
        List<String> w = new ArrayList<>(List.of("casus", "sensitivity", "--scenario", scenario, "--outcome", outcome));
        for (Input in : inputs) {
            w.add("--params");
            w.add(in.path() + "=" + casus.studies.Num.format(in.low()) + ":" + casus.studies.Num.format(in.high()));
        }
        w.addAll(List.of("--samples", Integer.toString(samples), "--sampling", sampling.name(), "--runs", Integer.toString(runs), "--oat-runs", Integer.toString(oatRuns),
                "--bootstrap", Integer.toString(bootstrap), "--seed", Long.toString(seed)));
        for (FactChange c : changes) {
            w.add("--set");
            w.add(c.toString());
        }
        return w;
    }
}
