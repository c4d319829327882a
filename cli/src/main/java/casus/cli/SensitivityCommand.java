package casus.cli;

import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import casus.engine.sensitivity.Input;
import casus.engine.sensitivity.Measure;
import casus.engine.sensitivity.Replicates;
import casus.engine.sensitivity.Saltelli;
import casus.engine.sensitivity.Screening;
import casus.engine.sensitivity.Sensitivity;
import casus.engine.study.Block;
import casus.engine.study.Slice;
import casus.engine.study.Study;
import casus.engine.study.StudyListener;
import casus.engine.study.StudyRunner;
import casus.engine.study.Tally;
import casus.studies.Coverage;
import casus.studies.Json;
import casus.studies.Manifest;
import casus.studies.Merger;
import casus.studies.MorrisFiles;
import casus.studies.Num;
import casus.studies.Outputs;
import casus.studies.RunsCsv;
import casus.studies.SensitivityFiles;
import casus.studies.SensitivityOutput;
import casus.studies.SensitivityRuns;
import casus.studies.Shell;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code casus sensitivity}: which facts and preferences move an outcome most. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Rank the facts and preferences that move an outcome most: one-at-a-time effects, and variance-based first-order "
                + "and total indices (Saltelli sampling; Saltelli 2010 and Jansen estimators) with bootstrap intervals, the share of "
                + "run-to-run noise and noise-free indices; or, with --method morris, Morris elementary effects for screening.",
            "Without --params, the inputs are the facts the scenario draws from ranges."})
final class SensitivityCommand implements Callable<Integer> {
    /** How the ranking is printed; {@code none} prints nothing but where the files went (on standard error), as a shard's task wants. */
    enum Format {
        table, json, none
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Execution execution;

    @Mixin
    Changes sets;

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

    @Option(names = "--second-order", description = "Also estimate each pair of inputs' second-order index (Saltelli 2002), at N\u00b7(2k+2) "
            + "points instead of N\u00b7(k+2).")
    boolean second;

