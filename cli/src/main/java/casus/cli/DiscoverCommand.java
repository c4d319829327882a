package casus.cli;

import casus.engine.discovery.Prim;
import casus.studies.Discovery;
import casus.studies.Json;
import casus.studies.Manifest;
import casus.studies.PartFile;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casus discover}: under which inputs an outcome occurs, by PRIM over a study's runs. */
@Command(name = "discover", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scenario discovery: find the boxes of inputs (the study's swept or sampled factors and the facts its runs drew) "
                + "inside which an outcome occurs, by PRIM (patient rule induction) over the study's runs.csv.",
            "Prints each box's coverage, density and mass, its restriction of each input with a quasi-p-value, and the flags of a "
                    + "study inside it; writes the boxes as JSON and the peeling trajectory as a PNG."})
final class DiscoverCommand implements Callable<Integer> {
    /** How the boxes are printed. */
    enum Format {
        table, json
    }

    /** Runs a point in the printed study inside a box, when the study's own count is not known (a sensitivity analysis). */
    static final int DEFAULT_RUNS = 16;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--study", required = true, paramLabel = "DIR", description = "A study's directory (casus batch --out DIR), with its runs.csv.")
    Path study;

    @Option(names = "--outcome", required = true, paramLabel = "NAME[=VALUE]",
            description = "The runs of interest: a flag (NAME, or NAME=0), ceasefire_broker=ID, or a metric with a condition (casualties>200; "
                    + "also <, <=, >=, =).")
    String outcome;

    @Option(names = "--threshold", defaultValue = "0.8", paramLabel = "P",
            description = "The density a box must reach: the share of its runs that are of interest (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--boxes", defaultValue = "" + Prim.Options.MAX_BOXES, paramLabel = "B",
            description = "The most boxes to find, each among the runs the earlier ones leave (default: ${DEFAULT-VALUE}).")
    int boxes;

    @Option(names = "--peel", defaultValue = "" + Prim.Options.ALPHA, paramLabel = "ALPHA",
            description = "The share of a box's runs each step peels off (default: ${DEFAULT-VALUE}).")
    double peel;

    @Option(names = "--min-mass", defaultValue = "" + Prim.Options.MIN_MASS, paramLabel = "M",
            description = "The least share of all runs a box may hold (default: ${DEFAULT-VALUE}).")
    double minMass;

    @Option(names = "--samples", defaultValue = "64", paramLabel = "N", description = "Points of the study inside a box that the printed flags run "
            + "(default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write prim_OUTCOME.json and prim_OUTCOME.png (default: the study's "
            + "discover/ folder).")
    Path out;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(study.resolve(Manifest.FILE))) {
            throw new BadInputException("--study " + study + " is not a study's directory: it has no " + Manifest.FILE);
        }
        if (samples < 1) {
            throw new BadInputException("--samples must be at least 1, got " + samples);
        }
        Prim.Options options;
        try {
            options = new Prim.Options(peel, minMass, threshold, boxes);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage().replace("the peeling share", "--peel").replace("the least mass", "--min-mass"));
        }
        Manifest m = Manifest.read(study);
        Discovery.Condition condition = Discovery.Condition.parse(outcome);
        Discovery.Runs runs = Discovery.read(study, condition);
        Prim.Result result = Prim.run(runs.x(), runs.y(), options);
        if (result.hits() == 0) {
            throw new BadInputException("--outcome " + outcome + " holds in none of the study's " + result.runs() + " runs: nothing to discover");
        }
        int runsPerPoint = m.analysis() == null ? m.runsPerPoint() : DEFAULT_RUNS;
        Path dir = out != null ? out : study.resolve("discover");
        JsonObject json = Discovery.json(m, condition, runs, result, options, runsPerPoint, samples);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + dir, e);
        }
        PartFile.text(dir, Discovery.name(condition, "json"), Json.PRETTY.toJson(json) + "\n");
        Discovery.plot(dir.resolve(Discovery.name(condition, "png")), m, condition, result, threshold);
        PrintWriter w = spec.commandLine().getOut();
        if (format == Format.json) {
            w.println(Json.PRETTY.toJson(json));
        } else {
            Discovery.table(w, study, m, condition, runs, result, threshold, runsPerPoint, samples);
            w.println();
            w.println("wrote " + dir + ": " + Discovery.name(condition, "json") + ", " + Discovery.name(condition, "png"));
        }
        w.flush();
        return 0;
    }
}
