package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivityCommandTest {
    @TempDir
    Path tmp;

    @Test
    void sensitivity_ranks_russias_commitment_first_for_intervention_in_2022() {
        Path out = tmp.resolve("s");
        Cli r = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "alliance_intervened", "--params",
                "actors.RUS.forces_committed_elsewhere=0.15:0.85", "beliefs.ARM.CSTO", "--samples", "48", "--runs", "4", "--oat-runs", "60",
                "--bootstrap", "200", "--threads", "2", "--format", "json", "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray inputs = o.getAsJsonArray("inputs");
        assertEquals(2, inputs.size());
        JsonObject first = inputs.get(0).getAsJsonObject();
        assertEquals("actors.RUS.forces_committed_elsewhere", first.get("path").getAsString());
        assertTrue(first.getAsJsonObject("one_at_a_time").get("effect").getAsDouble() < -0.5, first.toString());
        assertTrue(first.getAsJsonObject("total").get("index").getAsDouble() > 0.5, first.toString());
        assertEquals(2, first.getAsJsonObject("first_order").getAsJsonArray("ci95").size());
        assertEquals(48 * 4 * 4 + 5 * 60, o.get("total_runs").getAsInt());
        for (String f : new String[] {"sensitivity.csv", "sensitivity.json", "sensitivity.png", "manifest.json"}) {
            assertTrue(Cli.files(out).contains(f), f);
        }
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
    void sensitivity_of_an_unknown_outcome_exits_2() {
        Cli r = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "russia_happy");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("alliance_intervened"), r.err());
    }

    @Test
    void sensitivity_of_a_scenario_that_draws_nothing_needs_params() {
        Cli r = Cli.run("sensitivity", "--scenario", "border-2022", "--outcome", "ceasefire", "--set", "actors.AZE.military_power=34", "--set",
                "actors.RUS.forces_committed_elsewhere=0.8");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("--params"), r.err());
    }
}
