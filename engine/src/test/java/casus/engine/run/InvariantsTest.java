package casus.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import casus.engine.testing.CheckedRun;
import casus.engine.testing.RandomPlayer;
import casus.engine.testing.TinySetting;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's invariants ({@link CheckedRun}) hold after every tick: in every bundled scenario
 * of the index, over many seeds, whether agents decide or people choose at random, and in random
 * small crises. The index holds the cases scored out of sample too, now that the model they test
 * is settled: their chronicles must be as coherent as any.
 */
class InvariantsTest {
    /** Seeds per bundled scenario with agents deciding. */
    static final int AGENT_SEEDS = 500;
    /** Seeds per bundled scenario with people choosing at random. */
    static final int PLAYER_SEEDS = 50;

    private static final Map<String, Setting> LOADED = new ConcurrentHashMap<>();

    static Setting bundled(String name) {
        return LOADED.computeIfAbsent(name, Scenarios::load);
    }

    static List<String> scenarios() {
        return Scenarios.bundled();
    }

    /** Checks runs of many seeds, spread over the cores: each run is independent of the others. */
    static void checkSeeds(Setting s, int seeds, java.util.function.LongFunction<Commands> commands) {
        LongStream.range(0, seeds).parallel().forEach(seed -> {
            CheckedRun run = new CheckedRun(s, seed, commands.apply(seed));
            run.runToEnd();
            assertEquals(run.simulation().setting().days(), run.ticks(), s.id() + " seed " + seed);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void hold_in_every_bundled_scenario_when_agents_decide(String scenario) {
        checkSeeds(bundled(scenario), AGENT_SEEDS, seed -> Commands.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void hold_in_every_bundled_scenario_when_people_choose_at_random(String scenario) {
        checkSeeds(bundled(scenario), PLAYER_SEEDS, seed -> RandomPlayer.everyone(~seed));
    }

    @Property(tries = 100)
    void hold_in_random_small_crises(@ForAll long crisis, @ForAll long seed) {
        new CheckedRun(TinySetting.random(crisis), seed, Commands.NONE).runToEnd();
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void hold_in_random_small_crises_played_at_random(@ForAll long crisis, @ForAll long seed, @ForAll long players) {
        new CheckedRun(TinySetting.random(crisis), seed, new RandomPlayer(players, players)).runToEnd();
    }
}
