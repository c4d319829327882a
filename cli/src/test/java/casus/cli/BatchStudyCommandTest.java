package casus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Variation;
import casus.engine.run.Flag;
import casus.engine.scenario.Scenarios;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchStudyCommandTest {
    @TempDir
    Path tmp;

    @Test
    void batch_json_keeps_its_shape() {
        Cli r = Cli.run("batch", "--scenario", "border-2022", "--runs", "60", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(Set.of("scenario", "runs", "seed", "threads", "outcomes", "metrics", "runs_per_second"), o.keySet());
        assertEquals(60, o.get("runs").getAsInt());
        JsonObject outcomes = o.getAsJsonObject("outcomes");
        assertTrue(outcomes.has("alliance_intervened") && outcomes.has("ceasefire_broker=none"), outcomes.keySet().toString());
        JsonObject p = outcomes.getAsJsonObject("alliance_intervened");
        assertEquals(Set.of("p", "ci95"), p.keySet());
        assertEquals(Set.of("mean", "p5", "p95"), o.getAsJsonObject("metrics").getAsJsonObject("casualties").keySet());
    }

    @Test
    void batch_set_of_an_unknown_path_exits_2_naming_the_nearest_paths() {
        Cli r = Cli.run("batch", "--scenario", "border-2022", "--runs", "5", "--set", "actors.RUS.forces_comitted_elsewhere=0.2");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("actors.RUS.forces_committed_elsewhere"), r.err());
    }

    @Test
    void batch_set_out_of_range_exits_2_with_the_range() {
        Cli r = Cli.run("batch", "--scenario", "border-2022", "--runs", "5", "--set", "relations.RUS.AZE.interdependence=1.3");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("relations.RUS.AZE.interdependence") && r.err().contains("[0, 1]"), r.err());
    }

    @Test
    void batch_sweep_out_of_range_exits_2() {
        Cli r = Cli.run("batch", "--scenario", "border-2022", "--runs", "5", "--sweep", "beliefs.ARM.CSTO=0.5:1.5:0.5");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("beliefs.ARM.CSTO"), r.err());
    }

    @Test
    void batch_sample_without_samples_exits_2() {
        assertEquals(Casus.BAD_INPUT, Cli.run("batch", "--scenario", "border-2022", "--runs", "5", "--sample", "beliefs.ARM.CSTO=0:1").status());
    }

    @Test
    void batch_refuses_a_directory_with_files_in_it() throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        Cli r = Cli.run("batch", "--scenario", "border-2022", "--runs", "5", "--out", tmp.toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertEquals("mine", Files.readString(tmp.resolve("keep.txt")));
    }

    @Test
    void batch_sweep_writes_the_study_files() {
        Path out = tmp.resolve("study");
        Cli r = Cli.run("batch", "--scenario", "border-2022", "--runs", "40", "--seed", "3", "--sweep",
                "actors.RUS.forces_committed_elsewhere=0.2:0.8:0.3", "--set", "beliefs.ARM.CSTO=0.4", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> files = Cli.files(out);
        for (String f : List.of("manifest.json", "runs.csv", "tallies.jsonl", "summary.csv", "summary.json", "report.md",
                "plots/p_alliance_intervened__actors.RUS.forces_committed_elsewhere.png", "plots/hist_casualties.png")) {
            assertTrue(files.contains(f), f + " in " + files);
        }
        List<String> rows = Cli.read(out.resolve("runs.csv")).lines().toList();
        assertEquals(1 + 3 * 40, rows.size());
        StringBuilder drawn = new StringBuilder();
        for (Variation v : Scenarios.load("border-2022").variations()) {
            if (!v.path().equals("actors.RUS.forces_committed_elsewhere")) {
                drawn.append(v.path()).append(',');
            }
        }
        assertTrue(rows.get(0).startsWith("point,run,seed,actors.RUS.forces_committed_elsewhere," + drawn + "assistance_requested,"),
                "the swept fact, then the facts the scenario still draws: " + rows.get(0));
        List<String> summary = Cli.read(out.resolve("summary.csv")).lines().toList();
        assertEquals(4, summary.size());
        assertTrue(summary.get(2).startsWith("1,0.5,40,"), summary.get(2));
        JsonObject manifest = JsonParser.parseString(Cli.read(out.resolve("manifest.json"))).getAsJsonObject();
        assertEquals("casus batch --scenario border-2022 --runs 40 --seed 3 --set beliefs.ARM.CSTO=0.4 --sweep "
                + "actors.RUS.forces_committed_elsewhere=0.2:0.8:0.3", manifest.get("command").getAsString());
        assertEquals(3, manifest.get("seed").getAsInt());
        assertEquals("0.4", manifest.getAsJsonObject("parameters").get("beliefs.ARM.CSTO").getAsString());
        assertEquals(64, manifest.getAsJsonArray("files").get(0).getAsJsonObject().get("sha256").getAsString().length());
        assertTrue(manifest.get("complete").getAsBoolean());
        assertTrue(Cli.read(out.resolve("report.md")).contains(manifest.get("command").getAsString()));
        assertEquals(3, JsonParser.parseString(Cli.read(out.resolve("summary.json"))).getAsJsonObject().getAsJsonArray("points").size());
    }

    @Test
    void batch_latin_hypercube_runs_each_sampled_point() {
        Path out = tmp.resolve("lhs");
        Cli r = Cli.run("batch", "--scenario", "border-2022", "--runs", "4", "--sample", "beliefs.ARM.CSTO=0.1:0.9", "--sample",
                "relations.RUS.AZE.interdependence=0.2:0.8", "--samples", "5", "--out", out.toString(), "--format", "csv");
        assertEquals(0, r.status(), r.err());
        List<String> summary = r.out().lines().toList();
        assertEquals(6, summary.size());
        assertTrue(summary.get(0).startsWith("point,beliefs.ARM.CSTO,relations.RUS.AZE.interdependence,runs,"), summary.get(0));
        assertEquals(21, Cli.read(out.resolve("runs.csv")).lines().count());
    }

    /** Eight Sobol' points over two ranges: each eighth of each range holds exactly one, and the manifest says how they were placed. */
    @Test
    void batch_sobol_sampling_stratifies_every_range() {
        Path out = tmp.resolve("sobol");
        Cli r = Cli.run("batch", "--scenario", "border-2022", "--runs", "1", "--sample", "beliefs.ARM.CSTO=0.1:0.9", "--sample",
                "relations.RUS.AZE.interdependence=0.2:0.8", "--samples", "8", "--sampling", "sobol", "--out", out.toString(), "--format", "csv");
        assertEquals(0, r.status(), r.err());
        List<String> rows = r.out().lines().skip(1).toList();
        assertEquals(8, rows.size());
        double[][] ranges = {{0.1, 0.9}, {0.2, 0.8}};
        for (int j = 0; j < 2; j++) {
            boolean[] seen = new boolean[8];
            for (String row : rows) {
                double v = Double.parseDouble(row.split(",")[1 + j]);
                int slice = (int) ((v - ranges[j][0]) / (ranges[j][1] - ranges[j][0]) * 8);
                assertFalse(seen[slice], "two points in slice " + slice + " of factor " + j + ": " + rows);
                seen[slice] = true;
            }
        }
        JsonObject manifest = JsonParser.parseString(Cli.read(out.resolve("manifest.json"))).getAsJsonObject();
        assertEquals("sobol", manifest.get("sampling").getAsString());
        assertTrue(manifest.get("command").getAsString().endsWith("--sampling sobol"), manifest.get("command").getAsString());
        Cli bad = Cli.run("batch", "--scenario", "border-2022", "--runs", "1", "--sampling", "sobol");
        assertEquals(Casus.BAD_INPUT, bad.status());
        assertTrue(bad.err().contains("--sampling"), bad.err());
    }

    /**
     * Trajectories record the first N runs of each point day by day, change no run's outcome, and
     * merge from shards byte for byte as the other files do.
     */
    @Test
    void trajectories_record_each_day_of_the_first_runs_and_merge_like_the_rest() throws IOException {
        String[] study = {"batch", "--scenario", "border-2022", "--set", "scenario.days=3", "--runs", "6", "--sweep",
            "actors.RUS.forces_committed_elsewhere=0.2:0.7:0.5"};
        Path plain = tmp.resolve("plain");
        Path whole = tmp.resolve("traj");
        assertEquals(0, Cli.run(concat(study, "--out", plain.toString())).status());
        Cli r = Cli.run(concat(study, "--trajectories", "4", "--threads", "2", "--out", whole.toString()));
        assertEquals(0, r.status(), r.toString());
        assertEquals(Cli.read(plain.resolve("runs.csv")), Cli.read(whole.resolve("runs.csv")), "recording days changes no run");
        List<String> days;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(whole.resolve("trajectories.csv.gz")))) {
            days = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals("point,run,day,territory_held_km2,territory_changed_km2,severity,casualties,victim_belief_in_allies,alliance_credibility", days.get(0));
        assertEquals(1 + 2 * 4 * 3, days.size(), "2 points x 4 runs x 3 days");
        assertTrue(days.get(1).startsWith("0,0,0,") && days.get(days.size() - 1).startsWith("1,3,2,"), days.toString());
        assertTrue(Cli.files(whole).contains("plots/trajectory_casualties.png"));
        Path one = tmp.resolve("t1");
        Path two = tmp.resolve("t2");
        assertEquals(0, Cli.run(concat(study, "--trajectories", "4", "--shard", "1/2", "--out", one.toString())).status());
        assertEquals(0, Cli.run(concat(study, "--trajectories", "4", "--shard", "2/2", "--out", two.toString())).status());
        Path merged = tmp.resolve("tm");
        assertEquals(0, Cli.run("merge", "--out", merged.toString(), two.toString(), one.toString()).status());
        assertSameFiles(whole, merged);

        Cli bad = Cli.run(concat(study, "--trajectories", "some", "--out", tmp.resolve("bad").toString()));
        assertEquals(Casus.BAD_INPUT, bad.status());
        assertTrue(bad.err().contains("--trajectories"), bad.err());
        Cli noOut = Cli.run(concat(study, "--trajectories", "all"));
        assertEquals(Casus.BAD_INPUT, noOut.status());
        assertTrue(noOut.err().contains("--trajectories"), noOut.err());
    }

    @Test
    void batch_files_do_not_depend_on_threads_and_repeat_on_rerun() throws IOException {
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        String[] study = {"batch", "--scenario", "border-2022", "--runs", "70", "--sweep", "actors.RUS.forces_committed_elsewhere=0.3:0.7:0.4"};
        assertEquals(0, Cli.run(concat(study, "--threads", "1", "--out", one.toString())).status());
        assertEquals(0, Cli.run(concat(study, "--threads", "3", "--out", three.toString())).status());
        assertSameFiles(one, three);
    }

    @Test
    void merged_shards_equal_the_unsplit_study_byte_for_byte() throws IOException {
        String[] study = {"batch", "--scenario", "border-2022", "--runs", "50", "--seed", "9", "--sweep",
            "actors.RUS.forces_committed_elsewhere=0.5:0.7:0.2"};
        Path whole = tmp.resolve("whole");
        assertEquals(0, Cli.run(concat(study, "--threads", "2", "--out", whole.toString())).status());
        for (int k = 1; k <= 3; k++) {
            Cli r = Cli.run(concat(study, "--shard", k + "/3", "--threads", Integer.toString(k), "--out", tmp.resolve("shard" + k).toString()));
            assertEquals(0, r.status(), r.err());
        }
        Path merged = tmp.resolve("merged");
        Cli m = Cli.run("merge", "--out", merged.toString(), tmp.resolve("shard3").toString(), tmp.resolve("shard1").toString(),
                tmp.resolve("shard2").toString());
        assertEquals(0, m.status(), m.err());
        assertSameFiles(whole, merged);

        Path firstTwo = tmp.resolve("first-two");
        assertEquals(0, Cli.run("merge", "--allow-partial", "--out", firstTwo.toString(), tmp.resolve("shard1").toString(), tmp.resolve("shard2").toString()).status());
        assertTrue(Cli.read(firstTwo.resolve("report.md")).contains("Partial output"));
        Path again = tmp.resolve("again");
        assertEquals(0, Cli.run("merge", "--out", again.toString(), firstTwo.toString(), tmp.resolve("shard3").toString()).status());
        assertSameFiles(whole, again);
    }

    @Test
    void merge_refuses_shards_that_overlap() {
        String[] study = {"batch", "--scenario", "border-2022", "--runs", "20"};
        assertEquals(0, Cli.run(concat(study, "--shard", "1/2", "--out", tmp.resolve("a").toString())).status());
        Cli r = Cli.run("merge", "--out", tmp.resolve("m").toString(), tmp.resolve("a").toString(), tmp.resolve("a").toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("overlap"), r.err());
    }

    @Test
    void merge_refuses_shards_of_different_studies() {
        assertEquals(0, Cli.run("batch", "--scenario", "border-2022", "--runs", "20", "--shard", "1/2", "--out", tmp.resolve("a").toString()).status());
        assertEquals(0, Cli.run("batch", "--scenario", "border-2022", "--runs", "20", "--seed", "2", "--shard", "2/2", "--out",
                tmp.resolve("b").toString()).status());
        Cli r = Cli.run("merge", "--out", tmp.resolve("m").toString(), tmp.resolve("a").toString(), tmp.resolve("b").toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("seed"), r.err());
    }

    @Test
    void a_rows_seed_replays_that_run_alone() {
        Path out = tmp.resolve("replay");
        assertEquals(0, Cli.run("batch", "--scenario", "border-2022", "--runs", "30", "--sweep", "beliefs.ARM.CSTO=0.1:0.5:0.4", "--out",
                out.toString()).status());
        List<String> rows = Cli.read(out.resolve("runs.csv")).lines().toList();
        List<String> header = List.of(rows.get(0).split(","));
        for (String row : List.of(rows.get(7), rows.get(45))) {
            String[] cells = row.split(",");
            Cli run = Cli.run("run", "--scenario", "border-2022", "--seed", cells[header.indexOf("seed")], "--set",
                    "beliefs.ARM.CSTO=" + cells[header.indexOf("beliefs.ARM.CSTO")]);
            assertEquals(0, run.status(), run.err());
            for (Flag f : Flag.values()) {
                String expected = cells[header.indexOf(f.key())].equals("1") ? "yes" : "no";
                assertTrue(run.out().contains(String.format("  %-28s %s%n", f.key(), expected)), f.key() + " " + expected + "\n" + run.out());
            }
            assertTrue(run.out().contains(String.format("  %-28s %s%n", "ceasefire_broker", cells[header.indexOf("ceasefire_broker")])), run.out());
        }
    }

    @Test
    void batch_shows_no_progress_when_standard_error_is_not_a_terminal() {
        Cli r = Cli.run("batch", "--scenario", "border-2022", "--runs", "300", "--threads", "2");
        assertEquals(0, r.status());
        assertEquals("", r.err());
    }

    static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        Set<String> a = new TreeSet<>(Cli.files(expected));
        Set<String> b = new TreeSet<>(Cli.files(actual));
        assertEquals(a, b);
        for (String f : a) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        }
    }
}
