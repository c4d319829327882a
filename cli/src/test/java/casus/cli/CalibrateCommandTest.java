package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Term;
import casus.engine.scenario.Scenarios;
import casus.studies.CalibrationFiles;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
    @TempDir
    Path tmp;

    Cli refused(String... args) {
        Cli r = Cli.run(args);
        assertEquals(Casus.BAD_INPUT, r.status(), r.err());
        return r;
    }

    @Test
    void bad_input_is_refused_with_exit_2_naming_the_flag() {
        String out = tmp.resolve("c").toString();
        assertTrue(refused("calibrate", "--params", "preferences.RUS.legal_positon", "--out", out).err()
                .startsWith("casus: --params: unknown parameter 'preferences.RUS.legal_positon' in every case; nearest: preferences.RUS.legal_position"));
        assertTrue(refused("calibrate", "--params", "preferences.RUS.legal_position", "--cases", "osh-2010", "georgia-2008", "--out", out).err()
                .startsWith("casus: --cases: none of osh-2010, georgia-2008 is in sample"));
        assertTrue(refused("calibrate", "--params", "model.temperature=0.1:1", "--out", out).err()
                .startsWith("casus: --params: model.temperature: the range 0.1:1 excludes its hand-set value 0.05"));
        assertTrue(refused("calibrate", "--params", "actors.RUS.readiness", "--out", out).err().startsWith("casus: --params: actors.RUS.readiness is not"));
        assertTrue(refused("calibrate", "--params", "model.temperature", "--runs", "0", "--out", out).err().startsWith("casus: --runs must be"));
        assertTrue(refused("calibrate", "--params", "model.temperature", "--cases", "border-2021", "--cross-validate", "--evaluations", "10",
                "--validate-runs", "1", "--runs", "1", "--out", out).err().startsWith("casus: --cross-validate: leaving a case out needs"));
        assertTrue(refused("calibrate", "--cases", "border-2021", "--out", out).err().contains("--params"), "--params is required");
    }

    @Test
    void classes_given_with_scored_must_cover_the_cases_and_match_their_expectations() throws IOException {
        String out = tmp.resolve("c").toString();
        Path classes = tmp.resolve("classes.json");
        Files.writeString(classes, "{\"cases\": [{\"scenario\": \"border-2021\", \"outcome\": \"ceasefire\", \"observed\": \"maybe\", \"scored\": true}]}");
        assertTrue(refused("calibrate", "--params", "model.temperature", "--cases", "border-2021", "--scored", classes.toString(), "--out", out).err()
                .startsWith("casus: --scored: " + classes + " scores ceasefire=maybe in border-2021, which that case does not expect"));
        assertTrue(refused("calibrate", "--params", "model.temperature", "--cases", "border-2022", "--scored", classes.toString(), "--out", out).err()
                .startsWith("casus: --scored: " + classes + " does not class the expectations of border-2022"));
        Files.writeString(classes, "[1, 2]");
        assertTrue(refused("calibrate", "--params", "model.temperature", "--cases", "border-2021", "--scored", classes.toString(), "--out", out).err()
                .startsWith("casus: --scored: " + classes + " is not the cases of casus validate --json"));
    }

    @Test
    void a_small_calibration_writes_a_library_a_scenario_can_load_and_scores_the_case_left_apart() throws IOException, NoSuchAlgorithmException {
        Path out = tmp.resolve("c");
        Cli r = Cli.run("calibrate", "--params", "preferences.RUS.legal_position", "--cases", "border-2021", "turkey-syria-2012", "--runs", "8",
                "--evaluations", "10", "--points", "2", "--validate-runs", "8", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("preferences.RUS.legal_position"), r.out());
        assertEquals(List.of("actors.txtpb", "classes.json", "evaluations.csv", "manifest.json", "model.txtpb", "plots/predictions.png",
                "plots/profile-01-preferences.RUS.legal_position.png", "plots/trace.png", "report.md"), Cli.files(out));
        JsonObject m = JsonParser.parseString(Cli.read(out.resolve("manifest.json"))).getAsJsonObject();
        assertEquals("border-2021", m.getAsJsonArray("fitted").get(0).getAsString());
        assertEquals("finished", m.get("state").getAsString());
        List<String> recorded = new ArrayList<>();
        for (var e : m.getAsJsonArray("outputs")) {
            JsonObject file = e.getAsJsonObject();
            Path p = out.resolve(file.get("file").getAsString());
            recorded.add(file.get("file").getAsString());
            assertEquals(Files.size(p), file.get("bytes").getAsLong(), p.toString());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))),
                    file.get("sha256").getAsString(), p.toString());
        }
        List<String> every = new ArrayList<>(Cli.files(out));
        every.remove("manifest.json");
        assertEquals(every, recorded.stream().sorted().toList(), "every file but the manifest is recorded with its size and digest");
        double fitted = m.getAsJsonObject("parameters").getAsJsonObject("preferences.RUS.legal_position").get("fitted").getAsDouble();
        List<String> csv = Files.readAllLines(out.resolve(CalibrationFiles.CSV));
        assertEquals("evaluation,phase,objective,preferences.RUS.legal_position,cases", csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.contains(",out-of-sample fitted,")), "the out-of-sample case is scored");
        assertTrue(csv.stream().filter(l -> l.contains(",fit,")).allMatch(l -> l.split(",")[4].split(" ").length == 1),
                "the fit plays only the in-sample case");
        assertTrue(Cli.read(out.resolve("report.md")).contains("| out of sample | "), "the report scores the case left apart");

        Path scenario = tmp.resolve("border.txtpb");
        Files.writeString(scenario, "library: \"" + out.resolve("actors.txtpb") + "\"\n" + Scenarios.sources("border-2021").scenario().text());
        var s = Scenarios.load(scenario.toString());
        assertEquals(fitted, s.weight(s.actor("RUS"), Term.LEGAL));
    }
}
