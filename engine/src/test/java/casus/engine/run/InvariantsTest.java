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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine's invariants ({@link CheckedRun}) hold after every tick, whatever the seed, in every
 * bundled scenario and in random small crises, whether agents decide or people choose at random.
 */
class InvariantsTest {
    private static final Map<String, Setting> LOADED = new ConcurrentHashMap<>();

    static Setting bundled(String name) {
        return LOADED.computeIfAbsent(name, Scenarios::load);
    }

    @Provide
    Arbitrary<String> scenarios() {
        List<String> names = Scenarios.bundled();
        return Arbitraries.of(names);
    }

    @Property(tries = 60)
    void hold_in_every_bundled_scenario_when_agents_decide(@ForAll("scenarios") String scenario, @ForAll long seed) {
        CheckedRun run = new CheckedRun(bundled(scenario), seed, Commands.NONE);

        run.runToEnd();

        assertEquals(run.simulation().setting().days(), run.ticks());
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void hold_in_every_bundled_scenario_when_people_choose_at_random(@ForAll("scenarios") String scenario, @ForAll long seed,
            @ForAll long players) {
        new CheckedRun(bundled(scenario), seed, RandomPlayer.everyone(players)).runToEnd();
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
