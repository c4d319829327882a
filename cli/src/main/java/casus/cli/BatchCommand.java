package casus.cli;

import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import casus.engine.study.Design;
import casus.engine.study.Sample;
import casus.engine.study.Slice;
import casus.engine.study.Streams;
import casus.engine.study.Study;
import casus.engine.study.Sweep;
import casus.server.journal.RecordedGame;
import casus.studies.Coverage;
import casus.studies.Manifest;
import casus.studies.Outcomes;
import casus.studies.Shell;
import casus.studies.StudyOutput;
import casus.studies.SummaryCsv;
import casus.studies.SummaryJson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code casus batch}: many seeded runs, summarised; sweeps and samples of facts and preferences; a study's files. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario many times and summarise the outcomes.",
            "With --set, --sweep and --sample, change its facts and preferences by path (see 'casus params'); with --out, write a "
                    + "study's files: runs.csv, summary.csv, summary.json, plots, manifest.json and report.md."})
final class BatchCommand implements Callable<Integer> {
    /** How the summary is printed; {@code none} prints nothing but where the files went (on standard error). */
    enum Format {
        table, json, csv, none
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Execution execution;

    @Mixin
    Changes sets;

    @Option(names = "--scenario", description = "A bundled scenario's name or a scenario file.")
    String scenario;

    @Option(names = "--journal", paramLabel = "FILE", description = "Instead of a scenario, a recorded session's journal (or its directory): "
            + "each run continues the game from --from-tick with agents for every state.")
    Path journal;

    @Option(names = "--from-tick", paramLabel = "K", description = "With --journal, the tick the continuations start from: the game's first K days are played as recorded.")
    Integer fromTick;

    @Option(names = "--runs", description = "How many runs (at each parameter point).")
    Integer runs;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or none (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--sweep", paramLabel = "PATH=FROM:TO:STEP", description = "Step a parameter over a grid; several give their cross product.")
    List<String> sweeps = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "PATH=FROM:TO", description = "Sample a parameter over a range by Latin hypercube (with --samples).")
    List<String> samples = new ArrayList<>();

    @Option(names = "--samples", paramLabel = "N", description = "Points of the Latin hypercube (or Sobol' sequence) over the --sample ranges.")
    Integer sampleCount;

    /** How --sample places its points. */
    enum Sampling {
        latin, sobol
    }

    @Option(names = "--sampling", defaultValue = "latin", paramLabel = "HOW",
            description = "How --sample places its points: latin (Latin hypercube) or sobol (a digitally shifted Sobol' sequence) (default: ${DEFAULT-VALUE}).")
    Sampling sampling;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the study's files into DIR (new or empty).")
    Path out;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only the K-th of N disjoint slices of the study's runs (combine them with 'casus merge').")
    String shard;

    @Option(names = "--trajectories", paramLabel = "all|N", description = "Also record the daily indicators of every run (all) or of the first "
            + "N runs at each point into trajectories.csv.gz, and plot their envelopes; needs --out.")
    String trajectories;

    @Option(names = "--no-runs-csv", description = "Leave out runs.csv, one row per run (for very large studies).")
    boolean noRows;

    @Option(names = "--resume", paramLabel = "DIR", description = "Carry on the study in DIR, stopped by Ctrl-C or SIGTERM or killed: the "
            + "study is the one its manifest records; only --threads and --format may be given with it.")
    Path resume;

    /** What a study is: its runs, the slice of them this command does, and its manifest. */
    record Plan(Study study, Slice slice, Manifest manifest) {
    }

    @Override
    public Integer call() {
        if (resume != null) {
            return resume();
        }
        if (runs == null) {
            throw new BadInputException("--runs is needed: how many runs at each parameter point");
        }
        if (journal != null) {
            return continuations();
        }
        if (trajectories != null && out == null) {
            throw new BadInputException("--trajectories needs --out DIR, where trajectories.csv.gz is written");
        }
        Plan plan = plan();
        try (Interruption stop = Interruption.watch()) {
            StudyOutput output = out == null ? null : StudyOutput.start(out, plan.manifest(), plan.study(), plan.slice());
            return execute(plan, output, plan.slice(), stop);
        }
    }