    @Option(names = "--runs", defaultValue = "16", description = "Runs at each of those points (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--oat-runs", defaultValue = "400", description = "Runs at each one-at-a-time point (default: ${DEFAULT-VALUE}).")
    int oatRuns;

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--spread", defaultValue = "0.2", description = "The range of an input given without one: value \u00b1 this share (default: ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--format", defaultValue = "table", description = "table, json or none (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write sensitivity.csv, sensitivity.json, sensitivity.png (morris.csv, morris.json, "
            + "morris.png with --method morris) and manifest.json into DIR.")
    Path out;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only the K-th of N disjoint slices of the analysis's runs into --out DIR "
            + "(combine them with 'casus merge').")
    String shard;

    @Override
    public Integer call() {
        Prepared p = prepare();
        long total = total(p);
        Slice slice = shard == null ? Slice.whole(total) : Slice.parseShard(shard, total);
        if (shard != null && out == null) {
            throw new BadInputException("--shard needs --out DIR, where the shard's runs are written");
        }
        Manifest manifest = out == null ? null : Manifest.of(manifest(p), Coverage.of(slice));
        try (Interruption stop = Interruption.watch();
                SensitivityOutput output = out == null ? null : SensitivityOutput.start(out, manifest, slice, SensitivityRuns.header(p.studies().get(0)))) {
            long start = System.nanoTime();
            Ran ran = run(p, slice, output, stop);
            double runsPerSecond = (ran.end() - slice.from()) / Math.max((System.nanoTime() - start) / 1e9, 1e-9);
            if (ran.end() < slice.to()) {
                return interrupted(output, slice, ran.end());
            }
            return report(p, manifest, output, ran.live(), slice, total, runsPerSecond);
        }
    }

    /**
     * How many runs the analysis the options describe has, counted over its designs, as
     * {@code --shard} splits them.
     *
     * @throws BadInputException, or the engine's own exceptions, for options that do not make one
     */
    long totalRuns() {
        return total(prepare());
    }

    private static long total(Prepared p) {
        return SensitivityRuns.offsets(p.studies())[p.studies().size()];
    }

    /** The runs of a slice that were done, ending at {@code end}, and the measure summed per point as they came. */
    private record Ran(List<Replicates> live, long end) {
    }

    /** Ends a run stopped by a signal: what is done kept, and one line on how far it got. */
    private int interrupted(SensitivityOutput output, Slice slice, long end) {
        String far = String.format(Locale.ROOT, "casus: interrupted after %,d of the %,d runs asked for", end - slice.from(), slice.size());
        PrintWriter err = spec.commandLine().getErr();
        if (output == null) {
            err.println(far + "; nothing was written (no --out)");
        } else {
            output.interrupt();
            err.println(far + "; " + out + " holds them (an analysis is not resumed: run it again into a new directory, or merge what is "
                    + "done with 'casus merge --allow-partial')");
        }
        err.flush();
        return Interruption.STATUS;
    }

    /** Prints the analysis, and writes it into the output; a shard's output only says what it holds. */
    private int report(Prepared p, Manifest manifest, SensitivityOutput output, List<Replicates> live, Slice slice, long total, double runsPerSecond) {
        PrintWriter w = spec.commandLine().getOut();
        if (output != null) {
            output.runsDone();
        }
        if (!analysable(manifest)) {
            output.finish(List.of());
            if (format != Format.none) {
                w.println(String.format(Locale.ROOT, "%s: runs %s of the analysis's %,d, seed %d, %d thread%s, %,.0f runs/s", p.setting().id(),
                        manifest.coverage(), total, execution.seed(), execution.threads(), execution.threads() == 1 ? "" : "s", runsPerSecond));
            }
            PrintWriter notice = format == Format.none ? spec.commandLine().getErr() : w;
            notice.println("wrote " + out + ": " + Manifest.FILE + ", " + RunsCsv.FILE + " (partial: combine the shards with 'casus merge')");
            notice.flush();
            w.flush();
            return 0;
        }
        Analysed a = p.analyse().apply(out == null ? live : SensitivityRuns.read(out, p.designs(), p.replicates(), p.measure(), actors(p.setting())));
        if (format == Format.json) {
            JsonObject o = a.json().get();
            o.addProperty("threads", execution.threads());
            o.addProperty("runs_per_second", Math.round(runsPerSecond));
            w.println(Json.PRETTY.toJson(o));
        } else if (format == Format.table) {
            w.println(String.format(Locale.ROOT, "%,d runs (%s), seed %d, %d thread%s, %,.0f runs/s", total, p.layout(), execution.seed(), execution.threads(),
                    execution.threads() == 1 ? "" : "s", runsPerSecond));
            a.table().accept(w);
        }
        if (output != null) {
            List<Outputs.Entry> analysis = a.write().apply(out);
            output.finish(analysis);
            List<String> files = new ArrayList<>(List.of(Manifest.FILE, RunsCsv.FILE));
            analysis.forEach(e -> files.add(e.file()));
            PrintWriter notice = format == Format.table ? w : spec.commandLine().getErr();
            if (format == Format.table) {
                w.println();
                w.println("Every run is a row of " + RunsCsv.FILE + "; its seed and its point's values replay it, as for run 0 of "
                        + p.designs().get(p.designs().size() - 1) + " point 0:");
                w.println("    " + Shell.join(replay(p)));
                w.println();
            }
            notice.println("wrote " + out + ": " + String.join(", ", files));
            notice.flush();
        }
        w.flush();
        return 0;
    }

    /** Whether there is an analysis to make: no output, or one that holds every run. */
    private static boolean analysable(Manifest m) {
        return m == null || m.complete();
    }

    /**
     * Merges shards of one analysis (their manifests name it {@code sensitivity}), each checked as
     * {@link Merger} checks a batch study's: the rows joined in run order and, when every run is
     * in, the analysis made from them, exactly as the unsplit analysis writes it.
     */
    static Manifest merge(List<Path> sources, Path into, boolean partial, BooleanSupplier stopped) {
        return Merger.merge(sources, into, partial, stopped, (joined, stop) -> {
            List<String> words = joined.arguments();
            SensitivityCommand c = new SensitivityCommand();
            new CommandLine(c).parseArgs(words.subList(2, words.size()).toArray(String[]::new));
            c.out = into;
            Prepared p = c.prepare();
            List<Outputs.Entry> files = new ArrayList<>();
            files.add(Merger.rows(sources, into, SensitivityRuns.index(p.designs(), p.studies()), stop));
            if (joined.complete()) {
                files.addAll(p.analyse().apply(SensitivityRuns.read(into, p.designs(), p.replicates(), p.measure(), actors(p.setting()))).write()
                        .apply(into));
            }
            return files;
        });
    }

    /** The analysis before it runs: the scenario, the inputs, the studies to run and how their runs are analysed. */
    private record Prepared(Setting setting, List<FactChange> changes, Measure measure, List<Input> inputs, int samples, List<String> designs,
            List<Study> studies, String layout, Function<List<Study>, List<Replicates>> empty, Function<List<Replicates>, Analysed> analyse) {
        /** Empty replicates for the studies' runs, as the method's analysis wants them. */
        List<Replicates> replicates() {
            return empty.apply(studies);
        }
    }

    /** An analysis made: how it prints and what it writes. */
    private record Analysed(Supplier<JsonObject> json, Consumer<PrintWriter> table, Function<Path, List<Outputs.Entry>> write) {
    }

    private Prepared prepare() {
        if (!(spread > 0 && spread <= 1)) {
            throw new BadInputException("--spread must be in (0, 1], got " + spread);
        }
        List<FactChange> changes = sets.list();
        Setting setting = Changes.apply(Scenarios.load(scenario), changes);
        Measure measure = Measure.parse(outcome, setting);
        List<Input> inputs = Input.resolve(setting, params, spread);
        int k = inputs.size();
        if (method == Method.morris && second) {
            throw new BadInputException("--second-order goes with --method sobol");
        }
        if (method == Method.morris) {
            int n = samples != null ? samples : MORRIS_TRAJECTORIES;
            Screening.Plan plan = new Screening.Plan(n, levels, runs, bootstrap);
            return new Prepared(setting, changes, measure, inputs, n, Screening.DESIGNS, Screening.studies(setting, inputs, plan, execution.seed()),
                    String.format(Locale.ROOT, "%d trajectories \u00d7 %d points \u00d7 %d runs, %d levels", n, k + 1, runs, levels),
                    Screening::replicates, r -> {
                        Screening.Result result = Screening.analyse(inputs, measure, plan, execution.seed(), r);
                        return new Analysed(() -> MorrisFiles.json(setting, result), w -> MorrisFiles.table(w, setting, result),
                                dir -> MorrisFiles.write(dir, setting, result));
                    });
        }
        int n = samples != null ? samples : SALTELLI_SAMPLES;
        if (second && k < 2) {
            throw new BadInputException("--second-order needs at least two inputs, got " + k);
        }
        Sensitivity.Plan plan = new Sensitivity.Plan(n, runs, oatRuns, bootstrap, sampling == Sampling.sobol ? Saltelli.Points.SOBOL
                : Saltelli.Points.RANDOM, second);
        return new Prepared(setting, changes, measure, inputs, n, Sensitivity.DESIGNS, Sensitivity.studies(setting, inputs, plan, execution.seed()),
                String.format(Locale.ROOT, "%d samples \u00d7 %d points \u00d7 %d runs, %d one-at-a-time points \u00d7 %d runs", n, Saltelli.perRow(k, second), runs,
                        1 + 2 * k, oatRuns), Sensitivity::replicates, r -> {
                            Sensitivity.Result result = Sensitivity.analyse(inputs, measure, plan, execution.seed(), r);
                            return new Analysed(() -> SensitivityFiles.json(setting, result), w -> SensitivityFiles.table(w, setting, result),
                                    dir -> SensitivityFiles.write(dir, setting, result));
                        });
    }

    /**
     * Runs the runs of {@code slice}, counted over the studies in order; writes their rows into
     * the output's {@code runs.csv}, and sums the measure per point as they come. Stops at the next
     * block once {@code stop} is requested.
     */
    private Ran run(Prepared p, Slice slice, SensitivityOutput output, Interruption stop) {
        long[] offsets = SensitivityRuns.offsets(p.studies());
        List<String> actors = actors(p.setting());
        List<Replicates> live = p.replicates();
        long end = slice.from();
        try (Workers workers = execution.workers(); Progress progress = Progress.start(spec.commandLine().getErr(), slice.size())) {
            for (int d = 0; d < p.studies().size() && end < slice.to(); d++) {
                Study study = p.studies().get(d);
                Replicates r = live.get(d);
                long offset = offsets[d];
                long from = Math.max(slice.from(), offset) - offset;
                long to = Math.min(slice.to(), offsets[d + 1]) - offset;
                if (from >= to) {
                    continue;
                }
                long ended = StudyRunner.run(study, new Slice(from, to), workers.executor(), 4 * execution.threads(), output == null ? null
                        : SensitivityRuns.encoder(p.designs().get(d), study, actors), new StudyListener() {
                            @Override
                            public void block(Block b) {
                                for (int i = 0; i < b.size(); i++) {
                                    r.add(b.point(), b.run(i), p.measure().of(b, i));
                                }
                                if (output != null) {
                                    output.rows(b.text(), offset + b.index(b.size() - 1) + 1);
                                }
                                progress.advance(b.size());
                            }

                            @Override
                            public void pointDone(int point, Tally tally) {
                            }

                            @Override
                            public boolean stopped() {
                                return stop.requested();
                            }
                        });
                end = offset + ended;
                if (ended < to) {
                    break;
                }
            }
        }
        return new Ran(live, end);
    }

    private JsonObject manifest(Prepared p) {
        List<String> words = words(p.changes(), p.inputs(), p.samples());
        JsonObject o = SensitivityFiles.manifest(new Manifest.Build(Version.current(), Version.commit(), Version.dirty()), Shell.join(words), words,
                scenario, Scenarios.sources(scenario).files(), p.setting(), p.changes(), execution.seed());
        o.addProperty(Manifest.ANALYSIS, "sensitivity");
        o.addProperty("method", method.name());
        JsonArray designs = new JsonArray();
        for (int d = 0; d < p.studies().size(); d++) {
            JsonObject x = new JsonObject();
            x.addProperty("design", p.designs().get(d));
            x.addProperty("points", p.studies().get(d).design().size());
            x.addProperty("runs_per_point", p.studies().get(d).runs());
            designs.add(x);
        }
        o.add("designs", designs);
        o.addProperty("total_runs", SensitivityRuns.offsets(p.studies())[p.studies().size()]);
        JsonArray actors = new JsonArray();
        actors(p.setting()).forEach(actors::add);
        o.add("actors", actors);
        return o;
    }

    /** The command that replays run 0 of point 0 of the last study. */
    private List<String> replay(Prepared p) {
        Study study = p.studies().get(p.studies().size() - 1);
        List<String> w = new ArrayList<>(List.of("casus", "run", "--scenario", scenario, "--seed", Long.toString(study.seedOf(0))));
        for (FactChange c : p.changes()) {
            w.add("--set");
            w.add(c.toString());
        }
        double[] values = study.design().point(0);
        for (int i = 0; i < values.length; i++) {
            w.add("--set");
            w.add(p.inputs().get(i).path() + "=" + Num.format(values[i]));
        }
        return w;
    }

    private static List<String> actors(Setting s) {
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < s.actorCount(); a++) {
            ids.add(s.actorId(a));
        }
        return ids;
    }

    /** The command that repeats the analysis: what changes results, nothing that does not (threads, output, format). */
    private List<String> words(List<FactChange> changes, List<Input> inputs, int n) {
        List<String> w = new ArrayList<>(List.of("casus", "sensitivity", "--scenario", scenario, "--outcome", outcome, "--method", method.name()));
        for (Input in : inputs) {
            w.add("--params");
            w.add(in.path() + "=" + Num.format(in.low()) + ":" + Num.format(in.high()));
        }
        w.addAll(List.of("--samples", Integer.toString(n), "--runs", Integer.toString(runs)));
        if (method == Method.morris) {
            w.addAll(List.of("--levels", Integer.toString(levels)));
        } else {
            w.addAll(List.of("--sampling", sampling.name(), "--oat-runs", Integer.toString(oatRuns)));
            if (second) {
                w.add("--second-order");
            }
        }
        w.addAll(List.of("--bootstrap", Integer.toString(bootstrap), "--seed", Long.toString(execution.seed())));
        for (FactChange c : changes) {
            w.add("--set");
            w.add(c.toString());
        }
        return w;
    }
}
