package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.run.Flag;
import casus.engine.run.Metric;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    @Test
    void prints_a_chronicle_that_ends_with_every_outcome() {
        Cli cli = Cli.run("run", "--scenario", "karabakh-2020", "--seed", "3");

        assertEquals(0, cli.status(), cli::toString);
        String out = cli.out();
        assertTrue(out.startsWith("Second Karabakh War (karabakh-2020), seed 3\n"), out);
        assertTrue(out.contains("\nDay 0 \u00b7 2020-09-27\n"), "days are dated from the scenario's start");
        List<String> outcomes = Arrays.asList(out.substring(out.lastIndexOf("\nOutcomes\n") + "\nOutcomes\n".length()).strip().split("\n"));
        assertEquals(Flag.values().length + 1 + Metric.values().length, outcomes.size(), out);
        for (int i = 0; i < Flag.values().length; i++) {
            String line = outcomes.get(i).strip();
            assertTrue(line.matches(Flag.of(i).key() + " +(yes|no)"), line);
        }
        assertTrue(outcomes.get(Flag.values().length).strip().matches("ceasefire_broker +[A-Z]+|ceasefire_broker +none"), outcomes.toString());
        for (int i = 0; i < Metric.values().length; i++) {
            String line = outcomes.get(Flag.values().length + 1 + i).strip();
            assertTrue(line.matches(Metric.of(i).key() + " +\\d+(\\.\\d\\d)?"), line);
        }
    }

    @Test
    void tells_every_decision_that_changed_something_with_its_reasons() {
        Cli cli = Cli.run("run", "--scenario", "karabakh-2020", "--seed", "3");

        assertTrue(cli.out().contains("  ! Azerbaijan launches an offensive along the whole line of contact\n"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.matches("  [A-Z]{3} +\\S.* \u2014 .+")), "a decision with its reasons");
    }

    @Test
    void the_same_seed_prints_the_same_chronicle() {
        assertEquals(Cli.run("run", "--scenario", "border-2022", "--seed", "11").out(),
                Cli.run("run", "--scenario", "border-2022", "--seed", "11").out());
    }

    @Test
    void run_with_set_changes_the_world_and_says_so() {
        Cli plain = Cli.run("run", "--scenario", "border-2022", "--seed", "4");
        Cli freed = Cli.run("run", "--scenario", "border-2022", "--seed", "4", "--set", "actors.RUS.forces_committed_elsewhere=0.1");
        assertEquals(0, freed.status(), freed.err());
        assertTrue(freed.out().contains("Set: actors.RUS.forces_committed_elsewhere=0.1"));
        assertNotEquals(plain.out(), freed.out());
    }

    @Test
    void run_with_a_bad_set_exits_2() {
        Cli r = Cli.run("run", "--scenario", "border-2022", "--set", "regions.NOWHERE.terrain=0.5");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("nearest"), r.err());
        assertEquals(Casus.BAD_INPUT, Cli.run("run", "--set", "no-equals-sign").status());
    }
}
