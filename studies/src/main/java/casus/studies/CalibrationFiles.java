package casus.studies;

import casus.engine.calibrate.Evaluation;
import casus.engine.calibrate.Knob;
import casus.engine.calibrate.Profile;
import casus.engine.calibrate.Result;
import casus.engine.scenario.ScenarioSources;
import casus.engine.scenario.Source;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a calibration writes: the fitted library ({@value #LIBRARY}, with its constants in
 * {@value #MODEL}), {@value #REPORT}, {@value #CSV} (one row per evaluation), the plots and
 * {@value Manifest#FILE}. Nothing in them depends on the number of threads.
 */
public final class CalibrationFiles {
    public static final String LIBRARY = "actors.txtpb";
    public static final String MODEL = "model.txtpb";
    public static final String REPORT = "report.md";
    public static final String CSV = "evaluations.csv";
    public static final String PLOTS = Charts.DIR;
    /** The files and folders, in the order a listing names them. */
    public static final List<String> FILES = List.of(LIBRARY, MODEL, REPORT, CSV, PLOTS + "/", Manifest.FILE);

    /**
     * What the manifest says of the command and the files it read.
     *
     * @param others files read besides the cases', such as the classes of {@code --scored}
     */
    public record Facts(Manifest.Build build, String command, List<String> arguments, List<String> cases, List<ScenarioSources> sources,
            List<Source> others) {
    }

    /** How long the calibration took, for the summary on the terminal only. */
    public record Timing(double classingSeconds, double calibratingSeconds, int threads) {
    }

    private CalibrationFiles() {
    }

    /**
     * Writes the calibration's files in {@code dir}, each under a {@code .part} name renamed into
     * place when whole, and the manifest last, recording each file's rows, bytes and SHA-256
     * beside {@code earlier}, files the calibration wrote before (the classes it found).
     */
    public static void write(Path dir, Result r, String library, String model, Facts facts, List<Outputs.Entry> earlier) {
        List<Outputs.Entry> files = new ArrayList<>(earlier);
        files.add(PartFile.text(dir, LIBRARY, library));
        files.add(PartFile.text(dir, MODEL, model));
        files.add(PartFile.text(dir, REPORT, CalibrationReport.markdown(r)));
        StringWriter csv = new StringWriter();
        try (PrintWriter out = new PrintWriter(csv)) {
            csv(out, r);
        }
        files.add(PartFile.text(dir, CSV, csv.toString()));
        Path plots = dir.resolve(PLOTS);
        try {
            Files.createDirectories(plots);
        } catch (IOException e) {
            throw OutputDirectory.failed(plots, e);
        }
        files.addAll(CalibrationCharts.write(plots, r));
        JsonObject manifest = manifest(r, facts);
        manifest.addProperty("state", Manifest.State.FINISHED.key());
        manifest.add("outputs", Outputs.json(files));
        PartFile.text(dir, Manifest.FILE, Json.PRETTY.toJson(manifest) + "\n");
    }

    /** One row per evaluation: its number, phase, objective, each knob's value, each case's part of the objective. */
    static void csv(PrintWriter out, Result r) {
        StringBuilder head = new StringBuilder("evaluation,phase,objective");
        for (Knob k : r.knobs()) {
            head.append(',').append(k.path());
        }
        head.append(",cases");
        out.print(head + "\n");
        for (Evaluation e : r.evaluations()) {
            StringBuilder row = new StringBuilder().append(e.index()).append(',').append(e.phase()).append(',').append(Num.format(e.objective()));
            for (int k = 0; k < r.knobs().size(); k++) {
                row.append(',').append(Num.format(e.value(k)));
            }
            row.append(',');
            double[] byCase = e.caseObjective();
            for (int t = 0; t < byCase.length; t++) {
                row.append(t == 0 ? "" : " ").append(Num.format(byCase[t]));
            }
            out.print(row + "\n");
        }
    }

    static JsonObject manifest(Result r, Facts f) {
        JsonObject o = Manifest.header(f.build(), f.command(), f.arguments());
        o.add("cases", Manifest.strings(f.cases()));
        o.add("fitted", Manifest.strings(r.fitted()));
        o.add("out_of_sample", Manifest.strings(r.outOfSample()));
        Map<String, Source> read = new LinkedHashMap<>();
        f.sources().forEach(s -> s.files().forEach(src -> read.putIfAbsent(src.name(), src)));
        f.others().forEach(src -> read.putIfAbsent(src.name(), src));
        o.add("files", Manifest.files(List.copyOf(read.values())));
        o.addProperty("seed", r.plan().seed());
        o.addProperty("runs", r.plan().runs());
        o.addProperty("evaluations_per_fit", r.plan().evaluations());
        o.addProperty("points", r.plan().points());
        o.addProperty("cross_validate", r.plan().crossValidate());
        o.addProperty("evaluations_made", r.evaluations().size());
        JsonObject params = new JsonObject();
        for (int k = 0; k < r.knobs().size(); k++) {
            Knob knob = r.knobs().get(k);
            JsonObject p = new JsonObject();
            p.add("hand_set", Json.number(knob.start()));
            p.add("fitted", Json.number(r.best().value(k)));
            p.add("low", Json.number(knob.low()));
            p.add("high", Json.number(knob.high()));
            params.add(knob.path(), p);
        }
        o.add("parameters", params);
        return o;
    }

    /** What the terminal shows: the objective, each parameter before and after, and the scores. */
    public static void summary(PrintWriter w, Result r, Timing t) {
        long runs = 0;
        for (Evaluation e : r.evaluations()) {
            runs += (long) r.plan().runs() * e.caseObjective().length;
        }
        double seconds = t.calibratingSeconds();
        w.println(String.format(Locale.ROOT, "calibrated %d parameters on %s: %d evaluations, %,d runs in %.0f s (%.2f evaluations/s, %,.0f runs/s), "
                + "%d thread%s; classing the expectations took %.0f s", r.knobs().size(), String.join(", ", r.fitted()), r.evaluations().size(), runs,
                seconds, r.evaluations().size() / Math.max(seconds, 1e-9), runs / Math.max(seconds, 1e-9), t.threads(), t.threads() == 1 ? "" : "s",
                t.classingSeconds()));
        w.println(String.format(Locale.ROOT, "objective (smoothed negative log-likelihood): hand-set %.3f, fitted %.3f", r.handSet().objective(),
                r.best().objective()));
        w.println();
        int width = r.knobs().stream().mapToInt(k -> k.path().length()).max().orElse(9);
        w.println(String.format(Locale.ROOT, "%-" + width + "s  %9s  %9s  %-21s %s", "parameter", "hand-set", "fitted", "95% profile interval", ""));
        for (int k = 0; k < r.knobs().size(); k++) {
            Profile p = r.profiles().get(k);
            w.println(String.format(Locale.ROOT, "%-" + width + "s  %9s  %9s  %-21s %s", r.knobs().get(k).path(), CalibrationReport.g(r.knobs().get(k).start()),
                    CalibrationReport.g(r.best().value(k)), "[" + CalibrationReport.g(p.low()) + ", " + CalibrationReport.g(p.high()) + "]",
                    CalibrationReport.looseness(p)).stripTrailing());
        }
        w.println();
        CalibrationReport.scores(w, r);
    }
}
