package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void json_reports_every_recorded_outcome_and_every_check_with_the_documented_fields() {
        Cli cli = Cli.run("validate", "--runs", "200", "--json");

        assertTrue(cli.status() == 0 || cli.status() == 1, cli::toString);
        JsonObject o = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(Set.of("runs", "seed", "passed", "brier", "cases", "checks"), o.keySet());
        assertEquals(200, o.get("runs").getAsInt());
        assertEquals(1, o.get("seed").getAsLong());
        double brier = o.get("brier").getAsDouble();
        assertTrue(brier >= 0 && brier <= 1, "brier " + brier);

        int expected = 0;
        int checks = 0;
        for (String name : Scenarios.bundled()) {
            Setting s = Scenarios.load(name);
            expected += s.expectations().size();
            checks += s.checks().size();
        }
        assertEquals(expected, o.getAsJsonArray("cases").size());
        assertEquals(checks, o.getAsJsonArray("checks").size());

        boolean allPass = true;
        for (JsonElement e : o.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            assertEquals(Set.of("scenario", "outcome", "observed", "p_observed", "pass"), c.keySet());
            double p = c.get("p_observed").getAsDouble();
            assertTrue(p >= 0 && p <= 1, c.toString());
            allPass &= c.get("pass").getAsBoolean();
        }
        for (JsonElement e : o.getAsJsonArray("checks")) {
            JsonObject c = e.getAsJsonObject();
            assertEquals(Set.of("name", "scenario", "outcome", "p_base", "p_variant", "expected", "pass"), c.keySet());
            assertTrue(c.get("expected").getAsString().matches("(up|down) by \\d\\.\\d\\d"), c.toString());
            allPass &= c.get("pass").getAsBoolean();
        }
        assertEquals(allPass, o.get("passed").getAsBoolean());
        assertEquals(allPass ? 0 : 1, cli.status(), "the exit status says whether everything passed");
    }
}
