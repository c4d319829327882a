package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Variation;
import casus.engine.scenario.Scenarios;
import casus.studies.Num;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {
    @TempDir
    Path tmp;

    /**
     * The ranking and the numbers it rests on, as one output reports them: whatever the model makes
     * of the inputs, the rows are ranked by total index (then first-order index, then path), each
     * one-at-a-time effect is the change from its low end to its high end, and the files say the same.
     */
    @Test
    void sensitivity_ranks_its_inputs_by_the_indices_it_reports_and_writes_the_same_in_its_files() {
        Path out = tmp.resolve("s");
        int samples = 24;
        int runs = 4;
        int oatRuns = 30;
        Cli r = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--params",
                "actors.RUS.forces_committed_elsewhere=0.15:0.85", "beliefs.ARM.CSTO", "actors.AZE.readiness=0.4:0.9", "--samples",
                Integer.toString(samples), "--runs", Integer.toString(runs), "--oat-runs", Integer.toString(oatRuns), "--bootstrap", "100",
                "--threads", "2", "--format", "json", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("casualties", o.get("outcome").getAsString());
        assertEquals("mean", o.get("measure").getAsString());
        JsonArray inputs = o.getAsJsonArray("inputs");
        assertEquals(3, inputs.size());
        assertEquals(samples * runs * (3 + 2) + (1 + 2 * 3) * oatRuns, o.get("total_runs").getAsInt());
        assertTrue(o.getAsJsonObject("noise_share").has("ci95"), o.toString());

        Map<String, JsonObject> byPath = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            JsonObject x = inputs.get(i).getAsJsonObject();
            assertEquals(i + 1, x.get("rank").getAsInt());
            byPath.put(x.get("path").getAsString(), x);
            JsonObject oat = x.getAsJsonObject("one_at_a_time");
            double low = oat.get("at_low").getAsDouble();
            double high = oat.get("at_high").getAsDouble();
            assertEquals(high - low, oat.get("effect").getAsDouble(), 1e-12, x.toString());
            for (String end : new String[] {"at_low", "at_high", "effect"}) {
                JsonArray ci = oat.getAsJsonArray(end + "_ci95");
                double v = oat.get(end).getAsDouble();
                assertTrue(ci.get(0).getAsDouble() <= v + 1e-9 && v <= ci.get(1).getAsDouble() + 1e-9, "a mean's interval holds it: " + oat);
            }
            assertEquals(2, x.getAsJsonObject("first_order").getAsJsonArray("ci95").size());
            assertEquals(2, x.getAsJsonObject("total").getAsJsonArray("ci95").size());
            assertEquals(2, x.getAsJsonObject("first_order_noise_free").getAsJsonArray("ci95").size(), "four runs a point split into halves");
            assertEquals(2, x.getAsJsonObject("total_noise_free").getAsJsonArray("ci95").size());
            if (i > 0) {
                JsonObject before = inputs.get(i - 1).getAsJsonObject();
                int order = Double.compare(index(before, "total"), index(x, "total"));
                if (order == 0) {
                    order = Double.compare(index(before, "first_order"), index(x, "first_order"));
                }
                if (order == 0) {
                    order = x.get("path").getAsString().compareTo(before.get("path").getAsString());
                }
                assertTrue(order > 0, "rank " + i + " before rank " + (i + 1) + ": " + before + " / " + x);
            }
        }
        assertEquals(Set.of("actors.RUS.forces_committed_elsewhere", "beliefs.ARM.CSTO", "actors.AZE.readiness"), byPath.keySet());
        JsonObject rus = byPath.get("actors.RUS.forces_committed_elsewhere");
        assertEquals(0.15, rus.get("low").getAsDouble(), 1e-12);
        assertEquals(0.85, rus.get("high").getAsDouble(), 1e-12);
        JsonObject belief = byPath.get("beliefs.ARM.CSTO");
        assertTrue(0 <= belief.get("low").getAsDouble() && belief.get("low").getAsDouble() < belief.get("high").getAsDouble()
                && belief.get("high").getAsDouble() <= 1, belief.toString());

        for (String f : new String[] {"sensitivity.csv", "sensitivity.json", "sensitivity.png", "manifest.json"}) {
            assertTrue(Cli.files(out).contains(f), f);
        }
        JsonObject written = JsonParser.parseString(Cli.read(out.resolve("sensitivity.json"))).getAsJsonObject();
        o.remove("threads");
        o.remove("runs_per_second");
        assertEquals(o, written, "the file says what the command printed");
        List<String> csv = Cli.read(out.resolve("sensitivity.csv")).lines().toList();
        assertEquals(1 + 3, csv.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(csv.get(1 + i).startsWith((i + 1) + "," + inputs.get(i).getAsJsonObject().get("path").getAsString() + ","), csv.get(1 + i));
        }
        String command = JsonParser.parseString(Cli.read(out.resolve("manifest.json"))).getAsJsonObject().get("command").getAsString();
        assertTrue(command.contains("--params actors.RUS.forces_committed_elsewhere=0.15:0.85"), command);
        assertTrue(command.contains("--params beliefs.ARM.CSTO=" + Num.format(belief.get("low").getAsDouble()) + ":"), command);
    }

    /** An index's value, 0 when it has none (no variance to share), as the ranking counts it. */
    private static double index(JsonObject input, String name) {
        JsonElement v = input.getAsJsonObject(name).get("index");
        return v == null || v.isJsonNull() ? 0 : v.getAsDouble();
    }

    /** Shards of an analysis merged, in any order, give the files of the unsplit analysis byte for byte; each shard alone is partial. */
    @Test
    void merged_shards_of_an_analysis_equal_the_unsplit_analysis_byte_for_byte() throws java.io.IOException {
        String[] analysis = {"sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--params", "actors.AZE.military_power",
            "actors.AZE.readiness", "--samples", "6", "--runs", "2", "--oat-runs", "6", "--bootstrap", "40"};
        Path whole = tmp.resolve("whole");
        assertEquals(0, Cli.run(concat(analysis, "--threads", "2", "--out", whole.toString())).status());
        List<String> parts = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path part = tmp.resolve("part" + k);
            Cli r = Cli.run(concat(analysis, "--shard", k + "/3", "--out", part.toString()));
            assertEquals(0, r.status(), r.toString());
            assertEquals(List.of("manifest.json", "runs.csv"), Cli.files(part), "a shard holds its runs, no analysis");
            parts.add(part.toString());
        }
        Path merged = tmp.resolve("merged");
        Cli m = Cli.run("merge", "--out", merged.toString(), parts.get(2), parts.get(0), parts.get(1));
        assertEquals(0, m.status(), m.toString());
        assertTrue(m.out().contains("the whole study"), m.out());
        BatchStudyCommandTest.assertSameFiles(whole, merged);
        assertTrue(Cli.read(whole.resolve("runs.csv")).lines().skip(1).allMatch(l -> l.startsWith("oat,") || l.startsWith("saltelli,")));
        assertEquals(1 + 5 * 6 + 6 * 4 * 2, Cli.read(whole.resolve("runs.csv")).lines().count(), "a row per run of both designs");

        Cli noOut = Cli.run(concat(analysis, "--shard", "1/2"));
        assertEquals(Casus.BAD_INPUT, noOut.status());
        assertTrue(noOut.err().contains("--shard"), noOut.err());
    }

    /** A shard of an analysis keeps a batch study's rules: its manifest finished, with its rows' count and SHA-256, which merge checks. */
    @Test
    void merge_checks_the_shards_of_an_analysis_as_it_checks_a_batch_study() throws java.io.IOException {
        String[] analysis = {"sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--params", "actors.AZE.readiness", "--samples",
            "4", "--runs", "2", "--oat-runs", "4", "--bootstrap", "20"};
        Path one = tmp.resolve("part1");
        Path two = tmp.resolve("part2");
        assertEquals(0, Cli.run(concat(analysis, "--shard", "1/2", "--out", one.toString())).status());
        assertEquals(0, Cli.run(concat(analysis, "--shard", "2/2", "--out", two.toString())).status());
        JsonObject m = JsonParser.parseString(Cli.read(two.resolve("manifest.json"))).getAsJsonObject();
        assertEquals("finished", m.get("state").getAsString());
        JsonObject rows = m.getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("runs.csv", rows.get("file").getAsString());
        assertEquals(Cli.read(two.resolve("runs.csv")).lines().count(), rows.get("rows").getAsLong());

        Path out = tmp.resolve("merged");
        Cli alone = Cli.run("merge", "--out", out.toString(), one.toString());
        assertEquals(Casus.BAD_INPUT, alone.status());
        assertTrue(alone.err().contains("--allow-partial"), alone.err());
        java.nio.file.Files.writeString(two.resolve("runs.csv"), Cli.read(two.resolve("runs.csv")).replaceFirst("\n[^\n]*\n$", "\n"));
        Cli cut = Cli.run("merge", "--out", out.toString(), one.toString(), two.toString());
        assertEquals(Casus.BAD_INPUT, cut.status());
        assertTrue(cut.err().contains(two.toString()) && cut.err().contains("runs.csv"), cut.err());
        assertFalse(java.nio.file.Files.exists(out));
    }

    /** What a shard's task runs: nothing printed but where the files went, on standard error. */
    @Test
    void format_none_prints_nothing_but_where_the_files_went() {
        String[] analysis = {"sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--params", "actors.AZE.readiness", "--samples",
            "4", "--runs", "2", "--oat-runs", "4", "--bootstrap", "20", "--format", "none"};
        Path shard = tmp.resolve("shard");
        Cli part = Cli.run(concat(analysis, "--shard", "1/2", "--out", shard.toString()));
        assertEquals(0, part.status(), part.err());
        assertEquals("", part.out());
        assertTrue(part.err().startsWith("wrote " + shard + ": manifest.json, runs.csv"), part.err());
        Path whole = tmp.resolve("whole");
        Cli all = Cli.run(concat(analysis, "--out", whole.toString()));
        assertEquals(0, all.status(), all.err());
        assertEquals("", all.out());
        assertTrue(all.err().startsWith("wrote " + whole + ": manifest.json, runs.csv, sensitivity.csv"), all.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void sensitivity_results_do_not_depend_on_threads() {
        String[] args = {"sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--samples", "16", "--runs", "2", "--oat-runs", "10",
            "--bootstrap", "50", "--format", "json"};
        JsonObject one = JsonParser.parseString(Cli.run(args).out()).getAsJsonObject();
        String[] two = java.util.Arrays.copyOf(args, args.length + 2);
        two[args.length] = "--threads";
        two[args.length + 1] = "2";
        JsonObject other = JsonParser.parseString(Cli.run(two).out()).getAsJsonObject();
        one.remove("threads");
        one.remove("runs_per_second");
        other.remove("threads");
        other.remove("runs_per_second");
        assertEquals(one, other);
    }

    @Test
    void morris_screening_ranks_its_inputs_by_mu_star_and_writes_its_files() {
        Path out = tmp.resolve("m");
        Cli r = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--method", "morris", "--params",
                "actors.AZE.military_power", "beliefs.ARM.CSTO", "actors.AZE.readiness", "--samples", "4", "--runs", "2", "--bootstrap", "50",
                "--format", "json", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("morris", o.get("method").getAsString());
        assertEquals(4 * (3 + 1) * 2, o.get("total_runs").getAsInt());
        JsonArray inputs = o.getAsJsonArray("inputs");
        for (int i = 1; i < inputs.size(); i++) {
            assertTrue(muStar(inputs.get(i - 1)) >= muStar(inputs.get(i)), inputs.toString());
        }
        for (JsonElement e : inputs) {
            JsonObject x = e.getAsJsonObject();
            assertTrue(muStar(x) >= Math.abs(x.getAsJsonObject("mu").get("index").getAsDouble()) - 1e-12, "mu* is at least |mu|: " + x);
        }
        assertEquals(List.of("manifest.json", "morris.csv", "morris.json", "morris.png", "runs.csv"), Cli.files(out));
        String command = JsonParser.parseString(Cli.read(out.resolve("manifest.json"))).getAsJsonObject().get("command").getAsString();
        assertTrue(command.contains("--method morris") && command.contains("--levels 4"), command);
    }

    private static double muStar(JsonElement input) {
        return input.getAsJsonObject().getAsJsonObject("mu_star").get("index").getAsDouble();
    }

    @Test
    void second_order_indices_come_for_each_pair_of_inputs() {
        Cli r = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--params", "actors.AZE.military_power",
                "actors.AZE.readiness", "actors.ARM.readiness", "--samples", "4", "--runs", "2", "--oat-runs", "2", "--bootstrap", "30",
                "--second-order", "--format", "json");
        assertEquals(0, r.status(), r.toString());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(4 * (2 * 3 + 2) * 2 + (1 + 2 * 3) * 2, o.get("total_runs").getAsInt());
        JsonArray pairs = o.getAsJsonArray("second_order");
        assertEquals(3, pairs.size());
        assertTrue(pairs.get(0).getAsJsonObject().has("ci95") && pairs.get(0).getAsJsonObject().has("a"), pairs.toString());
        Cli morris = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--method", "morris", "--second-order");
        assertEquals(Casus.BAD_INPUT, morris.status());
        assertTrue(morris.err().contains("--second-order"), morris.err());
    }

    @Test
    void an_unknown_method_or_odd_levels_exit_2_naming_the_flag() {
        Cli method = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--method", "fast");
        assertEquals(Casus.BAD_INPUT, method.status());
        assertTrue(method.err().contains("--method"), method.err());
        Cli levels = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--method", "morris", "--levels", "3");
        assertEquals(Casus.BAD_INPUT, levels.status());
        assertTrue(levels.err().contains("--levels"), levels.err());
    }

    @Test
    void sensitivity_of_an_unknown_outcome_exits_2() {
        Cli r = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "russia_happy");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("alliance_intervened"), r.err());
    }

    @Test
    void sensitivity_of_a_scenario_that_draws_nothing_needs_params() {
        List<Variation> drawn = Scenarios.load("border-2022").variations();
        assertFalse(drawn.isEmpty(), "border-2022 draws facts; each is set here so that it draws none");
        List<String> args = new ArrayList<>(List.of("sensitivity", "--scenario", "border-2022", "--outcome", "ceasefire"));
        for (Variation v : drawn) {
            args.add("--set");
            args.add(v.path() + "=" + Num.format(v.low()));
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(Casus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains("--params"), r.err());
    }
}
