package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Variation;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.scenario.Scenarios;
import casus.studies.Num;
import casus.studies.RunsCsv;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverCommandTest {
    static final String FORCES = "actors.RUS.forces_committed_elsewhere";
    static final String BELIEF = "beliefs.ARM.CSTO";
    static final String DRAWN = "events.strikes.amount";

    @TempDir
    static Path tmp;

    /** A study of one point whose runs draw nothing: no input varies. */
    static Path flat;

    @BeforeAll
    static void flatStudy() {
        flat = tmp.resolve("flat");
        List<String> args = new ArrayList<>(List.of("batch", "--scenario", "border-2022", "--set", "scenario.days=1", "--runs", "3", "--out",
                flat.toString()));
        for (Variation v : Scenarios.load("border-2022").variations()) {
            args.add("--set");
            args.add(v.path() + "=" + Num.format(v.low()));
        }
        assertEquals(0, Cli.run(args.toArray(String[]::new)).status());
    }

    /**
     * A synthetic study whose box is known: 2,000 runs over two factors uniform on [0, 1], in which
     * alliance_mission holds exactly when Russia commits at least half its forces elsewhere and
     * Armenia's belief in the CSTO is at most 0.4, and a third input, drawn in each run, does
     * nothing. PRIM must find that box, and nothing of note on the third input.
     */
    @Test
    void discover_finds_the_box_of_a_synthetic_study() throws IOException {
        Path study = tmp.resolve("synthetic");
        Files.createDirectories(study);
        Files.copy(flat.resolve("manifest.json"), study.resolve("manifest.json"));
        List<String> lines = new ArrayList<>(List.of(RunsCsv.header(List.of(FORCES, BELIEF), List.of(DRAWN))));
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(8);
        for (int run = 0; run < 2000; run++) {
            double forces = rng.nextDouble();
            double belief = rng.nextDouble();
            StringBuilder row = new StringBuilder(run + ",0," + run + "," + forces + "," + belief + "," + rng.nextDouble() * 0.01);
            for (Flag f : Flag.values()) {
                row.append(',').append(f == Flag.ALLIANCE_MISSION && forces >= 0.5 && belief <= 0.4 ? 1 : 0);
            }
            row.append(",none");
            for (int m = 0; m < Metric.COUNT; m++) {
                row.append(",0");
            }
            lines.add(row.toString());
        }
        Files.write(study.resolve("runs.csv"), lines);

        Cli r = Cli.run("discover", "--study", study.toString(), "--outcome", "alliance_mission", "--format", "json", "--boxes", "1",
                "--threshold", "0.98");
        assertEquals(0, r.status(), r.toString());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject box = o.getAsJsonArray("boxes").get(0).getAsJsonObject();
        assertTrue(box.get("reached_threshold").getAsBoolean(), box.toString());
        assertTrue(box.get("density").getAsDouble() >= 0.98 && box.get("coverage").getAsDouble() >= 0.9, box.toString());
        JsonObject f = limit(box, FORCES);
        JsonObject b = limit(box, BELIEF);
        assertEquals(0.5, f.get("low").getAsDouble(), 0.03, f.toString());
        assertTrue(f.get("low_restricted").getAsBoolean() && !f.get("high_restricted").getAsBoolean(), f.toString());
        assertEquals(0.4, b.get("high").getAsDouble(), 0.03, b.toString());
        assertTrue(b.get("high_restricted").getAsBoolean() && !b.get("low_restricted").getAsBoolean(), b.toString());
        assertTrue(f.get("quasi_p").getAsDouble() < 1e-6 && b.get("quasi_p").getAsDouble() < 1e-6, box.toString());
        for (JsonElement e : box.getAsJsonArray("limits")) {
            if (e.getAsJsonObject().get("path").getAsString().equals(DRAWN)) {
                assertTrue(e.getAsJsonObject().get("quasi_p").getAsDouble() > 0.01, "the idle input's restriction is not significant: " + e);
            }
        }
        String command = box.get("command").getAsString();
        assertTrue(command.startsWith("casus batch --scenario border-2022 --runs 3 --set scenario.days=1 "), command);
        assertTrue(command.contains("--sample " + FORCES + "=0.5") || command.contains("--sample " + FORCES + "=0.4"), command);
        assertTrue(Files.isRegularFile(study.resolve("discover/prim_alliance_mission.png")));
        assertTrue(Files.isRegularFile(study.resolve("discover/prim_alliance_mission.json")));

        Cli table = Cli.run("discover", "--study", study.toString(), "--outcome", "alliance_mission", "--out", tmp.resolve("d").toString());
        assertEquals(0, table.status(), table.toString());
        assertTrue(table.out().contains("box 1: coverage"), table.out());
    }

    private static JsonObject limit(JsonObject box, String path) {
        for (JsonElement e : box.getAsJsonArray("limits")) {
            if (e.getAsJsonObject().get("path").getAsString().equals(path)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no limit on " + path + ": " + box);
    }

    @Test
    void discover_refuses_what_it_cannot_use_naming_the_flag() throws IOException {
        expectBadInput("--study", "discover", "--study", flat.toString(), "--outcome", "ceasefire");
        expectBadInput("--outcome", "discover", "--study", flat.toString(), "--outcome", "russia_happy");
        expectBadInput("--outcome", "discover", "--study", flat.toString(), "--outcome", "casualties");
        expectBadInput("--study", "discover", "--study", tmp.resolve("nothing").toString(), "--outcome", "ceasefire");
        expectBadInput("--threshold", "discover", "--study", flat.toString(), "--outcome", "ceasefire", "--threshold", "1.5");
        Path noRows = tmp.resolve("norows");
        Files.createDirectories(noRows);
        Files.copy(flat.resolve("manifest.json"), noRows.resolve("manifest.json"));
        expectBadInput("--study", "discover", "--study", noRows.toString(), "--outcome", "ceasefire");
    }

    private static void expectBadInput(String flag, String... args) {
        Cli r = Cli.run(args);
        assertEquals(Casus.BAD_INPUT, r.status(), r.toString());
        assertTrue(r.err().contains(flag) && r.err().lines().count() == 1, r.err());
    }

}
