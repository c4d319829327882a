package casus.cli;

import casus.engine.calibrate.Calibration;
import casus.engine.calibrate.Evaluation;
import casus.engine.calibrate.Knob;
import casus.engine.calibrate.Knobs;
import casus.engine.calibrate.Plan;
import casus.engine.calibrate.Result;
import casus.engine.calibrate.Target;
import casus.engine.model.Expectation;
import casus.engine.model.Sample;
import casus.engine.model.Setting;
import casus.engine.scenario.LibraryText;
import casus.engine.scenario.ScenarioSources;
import casus.engine.scenario.Scenarios;
import casus.engine.scenario.Source;
import casus.engine.validate.Case;
import casus.engine.validate.Runner;
import casus.engine.validate.Validation;
import casus.studies.CalibrationFiles;
import casus.studies.Manifest;
import casus.studies.OutputDirectory;
import casus.studies.Outputs;
import casus.studies.ScoredExpectations;
import casus.studies.Shell;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code casus calibrate}: fits preferences of the actor library and constants of the model to the
 * recorded outcomes of the in-sample cases, scores the fit on the out-of-sample cases, and, with
 * {@code --cross-validate}, predicts each in-sample case from a fit without it.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fit preferences (preferences.A.TERM) and model constants (model.NAME) to the expected outcomes validation scores in the "
                + "in-sample cases: CMA-ES on the smoothed log-likelihood, every evaluation on the same seeded runs.",
            "Out-of-sample cases are never fitted; they are scored with the hand-set and the fitted values. --cross-validate leaves each "
                + "in-sample case out in turn and predicts it.",
            "DIR gets the fitted library (actors.txtpb, model.txtpb), report.md, evaluations.csv, plots/ and manifest.json."})
