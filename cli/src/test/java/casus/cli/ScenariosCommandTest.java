package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenariosCommandTest {
    static final List<String> BUNDLED = List.of("georgia-2008", "kyrgyzstan-2010", "osh-2010", "turkey-syria-2012", "karabakh-2020",
            "belarus-2020", "border-2021", "kazakhstan-2022", "border-2022", "kyrgyz-tajik-2022", "karabakh-2023", "suspension-2024");

    @Test
    void lists_the_bundled_scenarios_one_line_each_in_the_order_of_the_record() {
        Cli cli = Cli.run("scenarios");

        assertEquals(0, cli.status(), cli::toString);
        String[] lines = cli.out().strip().split("\n");
        assertEquals(BUNDLED.size(), lines.length, cli::toString);
        for (int i = 0; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(BUNDLED.get(i) + " "), lines[i]);
            assertTrue(lines[i].matches(".* \\d{4}-\\d\\d-\\d\\d +\\d+ days  .+"), "a date, a length and a summary: " + lines[i]);
        }
        assertEquals("", cli.err());
    }
}
