package casus.engine.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.run.Commands;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import casus.engine.model.Ask;
import casus.engine.world.Request;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** Why an option is not an actor's today, by the rules that build its options. */
class RefusalsTest {
    @Test
    void a_legal_option_is_never_refused() {
        for (String name : Scenarios.bundled()) {
            Simulation sim = new Simulation(Scenarios.load(name), 5, Recorder.NONE);
            for (int day = 0; day < 20 && !sim.finished(); day++) {
                for (int a = 0; a < sim.setting().actorCount(); a++) {
                    for (ChoiceSet set : sim.preview(a)) {
                        for (int i = 0; i < set.size(); i++) {
                            String key = set.action(i).key(sim.setting());
                            assertNull(Refusals.why(sim.world(), a, key), name + " day " + sim.day() + ": " + key + " is legal");
                        }
                    }
                }
                sim.tick(Commands.NONE);
            }
        }
    }

    @Test
    void an_appeal_to_a_treaty_the_state_is_not_a_member_of_says_so() {
        for (String name : Scenarios.bundled()) {
            Setting s = Scenarios.load(name);
            Simulation sim = new Simulation(s, 1, Recorder.NONE);
            for (int t = 0; t < s.treatyCount(); t++) {
                for (int a = 0; a < s.actorCount(); a++) {
                    if (!s.member(t, a)) {
                        String key = "request:" + s.treatyId(t) + ":" + s.articles(t).get(0).id() + ":military-aid";
                        assertEquals(s.actorId(a) + " is not a member of " + s.treatyId(t), Refusals.why(sim.world(), a, key));
                    }
                }
            }
        }
    }

    @Test
    void an_appeal_made_and_not_yet_answered_says_on_which_day() {
        Setting s = Scenarios.load("border-2022");
        Simulation sim = new Simulation(s, 1, Recorder.NONE);
        int arm = s.actor("ARM");
        String appeal = "request:CSTO:Art.4:military-aid";
        sim.tick(new Commands() {
            @Override
            public boolean controls(int actor) {
                return actor == arm;
            }

            @Override
            public int choice(ChoiceSet set, Setting setting) {
                for (int i = 0; i < set.size(); i++) {
                    if (set.action(i).key(setting).equals(appeal)) {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public boolean agentStandsIn(int actor) {
                return false;
            }
        });
        World w = sim.world();
        Request q = w.appeals().lastAppeal(arm, s.treaty("CSTO"), -1, 0, Ask.MILITARY_AID);
        assertTrue(q != null && q.open(), "ARM appealed on day 0, and CSTO has not answered yet");
        assertEquals("ARM made that appeal already on day 0, and it awaits its answer", Refusals.why(w, arm, appeal));
    }

    @Test
    void a_vote_or_a_proposal_that_is_not_open_says_so() {
        Setting s = Scenarios.load("border-2022");
        World w = new Simulation(s, 1, Recorder.NONE).world();
        int arm = s.actor("ARM");
        assertEquals("no vote M4 is open", Refusals.why(w, arm, "vote-yes:M4"));
        assertEquals("no ceasefire proposal P2 has been made", Refusals.why(w, arm, "accept:P2"));
        assertEquals("CSTO has no article Art.9", Refusals.why(w, arm, "request:CSTO:Art.9:military-aid"));
        assertNull(Refusals.why(w, arm, "attack:C0:high"), "no words for what it cannot explain");
        assertNull(Refusals.why(w, arm, "vote-yes:Mx"));
    }
}
