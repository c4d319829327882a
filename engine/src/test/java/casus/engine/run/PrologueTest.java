package casus.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.ChoiceSet;
import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PrologueTest {
    private static final long GAME_SEED = 11;

    /**
     * A person holds the victim: on even days they choose each decision's last option; on odd
     * days they choose nothing, and the agent stands in on days 1, 5, 9, … and the state holds
     * still on the others.
     */
    private static final class Person implements Commands {
        private final int held;
        private final int day;

        Person(int held, int day) {
            this.held = held;
            this.day = day;
        }

        @Override
        public boolean controls(int actor) {
            return actor == held;
        }

        @Override
        public int choice(ChoiceSet set, Setting setting) {
            return day % 2 == 0 ? set.size() - 1 : -1;
        }

        @Override
        public boolean agentStandsIn(int actor) {
            return day % 4 == 1;
        }
    }

    private record Played(String chronicle, Outcome outcome) {
    }

    /** Plays a game with a person, an injected event and a changed fact, recording its first days. */
    private static Played game(Setting s, Prologue.Builder record, int recordDays) {
        StringWriter text = new StringWriter();
        Simulation sim = new Simulation(s, GAME_SEED, new Chronicle(new PrintWriter(text)));
        int victim = s.roles().victim();
        while (!sim.finished()) {
            int day = sim.day();
            if (day == 2 && !s.injectables().isEmpty()) {
                var e = s.injectables().get(0).on(day);
                sim.inject(e);
                if (day < recordDays) {
                    record.inject(e);
                }
            }
            if (day == 3) {
                FactChange c = new FactChange("actors." + s.actorId(victim) + ".stability", "0.4");
                sim.change(c);
                if (day < recordDays) {
                    record.change(c);
                }
            }
            sim.tick(new Person(victim, day));
            if (day < recordDays) {
                record.played(sim);
            }
        }
        return new Played(text.toString(), sim.outcome());
    }

    @Test
    void a_whole_game_played_again_is_the_game_whatever_the_continuation_seed() {
        Setting s = Scenarios.load("border-2022");
        assertFalse(s.injectables().isEmpty(), "the test injects the scenario's first injectable");
        Prologue.Builder record = Prologue.builder(s, GAME_SEED);
        Played game = game(s, record, Integer.MAX_VALUE);
        assertTrue(game.chronicle().contains("[player]"));
        Prologue p = record.build();
        assertEquals(s.days(), p.days());
        for (long seed : new long[] {1, 99}) {
            StringWriter again = new StringWriter();
            Simulation replayed = p.play(seed, new Chronicle(new PrintWriter(again)), new Workspace());
            assertTrue(replayed.finished());
            assertEquals(game.chronicle(), again.toString());
            Outcome o = replayed.outcome();
            assertEquals(game.outcome().flags(), o.flags());
            assertEquals(game.outcome().broker(), o.broker());
            assertArrayEquals(game.outcome().metrics(), o.metrics());
        }
    }

    @Test
    void the_recorded_days_are_told_as_the_game_told_them_and_the_rest_depends_on_the_seed() {
        Setting s = Scenarios.load("karabakh-2020");
        Prologue.Builder record = Prologue.builder(s, GAME_SEED);
        String chronicle = game(s, record, 6).chronicle();
        Prologue p = record.build();
        assertEquals(6, p.days());
        String first = continuation(p, 1);
        String recorded = chronicle.substring(0, firstDayFrom(chronicle, 6));
        assertTrue(recorded.contains("[player]"));
        assertTrue(first.startsWith(recorded), "days 0 to 5 as the game played them, with the person's choices and the facilitator's inputs");
        assertEquals(first, continuation(p, 1));
        java.util.Set<String> endings = new java.util.HashSet<>();
        for (long seed = 1; seed <= 30; seed++) {
            endings.add(continuation(p, seed));
        }
        assertTrue(endings.size() > 1, "thirty continuation seeds should not all tell the same story");
    }

    /** Where the chronicle starts telling day {@code day} or a later one (quiet days are not told). */
    private static int firstDayFrom(String chronicle, int day) {
        var m = java.util.regex.Pattern.compile("(?m)^Day (\\d+) ").matcher(chronicle);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) >= day) {
                return m.start();
            }
        }
        return chronicle.length();
    }

    private static String continuation(Prologue p, long seed) {
        StringWriter text = new StringWriter();
        Simulation sim = p.play(seed, new Chronicle(new PrintWriter(text)), new Workspace());
        sim.runToEnd();
        return text.toString();
    }
}
