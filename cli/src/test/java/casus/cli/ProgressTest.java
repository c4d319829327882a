package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void line_shows_runs_done_the_rate_and_the_time_left() {
        assertEquals("[######..................] 2,500 / 10,000 runs  1,250 runs/s  0:06 left ", Progress.line(2_500, 10_000, 2.0));
    }

    @Test
    void line_before_any_run_has_no_estimate() {
        assertEquals("[........................] 0 / 10 runs  0 runs/s  --:-- left ", Progress.line(0, 10, 0.5));
    }

    @Test
    void clock_counts_hours_when_it_must() {
        assertEquals("1:01:05", Progress.clock(3665));
        assertEquals("2:05", Progress.clock(125));
    }
}
