package casus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.ModelConstant;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTextTest {
    @TempDir
    Path dir;

    @Test
    void a_written_library_loads_in_a_scenario_that_names_it_with_its_constants_beside_it() throws IOException {
        ScenarioSources bundled = Scenarios.sources("border-2022");
        String why = "fitted by a test";
        Files.writeString(dir.resolve("actors.txtpb"), LibraryText.withWeights(bundled.library(),
                Map.of("RUS", Map.of("legal_position", 1.25), "KGZ", Map.of("cost", 0.7)), why));
        Files.writeString(dir.resolve(LibraryText.MODEL_FILE), LibraryText.withConstants(bundled.model(), Map.of("temperature", 0.125), why));
        Path scenario = dir.resolve("border.txtpb");
        Files.writeString(scenario, "library: \"actors.txtpb\"\n" + bundled.scenario().text());

        Setting fitted = Scenarios.load(scenario.toString());
        Setting handSet = Scenarios.load("border-2022");

        int rus = fitted.actor("RUS");
        assertEquals(1.25, fitted.weight(rus, Term.LEGAL));
        assertEquals(0.125, fitted.model().entry(ModelConstant.TEMPERATURE).value());
        for (Term t : Term.values()) {
            if (t != Term.LEGAL) {
                assertEquals(handSet.weight(rus, t), fitted.weight(rus, t), t.key());
            }
        }
        assertTrue(Files.readString(dir.resolve("actors.txtpb")).contains("fitted by a test (hand-set 0.4: "), "the old value and reason are kept");
        assertTrue(Files.readString(dir.resolve("actors.txtpb")).contains("fitted by a test (from archetype post_soviet_member)"),
                "a weight an archetype gave is stated");
    }
}
