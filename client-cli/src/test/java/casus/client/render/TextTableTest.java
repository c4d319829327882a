package casus.client.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.client.render.TextTable.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
    @Test
    void aligns_columns_on_what_is_seen_whatever_the_colours() {
        Palette p = Palette.ansi();
        List<String> lines = new TextTable().row(Cell.styled("VIC", p::red), Cell.number("9.00"), Cell.of("alice"))
                .row(Cell.of("ALLY"), Cell.number("300.00"), Cell.of("agent")).lines(0);

        assertEquals(List.of("VIC     9.00  alice", "ALLY  300.00  agent"), lines.stream().map(Palette::visible).toList());
    }

    @Test
    void cuts_a_last_column_too_long_for_the_screen() {
        List<String> lines = new TextTable().row("treaty", "member of a very long treaty name indeed").lines(30);

        assertEquals(List.of("treaty  member of a very lo..."), lines);
    }

    @Test
    void wraps_a_last_column_under_itself_when_asked() {
        List<String> lines = new TextTable().wrapLast().indent("  ").row("war", "defends the border areas against the attacker").lines(34);

        assertEquals(List.of("  war  defends the border areas", "       against the attacker"), lines);
    }
}
