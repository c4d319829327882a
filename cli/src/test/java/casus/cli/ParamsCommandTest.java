package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class ParamsCommandTest {
    @Test
    void params_lists_every_path_with_its_value_and_range() {
        Cli r = Cli.run("params", "--scenario", "border-2022");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("actors\\.RUS\\.readiness\\s+0\\.6\\s+\\[0, 1\\].*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("relations\\.RUS\\.AZE\\.interdependence\\s+\\S+\\s+\\[0, 1\\].*")));
        assertTrue(r.out().lines().anyMatch(l -> l.matches("actors\\.RUS\\.forces_committed_elsewhere\\s+\\S+\\s+\\[0, 1\\]\\s+from 0\\.75 to 0\\.85")),
                "a drawn fact shows its range");
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("preferences.RUS.legal_position ")));
    }

    @Test
    void params_after_set_shows_the_new_value() {
        Cli r = Cli.run("params", "--scenario", "border-2022", "--set", "beliefs.ARM.CSTO=0.7", "--format", "json", "beliefs.ARM.CSTO");
        assertEquals(0, r.status(), r.err());
        var list = JsonParser.parseString(r.out()).getAsJsonArray();
        assertEquals(1, list.size());
        assertEquals("0.7", list.get(0).getAsJsonObject().get("value").getAsString());
    }

    @Test
    void params_lists_the_models_constants_with_their_range() {
        Cli r = Cli.run("params", "--scenario", "border-2022", "model.");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("model\\.territory_scale\\s+5\\s+\\[0, 20\\].*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("model\\.proposal_days\\s+5\\s+\\[1, 60\\].*")), "whole numbers show an integer range");
    }

    @Test
    void a_model_constant_can_be_set_like_any_parameter() {
        Cli r = Cli.run("params", "--scenario", "border-2022", "--set", "model.kin_clarity=0.4", "--format", "json", "model.kin_clarity");
        assertEquals(0, r.status(), r.err());
        assertEquals("0.4", JsonParser.parseString(r.out()).getAsJsonArray().get(0).getAsJsonObject().get("value").getAsString());
    }

    @Test
    void params_as_markdown_tells_each_constants_meaning_and_basis() {
        Cli r = Cli.run("params", "--scenario", "border-2022", "--format", "markdown", "model.lethality");
        assertEquals(0, r.status(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("| `model.lethality`")).findFirst().orElseThrow();
        assertTrue(row.contains("deaths per engaged soldier"), row);
        assertTrue(row.contains("judgement"), row);
    }

    @Test
    void params_with_an_unknown_prefix_exits_2() {
        Cli r = Cli.run("params", "--scenario", "border-2022", "actors.XYZ");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("nearest"), r.err());
    }
}
