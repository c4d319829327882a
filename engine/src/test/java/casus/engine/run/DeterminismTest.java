package casus.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import casus.engine.testing.RandomPlayer;
import casus.engine.testing.TinySetting;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A run is a pure function of its setting, its seed and the people's commands. */
class DeterminismTest {

    static String chronicle(Setting s, long seed, Commands commands) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Chronicle chronicle = new Chronicle(out);
        chronicle.header(s, seed);
        Simulation sim = new Simulation(s, seed, chronicle);
        while (!sim.finished()) {
            sim.tick(commands);
        }
        chronicle.footer(sim.setting(), sim.outcome());
        out.flush();
        return text.toString();
    }

    static List<String> bundled() {
        return Scenarios.bundled();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void the_same_scenario_and_seed_give_the_same_chronicle_byte_for_byte(String name) {
        String first = chronicle(Scenarios.load(name), 7, Commands.NONE);
        String second = chronicle(Scenarios.load(name), 7, Commands.NONE);

        assertEquals(first, second);
        assertTrue(first.contains("\nOutcomes\n"), "a chronicle closes with its outcomes");
    }

    @Test
    void the_same_commands_give_the_same_chronicle() {
        Setting s = TinySetting.random(11);

        assertEquals(chronicle(s, 3, RandomPlayer.everyone(5)), chronicle(s, 3, RandomPlayer.everyone(5)));
    }

    @Test
    void different_seeds_tell_different_stories() {
        Setting s = Scenarios.load("karabakh-2020");
        Set<String> distinct = new HashSet<>();
        for (long seed = 1; seed <= 8; seed++) {
            distinct.add(chronicle(s, seed, Commands.NONE).replaceFirst("seed \\d+", "seed ?"));
        }

        assertTrue(distinct.size() > 1, "eight seeds told one story");
    }

    @Test
    void a_chronicle_does_not_change_the_run_it_tells() {
        Setting s = Scenarios.load("border-2022");
        Outcome silent = new Simulation(s, 9, Recorder.NONE).runToEnd();
        Simulation told = new Simulation(s, 9, new Chronicle(new PrintWriter(new StringWriter())));
        Outcome outcome = told.runToEnd();

        assertEquals(silent.flags(), outcome.flags());
        assertEquals(silent.broker(), outcome.broker());
        assertArrayEquals(silent.metrics(), outcome.metrics());
    }
}
