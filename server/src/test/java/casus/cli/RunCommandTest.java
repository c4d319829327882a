package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunCommandTest {
    @Test
    void run_with_set_changes_the_world_and_says_so() {
        CliRun plain = CliRun.of("run", "--scenario", "border-2022", "--seed", "4");
        CliRun freed = CliRun.of("run", "--scenario", "border-2022", "--seed", "4", "--set", "actors.RUS.forces_committed_elsewhere=0.1");
        assertEquals(0, freed.exit(), freed.err());
        assertTrue(freed.out().contains("Set: actors.RUS.forces_committed_elsewhere=0.1"));
        assertNotEquals(plain.out(), freed.out());
    }

    @Test
    void run_is_the_same_text_every_time() {
        assertEquals(CliRun.of("run", "--scenario", "border-2022", "--seed", "11").out(), CliRun.of("run", "--scenario", "border-2022", "--seed", "11").out());
    }

    @Test
    void run_with_a_bad_set_exits_2() {
        CliRun r = CliRun.of("run", "--scenario", "border-2022", "--set", "regions.NOWHERE.terrain=0.5");
        assertEquals(Casus.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("nearest"), r.err());
        assertEquals(Casus.BAD_INPUT, CliRun.of("run", "--set", "no-equals-sign").exit());
    }
}