    /**
     * The study the options describe.
     *
     * @throws BadInputException, or the engine's own exceptions, for options that do not make one
     */
    Plan plan() {
        if (runs < 1) {
            throw new BadInputException("--runs must be at least 1, got " + runs);
        }
        execution.threads();
        if ((scenario == null) == (journal == null)) {
            throw new BadInputException("give either --scenario or --journal");
        }
        if (journal != null) {
            throw new BadInputException("a study of a recorded game (--journal) cannot be split");
        }
        if (fromTick != null) {
            throw new BadInputException("--from-tick goes with --journal");
        }
        List<FactChange> changes = sets.list();
        Setting base = Changes.apply(Scenarios.load(scenario), changes);
        List<Sweep> sweepList = sweeps.stream().map(Sweep::parse).toList();
        List<Sample> sampleList = samples.stream().map(Sample::parse).toList();
        refuseTwice(changes, sweepList, sampleList);
        Study study = new Study(base, design(base, sweepList, sampleList), runs, execution.seed());
        if (trajectories != null) {
            study = study.withTrajectories(trajectoryRuns());
        }
        Slice slice = shard == null ? Slice.whole(study.totalRuns()) : Slice.parseShard(shard, study.totalRuns());
        List<String> words = words(changes, sweepList, sampleList);
        Manifest manifest = Manifest.of(new Manifest.Facts(new Manifest.Build(Version.current(), Version.commit(), Version.dirty()),
                Shell.join(words), words, scenario, Scenarios.sources(scenario).files(), study, changes, sweepList, sampleList,
                sampleCount == null ? 0 : sampleCount, !noRows, sampling == Sampling.sobol), Coverage.of(slice));
        return new Plan(study, slice, manifest);
    }

