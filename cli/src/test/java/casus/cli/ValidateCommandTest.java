package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casus validate}: what it reports and when it fails. Nothing here depends on whether
 * the model passes the bundled record; the scenarios that must pass or fail are written here.
 */
class ValidateCommandTest {
    /** A check and a placebo that set a fact to the value it has: nothing can move. */
    static final String SAME_ARMY = "actors.ARM.troops\" value: \"43000\" }";

    @TempDir
    Path dir;

    /**
     * The bundled border-2021, renamed, without its expectations, checks and placebos, with extra
     * lines: the test says everything that is validated.
     */
    Path scenario(String id, String extra) throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("casus/scenarios/border-2021.txtpb")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> kept = new ArrayList<>();
        boolean inBlock = false;
        for (String l : text.lines().toList()) {
            if (!inBlock && (l.startsWith("expect {") || l.startsWith("check {") || l.startsWith("placebo {"))) {
                inBlock = !l.stripTrailing().endsWith("}");
                continue;
            }
            if (inBlock) {
                inBlock = !l.equals("}");
                continue;
            }
            kept.add(l);
        }
        String body = String.join("\n", kept).replace("id: \"border-2021\"", "id: \"" + id + "\"") + "\n";
        assertFalse(body.contains("placebo {") || body.contains("check {") || body.contains("expect {"), body);
        assertTrue(kept.stream().anyMatch(l -> l.startsWith("actor { id: \"ARM\"") && l.contains(" troops: 43000 ")),
                "the no-op check and placebo set Armenia's army to the size it has");
        Path file = dir.resolve(id + ".txtpb");
        Files.writeString(file, body + extra, StandardCharsets.UTF_8);
        return file;
    }

    static String placebo(String name) {
        return "placebo { name: \"" + name + "\" set { path: \"" + SAME_ARMY + " reason: \"a fact set to its own value\" }\n";
    }

    static String noOpCheck() {
        return "check { name: \"the same facts\" outcome: \"assistance_requested\" direction: UP margin: 0.2 set { path: \""
                + SAME_ARMY + " reason: \"nothing changed, so nothing can move\" }\n";
    }

    static JsonObject json(Cli cli) {
        return JsonParser.parseString(cli.out()).getAsJsonObject();
    }

    static List<JsonObject> array(JsonObject o, String name) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray(name)) {
            out.add(e.getAsJsonObject());
        }
        return out;
    }

    @Test
    void json_carries_every_expectation_with_its_class_and_the_scores_of_each_sample() {
        Cli cli = Cli.run("validate", "--runs", "10", "--json");

        assertTrue(cli.status() == 0 || cli.status() == 1, cli::toString);
        JsonObject o = json(cli);
        assertEquals(Set.of("runs", "seed", "passed", "samples", "log_floor", "cases", "checks", "placebos", "without_placebo", "search"), o.keySet());
        assertEquals(10, o.get("runs").getAsInt());
        assertEquals(0.05, o.get("log_floor").getAsDouble(), 1e-12);
        int expected = 0;
        int checks = 0;
        for (String name : Scenarios.bundled()) {
            Setting s = Scenarios.load(name);
            expected += s.expectations().size();
            checks += s.checks().size();
        }
        List<JsonObject> cases = array(o, "cases");
        assertEquals(expected, cases.size());
        assertEquals(checks, array(o, "checks").size());

        boolean allPass = true;
        for (JsonObject c : cases) {
            assertEquals(Set.of("scenario", "sample", "outcome", "observed", "p_observed", "class", "scored", "pass", "discriminator",
                    "declared_discriminator", "implied_by"), c.keySet());
            String cls = c.get("class").getAsString();
            assertTrue(Set.of("discriminating", "structural", "redundant").contains(cls), c.toString());
            assertEquals(cls.equals("discriminating"), c.get("scored").getAsBoolean());
            assertEquals(cls.equals("discriminating"), !c.get("discriminator").isJsonNull(), c.toString());
            assertEquals(cls.equals("redundant"), !c.get("implied_by").isJsonNull(), c.toString());
            if (cls.equals("discriminating")) {
                assertTrue(c.getAsJsonObject("discriminator").get("p_other").getAsDouble() >= 0.4, c.toString());
                allPass &= c.get("pass").getAsBoolean();
            }
        }
        for (JsonObject c : array(o, "checks")) {
            assertEquals(Set.of("name", "scenario", "outcome", "p_base", "p_variant", "expected", "pass"), c.keySet());
            allPass &= c.get("pass").getAsBoolean();
        }
        for (JsonObject p : array(o, "placebos")) {
            allPass &= p.get("pass").getAsBoolean();
        }
        JsonObject in = o.getAsJsonObject("samples").getAsJsonObject("in_sample");
        assertEquals(Set.of("scored", "passed", "brier", "log_score", "baseline_brier", "baseline_log_score"), in.keySet());
        JsonObject out = o.getAsJsonObject("samples").getAsJsonObject("out_of_sample");
        assertEquals(cases.stream().filter(c -> c.get("scored").getAsBoolean() && c.get("sample").getAsString().equals("in_sample")).count(),
                in.get("scored").getAsInt());
        assertEquals(cases.stream().filter(c -> c.get("scored").getAsBoolean()).count(), in.get("scored").getAsInt() + out.get("scored").getAsInt());
        assertEquals(allPass, o.get("passed").getAsBoolean());
        assertEquals(allPass ? 0 : 1, cli.status(), "the exit status says whether everything scored passed");
    }

    @Test
    void a_chosen_scenario_file_is_validated_instead_of_the_bundled_ones() throws IOException {
        Path file = scenario("mine", "expect { outcome: \"member_suspended\" observed: \"false\" }\n");

        JsonObject o = json(Cli.run("validate", "--runs", "20", "--json", "--scenario", file.toString()));

        assertEquals(List.of("mine"), array(o, "cases").stream().map(c -> c.get("scenario").getAsString()).toList());
        assertEquals("mine", o.getAsJsonArray("without_placebo").get(0).getAsString());
        assertEquals(1, o.getAsJsonObject("search").getAsJsonArray("scenarios").size());
    }

    @Test
    void a_scenario_whose_checks_and_placebos_pass_exits_0() throws IOException {
        Path file = scenario("calm", placebo("the same army"));

        Cli cli = Cli.run("validate", "--runs", "20", "--scenario", file.toString());

        assertEquals(0, cli.status(), cli::toString);
        assertTrue(cli.out().contains("the same army"), cli.out());
        assertTrue(cli.out().matches("(?s).*the same army\\s+calm\\s+0\\.000\\s+nothing\\s+pass\\n.*"), cli.out());
        assertTrue(cli.out().contains("1 of 1 passed (0 scored expectations, 0 checks, 1 placebos; 20 runs each, seed 1)"), cli.out());
    }

    @Test
    void a_failed_check_exits_1() throws IOException {
        Path file = scenario("still", placebo("the same army") + noOpCheck());

        Cli cli = Cli.run("validate", "--runs", "20", "--scenario", file.toString());

        assertEquals(1, cli.status(), cli::toString);
        assertTrue(cli.out().contains("FAIL"), cli.out());
    }

    @Test
    void the_table_has_a_class_column_a_placebo_section_and_a_summary_per_sample() throws IOException {
        Path in = scenario("before", "expect { outcome: \"member_suspended\" observed: \"false\" }\n"
                + "expect { outcome: \"ceasefire_broker\" observed: \"none\" }\n"
                + "expect { outcome: \"ceasefire\" observed: \"false\" }\n");
        Path out = scenario("after", "sample: OUT_OF_SAMPLE\ncommitted: \"2024-01-01\"\n" + placebo("the same army")
                + "expect { outcome: \"member_suspended\" observed: \"false\" }\n");

        Cli cli = Cli.run("validate", "--runs", "20", "--scenario", in.toString(), "--scenario", out.toString());

        String[] lines = cli.out().split("\n");
        assertTrue(lines[0].matches("scenario +sample +outcome +observed +class +p\\(observed\\) +result +why"), lines[0]);
        assertTrue(lines[1].matches("before +in +member_suspended +false +(discriminating|structural) .*"), lines[1]);
        assertTrue(lines[2].matches("before +in +ceasefire_broker +none +redundant .*implied by ceasefire=false"), lines[2]);
        assertTrue(lines[4].matches("after +out +member_suspended .*"), lines[4]);
        assertTrue(cli.out().contains("no placebo: before\n"), cli.out());
        assertTrue(cli.out().matches("(?s).*\\nin-sample +\\d+ +\\d+ .*\\nout-of-sample +\\d+ +\\d+ .*"), cli.out());
        assertTrue(cli.out().contains("clipped below at 1/(2 x runs) = 0.02500"), cli.out());
        assertTrue(cli.out().matches("(?s).*search for discriminators: \\d+ of \\d+ candidate changes run in \\d+\\.\\d s.*"), cli.out());
    }

    @Test
    void an_out_of_sample_case_is_scored_in_its_own_sample() throws IOException {
        Path out = scenario("after", "sample: OUT_OF_SAMPLE\ncommitted: \"2024-01-01\"\n"
                + "expect { outcome: \"assistance_requested\" observed: \"true\" }\n"
                + "expect { outcome: \"regime_survived\" observed: \"false\" }\n");

        JsonObject o = json(Cli.run("validate", "--runs", "20", "--json", "--scenario", out.toString()));

        List<JsonObject> cases = array(o, "cases");
        assertTrue(cases.stream().allMatch(c -> c.get("sample").getAsString().equals("out_of_sample")), cases::toString);
        JsonObject samples = o.getAsJsonObject("samples");
        assertEquals(0, samples.getAsJsonObject("in_sample").get("scored").getAsInt());
        assertTrue(samples.getAsJsonObject("in_sample").get("brier").isJsonNull());
        long scored = cases.stream().filter(c -> c.get("scored").getAsBoolean()).count();
        assertEquals(scored, samples.getAsJsonObject("out_of_sample").get("scored").getAsInt());
        if (scored > 0) {
            assertEquals(0.25, samples.getAsJsonObject("out_of_sample").get("baseline_brier").getAsDouble(), 1e-12,
                    "with no in-sample case the baseline says one half");
        }
    }

    @Test
    void an_unknown_scenario_exits_2_with_one_line() {
        Cli cli = Cli.run("validate", "--runs", "20", "--scenario", "atlantis-1999");

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
        assertTrue(cli.err().startsWith("casus: atlantis-1999: no such scenario"), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertFalse(cli.out().contains("scenario"), cli.out());
    }

    @Test
    void a_bad_flag_exits_2() {
        Cli cli = Cli.run("validate", "--colour");

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
        assertTrue(cli.err().contains("--colour"), cli.err());
    }
}
