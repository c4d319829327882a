package casus.engine.action;

import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.run.Commands;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person names a choice by decision key and option key; both must be unambiguous each day. */
class DecisionKeysTest {
    @Test
    void decision_and_option_keys_are_unique_among_an_actors_choices_of_the_day() {
        for (String name : Scenarios.bundled()) {
            Setting setting = Scenarios.load(name);
            Simulation sim = new Simulation(setting, 3, Recorder.NONE);
            while (!sim.finished()) {
                for (int a = 0; a < setting.actorCount(); a++) {
                    List<ChoiceSet> sets = sim.preview(a);
                    Set<String> decisions = new HashSet<>();
                    for (ChoiceSet set : sets) {
                        String key = set.key(sim.setting());
                        assertTrue(decisions.add(key), name + " day " + sim.day() + ": decision " + key + " twice");
                        Set<String> options = new HashSet<>();
                        for (int i = 0; i < set.size(); i++) {
                            String option = set.action(i).key(sim.setting());
                            assertTrue(options.add(option), name + ": option " + option + " twice in " + key);
                        }
                    }
                }
                sim.tick(Commands.NONE);
            }
        }
    }
}