    /** Runs the slice into the output (none without --out), then prints the summary, or one line when interrupted. */
    private int execute(Plan plan, StudyOutput output, Slice slice, Interruption stop) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StudyExecution done = StudyExecution.run(plan.study(), slice, execution.threads(), err, output, b -> { }, stop)) {
            if (done.interrupted()) {
                err.println(stopped(plan.slice(), done.done(), this.out));
                err.flush();
                return Interruption.STATUS;
            }
            print(out, plan.manifest(), plan.study(), done);
            if (this.out != null) {
                done.tellWritten(out, err, format == Format.table, this.out);
            }
            out.flush();
            return 0;
        }
    }

    /** The line an interrupted study ends with: how far it got, and how to go on. */
    static String stopped(Slice planned, long done, Path dir) {
        String far = String.format(java.util.Locale.ROOT, "casus: interrupted after %,d of the %,d runs asked for", done - planned.from(), planned.size());
        return dir == null ? far + "; nothing was written (no --out)" : far + "; " + dir + " holds them: continue with 'casus batch --resume "
                + Shell.quote(dir.toString()) + "'";
    }

    /** {@code --resume DIR}: the study its manifest records, carried on from where it stopped. */
    private int resume() {
        for (CommandLine.Model.OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
            if (!List.of("--resume", "--threads", "--format").contains(o.longestName())) {
                throw new BadInputException("--resume DIR takes the study from DIR's manifest: give only --threads and --format with it, not "
                        + o.longestName());
            }
        }
        Manifest stored = Manifest.read(resume);
        if (stored.state() == Manifest.State.FINISHED) {
            spec.commandLine().getOut().println(resume + " is finished: nothing to resume");
            spec.commandLine().getOut().flush();
            return 0;
        }
        BatchCommand again = recorded(stored);
        again.spec = spec;
        again.execution.threads = execution.threads;
        again.format = format;
        again.out = resume;
        if (again.journal != null) {
            throw new BadInputException(resume + " holds continuations of a recorded game, which place the game among all their runs: they "
                    + "cannot be resumed; run the study again into a new directory");
        }
        Plan plan = again.plan();
        plan = new Plan(plan.study(), stored.planned(), plan.manifest().with(Coverage.of(stored.planned())));
        try (Interruption stop = Interruption.watch()) {
            StudyOutput output = StudyOutput.resume(resume, plan.manifest(), plan.study());
            return again.execute(plan, output, output.remaining(), stop);
        }
    }

    /** The command a manifest records, read as this build reads it. */
    private BatchCommand recorded(Manifest stored) {
        List<String> words = stored.arguments();
        if (words.size() < 2 || !words.get(1).equals("batch")) {
            throw new BadInputException(resume + " holds a study of 'casus " + (words.size() < 2 ? "?" : words.get(1)) + "', not of casus batch");
        }
        BatchCommand again = new BatchCommand();
        try {
            new CommandLine(again).parseArgs(words.subList(2, words.size()).toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new BadInputException(resume + " records a command this build cannot read (" + e.getMessage() + ")");
        }
        return again;
    }

    /** Continuations of a recorded game: facts and design are the game's, so only the seed, runs and threads vary. */
    private int continuations() {
        if (fromTick == null) {
            throw new BadInputException("--journal needs --from-tick K, the tick the continuations start from");
        }
        if (!sets.none() || !sweeps.isEmpty() || !samples.isEmpty() || sampleCount != null || shard != null || noRows || trajectories != null) {
            throw new BadInputException("--journal takes the game's facts as they were: --set, --sweep, --sample, --shard and --trajectories go with "
                    + "--scenario");
        }
        if (format == Format.csv) {
            throw new BadInputException("--journal prints a table or json");
        }
        if (runs < 1) {
            throw new BadInputException("--runs must be at least 1, got " + runs);
        }
        RecordedGame game = Continuations.read(journal, fromTick);
        return Continuations.run(spec.commandLine().getOut(), spec.commandLine().getErr(), journal, game, Continuations.study(game, runs, execution.seed()),
                execution.threads(), format, out);
    }

    private int trajectoryRuns() {
        if (trajectories.equals("all")) {
            return runs;
        }
        try {
            int n = Integer.parseInt(trajectories.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("--trajectories takes 'all' or a number of runs of at least 1, got '" + trajectories + "'");
    }

    /** Rounds to six decimals, as the summaries print probabilities. */
    static double round(double v) {
        return SinglePointSummary.round(v);
    }

    private Design design(Setting base, List<Sweep> sweepList, List<Sample> sampleList) {
        if (!sampleList.isEmpty() && sampleCount == null) {
            throw new BadInputException("--sample needs --samples N, the number of points to draw");
        }
        if (sampleList.isEmpty() && sampling != Sampling.latin) {
            throw new BadInputException("--sampling " + sampling + " needs at least one --sample PATH=FROM:TO");
        }
        if (sampleList.isEmpty() && sampleCount != null) {
            throw new BadInputException("--samples " + sampleCount + " needs at least one --sample PATH=FROM:TO");
        }
        if (sampleCount != null && sampleCount < 1) {
            throw new BadInputException("--samples must be at least 1, got " + sampleCount);
        }
        Design grid = sweepList.isEmpty() ? Design.single() : Design.grid(base, sweepList);
        if (sampleList.isEmpty()) {
            return grid;
        }
        return Design.cross(grid, sampling == Sampling.sobol ? Design.sobol(base, sampleList, sampleCount, Streams.design(execution.seed()))
                : Design.latin(base, sampleList, sampleCount, Streams.design(execution.seed())));
    }

    private static void refuseTwice(List<FactChange> changes, List<Sweep> sweepList, List<Sample> sampleList) {
        Set<String> seen = new HashSet<>();
        List<String> paths = new ArrayList<>();
        changes.forEach(c -> paths.add(c.path()));
        sweepList.forEach(s -> paths.add(s.path()));
        sampleList.forEach(s -> paths.add(s.path()));
        for (String p : paths) {
            if (!seen.add(p)) {
                throw new BadInputException(p + " is set, swept or sampled more than once");
            }
        }
    }

    /** The command that repeats the whole study: what changes results, nothing that does not (threads, output, shard). */
    private List<String> words(List<FactChange> changes, List<Sweep> sweepList, List<Sample> sampleList) {
        List<String> w = new ArrayList<>(List.of("casus", "batch", "--scenario", scenario, "--runs", Integer.toString(runs), "--seed",
                Long.toString(execution.seed())));
        for (FactChange c : changes) {
            w.add("--set");
            w.add(c.path() + "=" + c.value());
        }
        for (Sweep s : sweepList) {
            w.add("--sweep");
            w.add(s.toString());
        }
        for (Sample s : sampleList) {
            w.add("--sample");
            w.add(s.toString());
        }
        if (sampleCount != null) {
            w.add("--samples");
            w.add(Integer.toString(sampleCount));
        }
        if (sampling == Sampling.sobol) {
            w.add("--sampling");
            w.add("sobol");
        }
        if (noRows) {
            w.add("--no-runs-csv");
        }
        if (trajectories != null) {
            w.add("--trajectories");
            w.add(trajectories);
        }
        return w;
    }

    private void print(PrintWriter out, Manifest manifest, Study study, StudyExecution done) {
        List<String> actors = manifest.actors();
        double runsPerSecond = done.runsPerSecond();
        if (format == Format.none) {
            return;
        }
        if (done.single() != null && format != Format.csv) {
            if (format == Format.json) {
                out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                        .toJson(SinglePointSummary.json(study.setting().id(), execution.seed(), execution.threads(), done.single(), actors, runsPerSecond)));
            } else {
                SinglePointSummary.table(out, study.setting().id(), execution.seed(), execution.threads(), done.single(), actors, runsPerSecond);
            }
            return;
        }
        List<Outcomes.Outcome> outcomes = done.outcomes(actors);
        switch (format) {
            case csv -> {
                out.print(SummaryCsv.header(manifest.factors(), outcomes));
                done.eachPoint(actors, p -> out.print(SummaryCsv.row(outcomes, p)));
            }
            case json -> {
                SummaryJson.Writer json = new SummaryJson.Writer(out, manifest, outcomes);
                done.eachPoint(actors, json::point);
                JsonObject tail = new JsonObject();
                tail.addProperty("threads", execution.threads());
                tail.addProperty("runs_per_second", Math.round(runsPerSecond));
                json.end(tail);
                out.println();
            }
            default -> {
                out.println(String.format(java.util.Locale.ROOT, "%s: %d points \u00d7 %d runs, seed %d, %d thread%s, %.0f runs/s%s",
                        study.setting().id(), study.design().size(), runs, execution.seed(), execution.threads(), execution.threads() == 1 ? "" : "s", runsPerSecond,
                        manifest.complete() ? "" : "; runs " + manifest.coverage() + " of " + study.totalRuns()));
                out.println();
                PointsTable table = new PointsTable(out, manifest.factors(), manifest.swept(), outcomes);
                done.eachPoint(actors, table::add);
                table.end();
            }
        }
    }
}
