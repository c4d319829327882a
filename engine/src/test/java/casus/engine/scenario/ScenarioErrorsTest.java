package casus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken scenario or library file is refused with the file, the 1-based line and the field's
 * path. Each test copies a bundled file into a temporary folder, breaks one line of it, and
 * expects the report to point at that line.
 */
class ScenarioErrorsTest {
    static final String SCENARIO = "karabakh-2020";

    @TempDir
    Path dir;

    /** A bundled file's text. */
    static String bundledText(String name) {
        try (InputStream in = ScenarioErrorsTest.class.getClassLoader().getResourceAsStream(Source.RESOURCE_DIR + name + ".txtpb")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a file in the temporary folder with one fragment replaced. */
    record Broken(Path file, int line) {
    }

    Broken broken(String name, String fragment, String replacement) throws IOException {
        String text = bundledText(name);
        int at = text.indexOf(fragment);
        assertTrue(at >= 0 && text.indexOf(fragment, at + 1) < 0, "'" + fragment + "' is not in " + name + " exactly once");
        int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        Path file = dir.resolve(name + ".txtpb");
        Files.writeString(file, text.substring(0, at) + replacement + text.substring(at + fragment.length()), StandardCharsets.UTF_8);
        return new Broken(file, line);
    }

    Broken brokenScenario(String fragment, String replacement) throws IOException {
        return broken(SCENARIO, fragment, replacement);
    }

    static ScenarioException refused(Path file) {
        return assertThrows(ScenarioException.class, () -> Scenarios.load(file.toString()));
    }

    static void assertPointsAt(ScenarioException e, Path file, int line, String field) {
        assertEquals(file.toString(), e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": " + field + ": "), e.getMessage());
    }

    @Test
    void an_intact_copy_loads() throws IOException {
        Path file = dir.resolve(SCENARIO + ".txtpb");
        Files.writeString(file, bundledText(SCENARIO), StandardCharsets.UTF_8);

        assertEquals(SCENARIO, Scenarios.load(file.toString()).id());
        assertEquals(file.toString(), Scenarios.load(file.toString()).origin());
    }

    @Test
    void a_syntax_error_names_its_line() throws IOException {
        Broken b = brokenScenario("days: 52", "days: fifty-two");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "days");
        assertTrue(e.problem().startsWith("syntax error: "), e.problem());
    }

