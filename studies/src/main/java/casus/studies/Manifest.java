package casus.studies;

import casus.engine.model.FactChange;
import casus.engine.model.Parameter;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import casus.engine.model.Variation;
import casus.engine.scenario.Source;
import casus.engine.study.Factor;
import casus.engine.study.Sample;
import casus.engine.study.Slice;
import casus.engine.study.Study;
import casus.engine.study.StudyException;
import casus.engine.study.Sweep;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a study was, written as {@code manifest.json}: the Casus build, the command that
 * reproduces it, the scenario's files and their SHA-256 digests, the seed, the runs, every
 * parameter at the study's baseline, the factors and the facts each run draws, which runs this
 * output holds, its {@link State} and, once it stops, each file it wrote ({@link Outputs}).
 * Shards of one study have equal manifests but for the runs they hold.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    private static final String JOURNAL = "journal";
    private static final String COVERED = "runs_covered";
    private static final String COMPLETE = "complete";
    private static final String STATE = "state";
    private static final String PLANNED = "runs_planned";
    private static final String OUTPUTS = "outputs";
    /** The fields that say how far an output got rather than what study it is of. */
    private static final List<String> PROGRESS = List.of(COVERED, COMPLETE, STATE, PLANNED, OUTPUTS);
    /** The field that names a study's kind when it is not a batch study. */
    public static final String ANALYSIS = "analysis";
    private static final String TRAJECTORIES = "trajectories_per_point";

    /** How far an output got. */
    public enum State {
        /** Being written, or left so by a process that was killed; {@code runs_planned} says which runs it is for. */
        RUNNING,
        /** Stopped by a signal after the runs in {@code runs_covered}; its files are whole, and it can be resumed. */
        INTERRUPTED,
        /** Every run it was for is in, and every file written. */
        FINISHED;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final JsonObject json;

    private Manifest(JsonObject json) {
        this.json = json;
    }

    /**
     * Everything a study's manifest records; {@code sobol} when the samples are Sobol' points rather
     * than a Latin hypercube.
     */
    public record Facts(Build build, String command, List<String> arguments, String scenario, List<Source> files, Study study,
            List<FactChange> sets, List<Sweep> sweeps, List<Sample> samples, int sampleCount, boolean rows, boolean sobol) {
        public Facts(Build build, String command, List<String> arguments, String scenario, List<Source> files, Study study,
                List<FactChange> sets, List<Sweep> sweeps, List<Sample> samples, int sampleCount, boolean rows) {
            this(build, command, arguments, scenario, files, study, sets, sweeps, samples, sampleCount, rows, false);
        }
    }

    /** The Casus build a study ran on. */
    public record Build(String version, String commit, boolean dirty) {
    }

    public static Manifest of(Facts f, Coverage coverage) {
        Study study = f.study();
        Setting s = study.setting();
        JsonObject o = header(f.build(), f.command(), f.arguments());
        JsonObject scenario = new JsonObject();
        scenario.addProperty("given", f.scenario());
        scenario.addProperty("id", s.id());
        scenario.addProperty("title", s.title());
        scenario.addProperty("days", s.days());
        o.add("scenario", scenario);
        o.add("files", files(f.files()));
        o.addProperty("seed", study.seed());
        o.addProperty("runs_per_point", study.runs());
        o.addProperty("points", study.design().size());
        o.addProperty("total_runs", study.totalRuns());
        o.addProperty("runs_csv", f.rows());
        if (study.trajectories() > 0) {
            // Written only when runs record their days, so that other studies' manifests stay as they were.
            o.addProperty(TRAJECTORIES, study.trajectories());
        }
        List<String> actors = new ArrayList<>();
        for (int a = 0; a < s.actorCount(); a++) {
            actors.add(s.actorId(a));
        }
        o.add("actors", strings(actors));
        JsonArray sets = new JsonArray();
        for (FactChange c : f.sets()) {
            JsonObject x = new JsonObject();
            x.addProperty("path", c.path());
            x.addProperty("value", c.value());
            sets.add(x);
        }
        o.add("set", sets);
        o.add("sweeps", strings(f.sweeps().stream().map(Sweep::toString).toList()));
        o.add("samples", strings(f.samples().stream().map(Sample::toString).toList()));
        o.addProperty("sample_points", f.sampleCount());
        if (f.sobol()) {
            // Written only for Sobol' points, so that the manifests of Latin hypercube studies stay as they were.
            o.addProperty("sampling", "sobol");
        }
        JsonArray factors = new JsonArray();
        for (Factor factor : study.design().factors()) {
            JsonObject x = new JsonObject();
            x.addProperty("path", factor.path());
            x.addProperty("how", factor.how().name().toLowerCase(java.util.Locale.ROOT));
            x.addProperty("allowed", factor.parameter().range());
            factors.add(x);
        }
        o.add("factors", factors);
        JsonArray drawn = new JsonArray();
        for (Parameter p : study.drawn()) {
            for (Variation v : s.variations()) {
                if (v.path().equals(p.path())) {
                    JsonObject x = new JsonObject();
                    x.addProperty("path", v.path());
                    x.addProperty("low", v.low());
                    x.addProperty("high", v.high());
                    drawn.add(x);
                }
            }
        }
        o.add("drawn", drawn);
        o.addProperty("preference_spread", s.preferenceSpread());
        JsonObject parameters = new JsonObject();
        for (Parameter p : Parameters.all(s)) {
            parameters.addProperty(p.path(), p.value(s));
        }
        o.add("parameters", parameters);
        Manifest m = new Manifest(o);
        return m.with(coverage);
    }

    /** What every manifest opens with: the build, the command and its arguments. */
    static JsonObject header(Build build, String command, List<String> arguments) {
        JsonObject o = new JsonObject();
        o.addProperty("casus_version", build.version());
        o.addProperty("commit", build.commit());
        o.addProperty("dirty", build.dirty());
        o.addProperty("command", command);
        o.add("arguments", strings(arguments));
        return o;
    }

    /** The files read, each with the SHA-256 of its text. */
    static JsonArray files(List<Source> read) {
        JsonArray files = new JsonArray();
        for (Source src : read) {
            JsonObject file = new JsonObject();
            file.addProperty("file", src.name());
            file.addProperty("sha256", sha256(src.text()));
            files.add(file);
        }
        return files;
    }

    /**
     * A manifest of another kind of study (a sensitivity analysis, say) as written by its command,
     * for the runs it holds; it names its kind under {@code analysis}.
     */
    public static Manifest of(JsonObject study, Coverage coverage) {
        return new Manifest(study.deepCopy()).with(coverage);
    }

    /** The kind of analysis the study is ({@code sensitivity}), or null for a batch study. */
    public String analysis() {
        return json.has(ANALYSIS) ? json.get(ANALYSIS).getAsString() : null;
    }

    /** The words of the command that reproduces the study, from {@code casus} on. */
    public List<String> arguments() {
        return texts(json.getAsJsonArray("arguments"));
    }

    /**
     * The manifest of a study of a recorded game's continuations: the journal they continue, its
     * session and the tick they start from.
     */
    public Manifest withJournal(String journal, String session, int fromTick) {
        JsonObject o = json.deepCopy();
        JsonObject j = new JsonObject();
        j.addProperty("file", journal);
        j.addProperty("session", session);
        j.addProperty("from_tick", fromTick);
        o.add(JOURNAL, j);
        return new Manifest(o);
    }

    /** The journal a study of a recorded game continues, or null for a study of a scenario. */
    public String journal() {
        return json.has(JOURNAL) ? json.getAsJsonObject(JOURNAL).get("file").getAsString() : null;
    }

    /** The tick a study of a recorded game starts from. */
    public int fromTick() {
        return json.getAsJsonObject(JOURNAL).get("from_tick").getAsInt();
    }

    /** The same manifest for other runs of the study. */
    public Manifest with(Coverage coverage) {
        return progress(coverage, state(), json.has(PLANNED) ? planned() : null, json.has(OUTPUTS) ? outputs() : null);
    }

    /** The manifest of an output being written, for the runs of {@code planned}, none of them in yet. */
    public Manifest running(Slice planned) {
        return progress(new Coverage(List.of()), State.RUNNING, planned, null);
    }

    /** The manifest of an output stopped with the runs of {@code done} in, and these files. */
    public Manifest interrupted(Coverage done, List<Outputs.Entry> files) {
        return progress(done, State.INTERRUPTED, planned(), files);
    }

    /** The manifest of a finished output of the runs of {@code coverage}, with these files. */
    public Manifest finished(Coverage coverage, List<Outputs.Entry> files) {
        return progress(coverage, State.FINISHED, null, files);
    }

    private Manifest progress(Coverage coverage, State state, Slice planned, List<Outputs.Entry> files) {
        JsonObject o = json.deepCopy();
        PROGRESS.forEach(o::remove);
        o.add(COVERED, range(coverage.slices()));
        o.addProperty(COMPLETE, coverage.complete(totalRuns(o)));
        o.addProperty(STATE, state.key());
        if (planned != null) {
            o.add(PLANNED, range(List.of(planned)).get(0));
        }
        if (files != null) {
            o.add(OUTPUTS, Outputs.json(files));
        }
        return new Manifest(o);
    }

    private static JsonArray range(List<Slice> slices) {
        JsonArray covered = new JsonArray();
        for (Slice s : slices) {
            JsonArray range = new JsonArray();
            range.add(s.from());
            range.add(s.to());
            covered.add(range);
        }
        return covered;
    }

    /** How far the output got; a manifest from before states were recorded is finished. */
    public State state() {
        if (!json.has(STATE)) {
            return State.FINISHED;
        }
        String v = json.get(STATE).getAsString();
        for (State s : State.values()) {
            if (s.key().equals(v)) {
                return s;
            }
        }
        throw new StudyException("a study manifest with an unknown state '" + v + "'");
    }

    /** The runs an output that is not finished is for. */
    public Slice planned() {
        JsonArray r = json.getAsJsonArray(PLANNED);
        return new Slice(r.get(0).getAsLong(), r.get(1).getAsLong());
    }

    /** Whether the manifest records its files (every manifest written since digests were). */
    public boolean hasOutputs() {
        return json.has(OUTPUTS);
    }

    /** The files the output wrote, as recorded when it stopped. */
    public List<Outputs.Entry> outputs() {
        return json.has(OUTPUTS) ? Outputs.read(json.getAsJsonArray(OUTPUTS)) : List.of();
    }

    public static Manifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new StudyException(dir + " holds no " + FILE + ": it is not a study's output" + (Files.isRegularFile(PartFile.partOf(file))
                    ? " (a study was being written there)" : ""));
        }
        Manifest m;
        try {
            m = new Manifest(JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject());
            m.totalRuns();
            m.coverage();
        } catch (IOException e) {
            throw new StudyException("cannot read " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new StudyException(file + " is not a study manifest: " + e.getMessage());
        }
        m.state();
        return m;
    }

    /** Writes {@code manifest.json} into {@code dir}, whole or not at all. */
    public void write(Path dir) {
        PartFile.text(dir, FILE, Json.PRETTY.toJson(json) + "\n");
    }

    /** Whether two manifests describe the same study, whichever runs each holds. */
    public boolean sameStudy(Manifest other) {
        return study().equals(other.study());
    }

    /** The fields that differ between this study and another, for a message. */
    public List<String> differences(Manifest other) {
        List<String> out = new ArrayList<>();
        JsonObject a = study();
        JsonObject b = other.study();
        for (String key : a.keySet()) {
            if (!a.get(key).equals(b.get(key))) {
                out.add(key);
            }
        }
        for (String key : b.keySet()) {
            if (!a.has(key)) {
                out.add(key);
            }
        }
        return out;
    }

    private JsonObject study() {
        JsonObject o = json.deepCopy();
        PROGRESS.forEach(o::remove);
        return o;
    }

    public Coverage coverage() {
        List<Slice> slices = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray(COVERED)) {
            JsonArray r = e.getAsJsonArray();
            slices.add(new Slice(r.get(0).getAsLong(), r.get(1).getAsLong()));
        }
        return new Coverage(slices);
    }

    public boolean complete() {
        return json.get(COMPLETE).getAsBoolean();
    }

    public String command() {
        return json.get("command").getAsString();
    }

    public String scenarioId() {
        return json.getAsJsonObject("scenario").get("id").getAsString();
    }

    public String scenarioGiven() {
        return json.getAsJsonObject("scenario").get("given").getAsString();
    }

    public String version() {
        return json.get("casus_version").getAsString();
    }

    public String commit() {
        return json.get("commit").getAsString();
    }

    /** Whether the build had uncommitted changes. */
    public boolean dirty() {
        return json.get("dirty").getAsBoolean();
    }

    public long seed() {
        return json.get("seed").getAsLong();
    }

    public int runsPerPoint() {
        return json.get("runs_per_point").getAsInt();
    }

    public int points() {
        return json.get("points").getAsInt();
    }

    public long totalRuns() {
        return totalRuns(json);
    }

    public boolean rows() {
        return json.get("runs_csv").getAsBoolean();
    }

    /** How many runs at each point recorded their daily indicators (0: none). */
    public int trajectories() {
        return json.has(TRAJECTORIES) ? json.get(TRAJECTORIES).getAsInt() : 0;
    }

    public List<String> actors() {
        return texts(json.getAsJsonArray("actors"));
    }

    /** The paths of the factors, in the order of a point's values. */
    public List<String> factors() {
        List<String> out = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("factors")) {
            out.add(e.getAsJsonObject().get("path").getAsString());
        }
        return out;
    }

    /** Whether each factor was swept (rather than sampled). */
    public List<Boolean> swept() {
        List<Boolean> out = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("factors")) {
            out.add(e.getAsJsonObject().get("how").getAsString().equals("swept"));
        }
        return out;
    }

    /** The paths of the facts each run draws. */
    public List<String> drawn() {
        List<String> out = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("drawn")) {
            out.add(e.getAsJsonObject().get("path").getAsString());
        }
        return out;
    }

    /** The facts set for the whole study, as {@code PATH=VALUE}. */
    public List<String> sets() {
        List<String> out = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("set")) {
            out.add(e.getAsJsonObject().get("path").getAsString() + "=" + e.getAsJsonObject().get("value").getAsString());
        }
        return out;
    }

    /** Each scenario file with its digest, as {@code name sha256}. */
    public List<String> files() {
        List<String> out = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("files")) {
            out.add(e.getAsJsonObject().get("file").getAsString() + " " + e.getAsJsonObject().get("sha256").getAsString());
        }
        return out;
    }

    private static long totalRuns(JsonObject o) {
        return o.get("total_runs").getAsLong();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static List<String> texts(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
