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
    void params_with_an_unknown_prefix_exits_2() {
        Cli r = Cli.run("params", "--scenario", "border-2022", "actors.XYZ");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("nearest"), r.err());
    }
}
