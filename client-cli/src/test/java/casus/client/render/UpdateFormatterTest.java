package casus.client.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.Situations;
import org.junit.jupiter.api.Test;

class UpdateFormatterTest {
    @Test
    void briefly_tells_what_was_done_leaving_out_quiet_decisions_and_reasons() {
        String s = String.join("\n", new UpdateFormatter(Palette.plain(), 100).tick(Situations.day3(), "VIC", false));

        assertTrue(s.startsWith("-- day 3 · 2030-01-04 "), s);
        assertTrue(s.contains("    ATK    attacks R1 at full intensity\n"), s);
        assertTrue(s.contains("    VIC    appeals for assistance under PACT Art.4 [player]\n"), s);
        assertTrue(s.contains("+ 1 quiet decision (hold, pass)"), s);
        assertTrue(s.contains("    note   fighting in R1"), s);
        assertTrue(s.contains("    next   day 4: Winter comes"), s);
        assertFalse(s.contains("why:"), s);
    }

    @Test
    void in_full_tells_every_reason_and_the_numbers_that_moved() {
        String s = String.join("\n", new UpdateFormatter(Palette.plain(), 100).tick(Situations.day3(), "", true));

        assertTrue(s.contains("          why: over hold: territory +2.3"), s);
    }
}