final class CalibrateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Execution execution;

    @Option(names = Knobs.FLAG, required = true, arity = "1..*", paramLabel = "PATH[=FROM:TO]",
            description = "The preferences and constants to fit, each over FROM:TO or, without one, the range casus params gives.")
    List<String> params = new ArrayList<>();

    @Option(names = "--cases", arity = "1..*", paramLabel = "NAME|PATH",
            description = "The cases: in-sample ones are fitted, out-of-sample ones scored apart (default: every bundled case).")
    List<String> cases = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "100", description = "Runs of each case at every evaluation (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--evaluations", defaultValue = "600", paramLabel = "N",
            description = "Evaluations each fit may spend: the fit on every case and, with --cross-validate, each fold's (default: ${DEFAULT-VALUE}).")
    int evaluations;

    @Option(names = "--points", defaultValue = "7", paramLabel = "N",
            description = "Bins of each parameter's profile and points of its slice through the fit (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--cross-validate", description = "Also fit once without each in-sample case and predict it.")
    boolean crossValidate;

    @Option(names = "--validate-runs", defaultValue = "2000", paramLabel = "N",
            description = "Runs with which the expectations are classed as validate classes them (default: ${DEFAULT-VALUE}, validate's).")
    int validateRuns;

    @Option(names = "--scored", paramLabel = "FILE",
            description = "The expectations to fit and score, from casus validate --json or a calibration's classes.json, instead of classing them afresh.")
    Path scored;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty directory for what the calibration writes.")
    Path out;

    @Override
    public Integer call() {
        Plan plan = new Plan(runs, evaluations, points, crossValidate, execution.seed());
        if (validateRuns < 1) {
            throw new BadInputException("--validate-runs must be at least 1, got " + validateRuns);
        }
        List<String> names = cases.isEmpty() ? Scenarios.bundled() : cases;
        List<ScenarioSources> sources = new ArrayList<>();
        List<Setting> settings = new ArrayList<>();
        for (String name : names) {
            ScenarioSources s = Scenarios.sources(name);
            if (!sources.isEmpty() && !sameLibrary(sources.get(0), s)) {
                throw new BadInputException("--cases: " + name + " is judged with another actor library or model than " + names.get(0)
                        + "; a calibration fits one library");
            }
            sources.add(s);
            settings.add(s.compile());
        }
        List<Setting> inSample = settings.stream().filter(s -> s.sample() == Sample.IN_SAMPLE).toList();
        if (inSample.isEmpty()) {
            throw new BadInputException("--cases: none of " + String.join(", ", names) + " is in sample; out-of-sample cases are never fitted");
        }
        Set<String> library = LibraryText.actors(sources.get(0).library());
        List<Knob> knobs = Knobs.resolve(params, inSample, library::contains);
        List<ScoredExpectations.Entry> given = scored == null ? null : given(settings);
        OutputDirectory.prepare(out);

        PrintWriter err = spec.commandLine().getErr();
        Result result;
        List<Outputs.Entry> earlier = new ArrayList<>();
        long start = System.nanoTime();
        double classing;
        try (Workers workers = execution.workers()) {
            Runner runner = Runner.batches(execution.seed(), workers.executor());
            List<ScoredExpectations.Entry> entries = given;
            if (entries == null) {
                List<Case> classed = Validation.classify(settings, validateRuns, runner, System::nanoTime);
                earlier.add(ScoredExpectations.write(out, classed));
                entries = classed.stream().map(c -> new ScoredExpectations.Entry(c.scenario(), c.outcome(), c.observed(), c.scored())).toList();
            }
            classing = (System.nanoTime() - start) / 1e9;
            List<Target> fitting = targets(inSample, entries);
            List<Target> apart = targets(settings.stream().filter(s -> s.sample() == Sample.OUT_OF_SAMPLE).toList(), entries);
            long planned = Calibration.plannedRuns(plan, knobs.size(), fitting.size(), apart.size());
            try (Progress progress = Progress.start(err, planned)) {
                result = Calibration.run(fitting, apart, knobs, plan, runner, e -> progress.advance(runsOf(e)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CalibrationFiles.Timing timing = new CalibrationFiles.Timing(classing, seconds - classing, execution.threads());
        ScenarioSources first = sources.get(0);
        String why = "fitted by casus calibrate to " + String.join(", ", result.fitted()) + ", seed " + execution.seed() + ", " + runs + " runs";
        String actors = LibraryText.withWeights(first.library(), weights(result), why);
        String model = LibraryText.withConstants(first.model(), constants(result), why);
        List<String> words = words(names);
        CalibrationFiles.write(out, result, actors, model, manifest(words, names, sources), earlier);
        PrintWriter w = spec.commandLine().getOut();
        CalibrationFiles.summary(w, result, timing);
        List<String> files = new ArrayList<>(CalibrationFiles.FILES);
        if (scored == null) {
            files.add(ScoredExpectations.FILE);
        }
        w.println("wrote " + out + ": " + String.join(", ", files));
        w.flush();
        return 0;
    }

    private long runsOf(Evaluation e) {
        return (long) runs * e.caseObjective().length;
    }

    private static boolean sameLibrary(ScenarioSources a, ScenarioSources b) {
        return a.library().text().equals(b.library().text()) && a.model().text().equals(b.model().text());
    }

    /** The expectations the file given with --scored lists, checked against the cases. */
    private List<ScoredExpectations.Entry> given(List<Setting> settings) {
        List<ScoredExpectations.Entry> entries = ScoredExpectations.read(scored, "--scored");
        for (Setting s : settings) {
            if (entries.stream().noneMatch(e -> e.scenario().equals(s.id()))) {
                throw new BadInputException("--scored: " + scored + " does not class the expectations of " + s.id());
            }
        }
        for (ScoredExpectations.Entry e : entries) {
            Setting s = settings.stream().filter(x -> x.id().equals(e.scenario())).findFirst().orElse(null);
            if (s != null && s.expectations().stream().noneMatch(x -> x.outcome().equals(e.outcome()) && x.observed().equals(e.observed()))) {
                throw new BadInputException("--scored: " + scored + " scores " + e.outcome() + "=" + e.observed() + " in " + s.id() + ", which that case does not expect");
            }
        }
        return entries;
    }

    /** Each setting with the expectations validation scores in it; a setting with none is left out. */
    private static List<Target> targets(List<Setting> settings, List<ScoredExpectations.Entry> entries) {
        List<Target> out = new ArrayList<>();
        for (Setting s : settings) {
            List<Expectation> scored = entries.stream().filter(c -> c.scenario().equals(s.id()) && c.scored())
                    .map(c -> new Expectation(c.outcome(), c.observed(), "")).toList();
            if (!scored.isEmpty()) {
                out.add(new Target(s, scored));
            }
        }
        return out;
    }

    private static Map<String, Map<String, Double>> weights(Result r) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (int k = 0; k < r.knobs().size(); k++) {
            String[] parts = r.knobs().get(k).path().split("\\.");
            if (parts[0].equals("preferences")) {
                out.computeIfAbsent(parts[1], a -> new LinkedHashMap<>()).put(parts[2], r.best().value(k));
            }
        }
        return out;
    }

    private static Map<String, Double> constants(Result r) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < r.knobs().size(); k++) {
            String path = r.knobs().get(k).path();
            if (path.startsWith(ParamsCommand.MODEL_PREFIX)) {
                out.put(path.substring(ParamsCommand.MODEL_PREFIX.length()), r.best().value(k));
            }
        }
        return out;
    }

    private CalibrationFiles.Facts manifest(List<String> words, List<String> names, List<ScenarioSources> sources) {
        return new CalibrationFiles.Facts(new Manifest.Build(Version.current(), Version.commit(), Version.dirty()), Shell.join(words), words, names,
                sources, scored == null ? List.of() : List.of(Source.file(scored)));
    }

    private List<String> words(List<String> names) {
        List<String> w = new ArrayList<>(List.of("casus", "calibrate", Knobs.FLAG));
        w.addAll(params);
        w.add("--cases");
        w.addAll(names);
        w.addAll(List.of("--runs", Integer.toString(runs), "--evaluations", Integer.toString(evaluations), "--points", Integer.toString(points),
                "--seed", Long.toString(execution.seed())));
        if (scored == null) {
            w.addAll(List.of("--validate-runs", Integer.toString(validateRuns)));
        } else {
            w.addAll(List.of("--scored", scored.toString()));
        }
        if (crossValidate) {
            w.add("--cross-validate");
        }
        w.addAll(List.of("--out", out.toString()));
        return w;
    }
}
