package casus.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void splits_at_spaces_and_keeps_apostrophes_as_letters() {
        assertEquals(List.of("msg", "VIC", "we", "can't", "accept", "this"), Words.split("msg VIC we can't accept this"));
    }

    @Test
    void double_quotes_keep_spaces_inside_one_word() {
        assertEquals(List.of("create", "test-war", "--title", "Monday group"), Words.split("create test-war --title \"Monday group\""));
    }

    @Test
    void a_backslash_keeps_a_quote_in_a_word() {
        assertEquals(List.of("msg", "all", "say", "\"no\""), Words.split("msg all say \\\"no\\\""));
    }

    @Test
    void an_option_is_named_by_its_words_joined_with_colons() {
        assertEquals("request:PACT:Art.4", DoCommand.key(List.of("request", "PACT", "Art.4")));
        assertEquals("hold", DoCommand.key(List.of("hold")));
    }
}
