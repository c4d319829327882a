package casus.client.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void colours_a_terminal_that_has_colours() {
        assertTrue(Palette.choose(true, "xterm-256color", 256, Map.of(), false).enabled());
    }

    @Test
    void no_colour_when_NO_COLOR_is_set_to_anything() {
        assertFalse(Palette.choose(true, "xterm-256color", 256, Map.of("NO_COLOR", "1"), false).enabled());
        assertTrue(Palette.choose(true, "xterm-256color", 256, Map.of("NO_COLOR", ""), false).enabled(), "an empty NO_COLOR does not count");
    }

    @Test
    void no_colour_for_a_pipe_a_dumb_terminal_one_without_colours_or_when_turned_off() {
        assertFalse(Palette.choose(false, "xterm-256color", 256, Map.of(), false).enabled());
        assertFalse(Palette.choose(true, "dumb", 256, Map.of(), false).enabled());
        assertFalse(Palette.choose(true, "vt100", 0, Map.of(), false).enabled());
        assertFalse(Palette.choose(true, "xterm-256color", 256, Map.of(), true).enabled());
    }

    @Test
    void plain_text_carries_no_escape_sequences() {
        assertEquals("war", Palette.plain().red("war"));
        assertEquals("\u001b[31mwar\u001b[0m", Palette.ansi().red("war"));
        assertEquals("war", Palette.visible(Palette.ansi().bold(Palette.ansi().red("war"))));
    }
}
