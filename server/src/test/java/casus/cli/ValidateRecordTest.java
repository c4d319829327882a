package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The model reproduces the record: the full validation, at its default number of runs, passes. */
class ValidateRecordTest {

    @Test
    void the_model_passes_every_case_and_check_of_the_record_at_2000_runs() {
        Cli cli = Cli.run("validate", "--runs", "2000", "--threads", "2");

        assertEquals(0, cli.status(), cli::toString);
        assertTrue(cli.out().matches("(?s).*; (\\d+) of \\1 passed \\(2000 runs each, seed 1\\)\\s*"), cli.out());
    }
}