    @Test
    void an_unknown_field_is_named() throws IOException {
        Broken b = brokenScenario("days: 52", "dayz: 52");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "dayz");
        assertTrue(e.problem().startsWith("unknown field of casus.v1.Scenario"), e.problem());
    }

    @Test
    void an_unknown_field_inside_a_block_is_named() throws IOException {
        Broken b = brokenScenario("  terrain: 0.7\n", "  terain: 0.7\n");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "terain");
        assertTrue(e.problem().startsWith("unknown field of casus.v1.Region"), e.problem());
    }

    @Test
    void an_actor_missing_from_the_library_is_refused() throws IOException {
        Broken b = brokenScenario("actor { id: \"AZE\"", "actor { id: \"XYZ\"");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "actor[1].id");
        assertTrue(e.problem().contains("unknown actor 'XYZ'") && e.problem().contains("actors.txtpb"), e.problem());
    }

    @Test
    void a_reference_to_an_undeclared_region_is_refused() throws IOException {
        Broken b = brokenScenario("region: [\"DIST\", \"NK\"]", "region: [\"DIST\", \"NKX\"]");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "event[1].region[1]");
        assertTrue(e.problem().startsWith("unknown region 'NKX' (known: DIST, NK)"), e.problem());
    }

    @Test
    void a_reference_to_an_undeclared_treaty_is_refused() throws IOException {
        Broken b = brokenScenario("alliance: \"CSTO\"", "alliance: \"NATO\"");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "roles.alliance");
        assertTrue(e.problem().startsWith("unknown treaty 'NATO'"), e.problem());
    }

    @Test
    void a_bad_id_in_a_list_names_the_line_of_the_list_and_its_place_in_it() throws IOException {
        Broken b = brokenScenario("\"KGZ\", \"TJK\"]\n  decision: CONSENSUS", "\"KGX\", \"TJK\"]\n  decision: CONSENSUS");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "treaty[0].member[4]");
        assertTrue(e.problem().startsWith("unknown actor 'KGX'"), e.problem());
    }

    @Test
    void a_region_listed_twice_is_refused_at_its_id() throws IOException {
        Broken b = brokenScenario("  id: \"DIST\"\n", "  id: \"NK\"\n");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "region[1].id");
        assertEquals("region 'NK' is listed twice", e.problem());
    }

    @Test
    void an_actor_listed_twice_in_a_library_is_refused_at_its_id() throws IOException {
        Files.writeString(dir.resolve(SCENARIO + ".txtpb"), bundledText(SCENARIO), StandardCharsets.UTF_8);
        Broken library = broken("actors", "  id: \"AZE\"\n", "  id: \"ARM\"\n");

        ScenarioException e = refused(dir.resolve(SCENARIO + ".txtpb"));

        assertPointsAt(e, library.file().toAbsolutePath(), library.line(), "actor[1].id");
        assertEquals("actor 'ARM' is listed twice", e.problem());
    }

    @Test
    void a_missing_required_field_is_named_at_its_block() throws IOException {
        String text = bundledText(SCENARIO);
        Broken b = brokenScenario("  terrain: 0.7\n", "");
        int block = 1 + (int) text.substring(0, text.indexOf("region {\n  id: \"NK\"")).chars().filter(c -> c == '\n').count();

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), block, "region[0].terrain");
        assertEquals("missing: this field is required", e.problem());
    }

    @Test
    void a_weight_out_of_range_in_a_library_beside_the_scenario_is_refused_there() throws IOException {
        Files.writeString(dir.resolve(SCENARIO + ".txtpb"), bundledText(SCENARIO), StandardCharsets.UTF_8);
        Broken library = broken("actors", "    territory: 1.5\n", "    territory: 4.5\n");

        ScenarioException e = refused(dir.resolve(SCENARIO + ".txtpb"));

        assertPointsAt(e, library.file().toAbsolutePath(), library.line(), "actor[0].preferences.territory");
        assertEquals("value 4.5 is out of range [0, 3]", e.problem());
    }

    @Test
    void control_shares_that_do_not_sum_to_one_are_refused() throws IOException {
        Broken b = brokenScenario("control { actor: \"NKR\" share: 1 }\n  terrain: 0.7", "control { actor: \"NKR\" share: 0.9 }\n  terrain: 0.7");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "region[0].control");
        assertEquals("shares sum to 0.9, not 1", e.problem());
    }

    @Test
    void an_unknown_outcome_in_an_expectation_is_refused() throws IOException {
        Broken b = brokenScenario("outcome: \"alliance_intervened\"", "outcome: \"alliance_intervend\"");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "expect[1].outcome");
        assertTrue(e.problem().startsWith("unknown outcome 'alliance_intervend' (outcomes: assistance_requested, "), e.problem());
    }

    @Test
    void a_bad_parameter_path_in_a_check_is_refused_with_the_nearest_paths() throws IOException {
        Broken b = brokenScenario("set { path: \"regions.DIST.de_jure\"", "set { path: \"regions.DIST.dejure\"");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "check[0].set[1].path");
        assertTrue(e.problem().startsWith("unknown parameter 'regions.DIST.dejure'; nearest: regions.DIST.de_jure"), e.problem());
    }

    @Test
    void a_bad_value_in_a_check_is_refused() throws IOException {
        Broken b = brokenScenario("set { path: \"regions.DIST.de_jure\" value: \"ARM\" }", "set { path: \"regions.DIST.de_jure\" value: \"XYZ\" }");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "check[0].set[1].value");
        assertTrue(e.problem().startsWith("regions.DIST.de_jure: no actor 'XYZ'"), e.problem());
    }

    @Test
    void a_variation_whose_low_is_above_its_high_is_refused() throws IOException {
        Broken b = brokenScenario("low: 0.1 high: 0.3", "low: 0.4 high: 0.3");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "vary[0].low");
        assertEquals("low 0.4 is above high 0.3", e.problem());
    }

    @Test
    void a_date_that_is_not_a_date_is_refused() throws IOException {
        Broken b = brokenScenario("start_date: \"2020-09-27\"", "start_date: \"2020-13-27\"");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "start_date");
        assertEquals("'2020-13-27' is not a date as YYYY-MM-DD", e.problem());
    }

    @Test
    void an_event_after_the_last_day_is_refused() throws IOException {
        Broken b = brokenScenario("  day: 0\n  kind: OFFENSIVE", "  day: 60\n  kind: OFFENSIVE");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line(), "event[1].day");
        assertEquals("day 60 is after the last day 51", e.problem());
    }

    @Test
    void an_offensive_without_an_intensity_is_refused_at_its_block() throws IOException {
        String text = bundledText(SCENARIO);
        int block = 1 + (int) text.substring(0, text.indexOf("event {\n  id: \"offensive\"")).chars().filter(c -> c == '\n').count();
        Broken b = brokenScenario("  intensity: 1\n", "");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), block, "event[1].intensity");
        assertEquals("missing: an offensive needs an intensity", e.problem());
    }

    @Test
    void only_preferences_may_be_overridden() throws IOException {
        Broken b = brokenScenario("days: 52\n", "days: 52\npreference_override { path: \"actors.ARM.troops\" value: \"1\" reason: \"none\" }\n");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line() + 1, "preference_override[0].path");
        assertEquals("only preferences may be overridden, not 'actors.ARM.troops'", e.problem());
    }

    @Test
    void a_preference_override_out_of_range_is_refused() throws IOException {
        Broken b = brokenScenario("days: 52\n",
                "days: 52\npreference_override { path: \"preferences.RUS.prestige\" value: \"5\" reason: \"a new government\" }\n");

        ScenarioException e = refused(b.file());

        assertPointsAt(e, b.file(), b.line() + 1, "preference_override[0].value");
        assertEquals("preferences.RUS.prestige: 5 is out of range [0, 3]", e.problem());
    }

    @Test
    void an_unknown_name_is_neither_bundled_nor_a_file() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load("karabakh-2099"));

        assertEquals("karabakh-2099", e.file());
        assertTrue(e.getMessage().startsWith("karabakh-2099: no such scenario: neither a bundled name ("), e.getMessage());
        assertTrue(e.getMessage().contains("karabakh-2020"), e.getMessage());
    }

    @Test
    void every_bundled_scenario_loads() {
        assertEquals(12, Scenarios.bundled().size(), "six cases the model was built on, six it was not");
        for (String name : Scenarios.bundled()) {
            assertEquals(name, Scenarios.load(name).id());
        }
    }

    /** The bundled scenario and library beside a broken copy of the model's constants. */
    Broken brokenModel(String fragment, String replacement) throws IOException {
        Files.writeString(dir.resolve(SCENARIO + ".txtpb"), bundledText(SCENARIO), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("actors.txtpb"), bundledText("actors"), StandardCharsets.UTF_8);
        return broken("model", fragment, replacement);
    }

    /** Index of a constant in the bundled model file. */
    static int constantIndex(String name) {
        String text = bundledText("model");
        String before = text.substring(0, text.indexOf("name: \"" + name + "\""));
        return (int) before.lines().filter(l -> l.equals("constant {")).count() - 1;
    }

    @Test
    void an_unknown_model_constant_is_refused_at_its_name() throws IOException {
        Broken model = brokenModel("name: \"kin_clarity\"", "name: \"kin_clearness\"");

        ScenarioException e = refused(dir.resolve(SCENARIO + ".txtpb"));

        assertPointsAt(e, model.file().toAbsolutePath(), model.line(), "constant[" + constantIndex("kin_clarity") + "].name");
        assertEquals("unknown constant 'kin_clearness': the engine uses no constant of that name", e.problem());
    }

    @Test
    void a_model_constant_outside_its_range_is_refused_at_its_value() throws IOException {
        Broken model = brokenModel("name: \"kin_clarity\"\n  value: 0.15", "name: \"kin_clarity\"\n  value: 1.5");

        ScenarioException e = refused(dir.resolve(SCENARIO + ".txtpb"));

        assertPointsAt(e, model.file().toAbsolutePath(), model.line() + 1, "constant[" + constantIndex("kin_clarity") + "].value");
        assertEquals("value 1.5 is out of its range [0, 1]", e.problem());
    }

    @Test
    void a_model_constant_the_engine_needs_must_be_defined() throws IOException {
        Broken model = brokenModel("name: \"kin_clarity\"", "name: \"kin_consultation\"");

        ScenarioException e = refused(dir.resolve(SCENARIO + ".txtpb"));

        assertEquals(model.file().toAbsolutePath().toString(), e.file());
        assertEquals("constant 'kin_consultation' is listed twice", e.problem());
    }

    @Test
    void a_model_constant_left_out_is_named() throws IOException {
        String text = bundledText("model");
        int start = text.lastIndexOf("constant {", text.indexOf("name: \"kin_clarity\""));
        int end = text.indexOf("}\n", start) + 2;
        Broken model = brokenModel(text.substring(start, end), "");

        ScenarioException e = refused(dir.resolve(SCENARIO + ".txtpb"));

        assertEquals(model.file().toAbsolutePath().toString(), e.file());
        assertEquals("missing: constant 'kin_clarity' is not defined", e.problem());
    }

    @Test
    void a_library_may_name_its_model_by_path() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("constants"));
        Files.writeString(elsewhere.resolve("calm.txtpb"), bundledText("model").replace("name: \"temperature\"\n  value: 0.05",
                "name: \"temperature\"\n  value: 0.5"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SCENARIO + ".txtpb"), bundledText(SCENARIO), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("actors.txtpb"), "model: \"constants/calm.txtpb\"\n" + bundledText("actors"), StandardCharsets.UTF_8);

        assertEquals(0.5, Scenarios.load(dir.resolve(SCENARIO + ".txtpb").toString()).temperature(), 1e-12);
    }

    @Test
    void a_model_file_that_is_not_there_is_named() throws IOException {
        Files.writeString(dir.resolve(SCENARIO + ".txtpb"), bundledText(SCENARIO), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("actors.txtpb"), "model: \"constants/none.txtpb\"\n" + bundledText("actors"), StandardCharsets.UTF_8);

        ScenarioException e = refused(dir.resolve(SCENARIO + ".txtpb"));

        assertEquals("model", e.field());
        assertEquals("no model constants file 'constants/none.txtpb' at that path", e.problem());
    }
}
