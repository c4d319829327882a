package casus.engine.run;

import static casus.engine.testing.Constants.k;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.event.DayEnded;
import casus.engine.event.RunEvent;
import casus.engine.model.Ask;
import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Packages;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.rules.Ceasefires;
import casus.engine.rules.Settlement;
import casus.engine.testing.Acts;
import casus.engine.testing.CheckedRun;
import casus.engine.testing.TinySetting;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.World;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link CheckedRun} catch what they promise to: a run left alone passes, and a run
 * whose world or decisions are tampered with as a day ends fails, naming what broke.
 */
class CheckedRunTest {
    /** Every state at a person's controls, holding still, but {@code actor} choosing {@code option} in {@code decision} whenever offered. */
    static Commands holding(int actor, String decision, String option) {
        return new Commands() {
            @Override
            public boolean controls(int a) {
                return true;
            }

            @Override
            public int choice(ChoiceSet set, Setting setting) {
                if (set.actor() == actor && set.key(setting).equals(decision)) {
                    for (int i = 0; i < set.size(); i++) {
                        if (set.action(i).key(setting).equals(option)) {
                            return i;
                        }
                    }
                }
                return -1;
            }

            @Override
            public boolean agentStandsIn(int a) {
                return false;
            }
        };
    }

    static final Commands HOLDING = holding(-1, "", "");

    /** A recorder that tampers with the run as the given day ends. */
    static final class Tamper implements Recorder {
        private final int day;
        private final BiConsumer<World, Simulation> act;
        private CheckedRun run;

        Tamper(int day, BiConsumer<World, Simulation> act) {
            this.day = day;
            this.act = act;
        }

        @Override
        public void happened(World w, RunEvent e) {
            if (e instanceof DayEnded && w.day() == day) {
                act.accept(w, run.simulation());
            }
        }
    }

    /** Runs the setting with a tamperer for each day given; returns what the checks said, or fails if they said nothing. */
    static String broken(Setting s, Commands commands, Tamper... tampers) {
        Recorder recorder = new Recorder() {
            @Override
            public void happened(World w, RunEvent e) {
                for (Tamper t : tampers) {
                    t.happened(w, e);
                }
            }
        };
        CheckedRun run = new CheckedRun(s, 1, commands, recorder);
        for (Tamper t : tampers) {
            t.run = run;
        }
        AssertionError e = assertThrows(AssertionError.class, run::runToEnd);
        return e.getMessage();
    }

    static Setting war(int region) {
        return TinySetting.crisis(region);
    }

    static Proposal proposal(World w, int proposer, int variant) {
        return Acts.propose(w, proposer, w.wars().conflict(0), variant);
    }

    @Test
    void a_run_left_alone_passes() {
        CheckedRun run = new CheckedRun(war(HOME), 1, HOLDING, Recorder.NONE);

        run.runToEnd();

        assertEquals(run.simulation().setting().days(), run.ticks());
    }

    @Test
    void catches_an_attacker_at_full_intensity_with_its_acceptance_standing() {
        String problem = broken(war(HOME), HOLDING, new Tamper(0, (w, sim) -> {
            w.talks().accept(proposal(w, NEU, Packages.FREEZE), ATK);
            w.wars().setIntensity(w.wars().conflict(0), k(ModelConstant.ATTACK_HIGH));
        }));

        assertTrue(problem.contains("day 0: ATK attacks C0 at full intensity with its acceptance of P0 standing"), problem);
    }

    @Test
    void catches_an_attack_that_did_not_withdraw_the_acceptance() {
        String problem = broken(war(HOME), holding(ATK, "posture:C0", "attack:C0:low"), new Tamper(0, (w, sim) -> {
            w.talks().accept(proposal(w, NEU, Packages.FREEZE), ATK);
            w.wars().setIntensity(w.wars().conflict(0), 0);
        }), new Tamper(1, (w, sim) -> w.talks().accept(w.talks().proposal(0), ATK)));

        assertTrue(problem.contains("day 1: ATK chose attack:C0:low in posture:C0 but its acceptance of P0 still stands"), problem);
    }

    @Test
    void catches_forces_sent_to_a_government_that_has_fallen() {
        String problem = broken(war(HOME), HOLDING, new Tamper(0, (w, sim) -> w.regimes().fall(DEF)),
                new Tamper(1, (w, sim) -> w.military().deploy(new Presence(PAT, -1, -1, DEF, 2000, DeploymentKind.PEACEKEEPERS, 1))));

        assertTrue(problem.contains("day 1: forces of PAT sent to DEF, whose government had fallen"), problem);
    }

    @Test
    void catches_a_guard_deployed_for_a_government_that_has_fallen() {
        String problem = broken(war(HOME), HOLDING, new Tamper(0, (w, sim) -> w.regimes().fall(DEF)), new Tamper(1, (w, sim) -> w.aid().guard(DEF)));

        assertTrue(problem.contains("day 1: a guard deployed for DEF"), problem);
    }

    @Test
    void catches_a_yes_to_forces_for_a_government_that_has_fallen() {
        SettingBuilder b = TinySetting.builder();
        b.events.add(new casus.engine.model.EventDef("unrest", 0, casus.engine.model.EventKind.UNREST, DEF, new int[0], 0.8, 0, 0, 0.8, ""));
        String problem = broken(b.build(), HOLDING, new Tamper(0, (w, sim) -> {
            Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.PEACEKEEPERS, -1);
            w.regimes().fall(DEF);
        }), new Tamper(1, (w, sim) -> {
            for (ChoiceSet set : sim.decisions(MBA)) {
                if (set.kind() == ChoiceKind.VOTE) {
                    int yes = set.add(ActionKind.VOTE_YES, -1, set.subject(), BLOC, -1, 0);
                    set.choose(yes, yes, true);
                }
            }
        }));

        assertTrue(problem.contains("day 1: MBA was offered vote-yes:M0 in vote:M0: forces for a government that had fallen"), problem);
    }

    @Test
    void catches_an_appeal_about_a_war_under_a_ceasefire() {
        String problem = broken(war(HOME), HOLDING, new Tamper(0, (w, sim) -> {
            Proposal p = proposal(w, NEU, Packages.FREEZE);
            w.talks().accept(p, ATK);
            w.talks().accept(p, DEF);
            Ceasefires.settle(w, w.wars().conflict(0));
        }), new Tamper(1, (w, sim) -> Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, 0)));

        assertTrue(problem.contains("day 1: DEF appealed about C0, CEASEFIRE"), problem);
    }

    @Test
    void catches_an_appeal_about_a_war_that_died_down_with_no_ground_taken() {
        String problem = broken(war(HOME), HOLDING, new Tamper(0, (w, sim) -> {
            w.wars().setIntensity(w.wars().conflict(0), 0);
            w.wars().setPhase(w.wars().conflict(0), Conflict.Phase.DORMANT, -1, false);
            for (int r = 0; r < w.setting().regionCount(); r++) {
                w.territory().shiftControl(r, ATK, DEF, 1);
            }
        }), new Tamper(1, (w, sim) -> Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, 0)));

        assertTrue(problem.contains("day 1: DEF appealed about C0, DORMANT without occupied ground of its own"), problem);
    }

    @Test
    void catches_own_peacekeepers_proposed_by_a_state_without_a_peacekeeping_force() {
        String problem = broken(war(HOME), HOLDING, new Tamper(0, (w, sim) -> {
            Conflict c = w.wars().conflict(0);
            w.talks().propose(NEU, c.index(), Settlement.terms(w, c, NEU, Packages.OWN_PEACEKEEPERS), false);
        }));

        assertTrue(problem.contains("day 0: NEU proposed its own peacekeepers without 0 troops to send"), problem);
    }

    @Test
    void catches_a_suspension_while_the_members_own_appeal_is_open() {
        String problem = broken(war(HOME), HOLDING,
                new Tamper(0, (w, sim) -> Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, 0)),
                new Tamper(1, (w, sim) -> {
                    for (ChoiceSet set : sim.decisions(DEF)) {
                        if (set.kind() == ChoiceKind.APPEAL && set.subject() == BLOC) {
                            int suspend = set.add(ActionKind.SUSPEND, -1, -1, BLOC, -1, 0);
                            set.choose(suspend, suspend, true);
                        }
                    }
                }));

        assertTrue(problem.contains("day 1: DEF was offered suspend:BLOC in appeal:BLOC while its own appeal to BLOC is open"), problem);
    }

    @Test
    void catches_a_state_fighting_with_its_peacekeepers_still_keeping_the_peace() {
        SettingBuilder b = TinySetting.builder();
        b.deployments.add(new DeploymentDef(PAT, ENCLAVE, 2000, DeploymentKind.PEACEKEEPERS));
        TinySetting.offensive(b, "offensive", 0, 1.0, ENCLAVE);

        String problem = broken(b.build(), HOLDING, new Tamper(0, (w, sim) -> w.wars().joinDefence(w.wars().conflict(0), PAT)));

        assertTrue(problem.contains("day 0: PAT fights in C0 with its peacekeepers still standing in ENCLAVE"), problem);
    }

    @Test
    void catches_an_option_offered_twice_under_one_key() {
        String problem = broken(war(HOME), HOLDING, new Tamper(1, (w, sim) -> {
            for (ChoiceSet set : sim.decisions(ATK)) {
                if (set.kind() == ChoiceKind.POSTURE) {
                    set.add(ActionKind.ATTACK, -1, set.subject(), -1, -1, k(ModelConstant.ATTACK_HIGH));
                }
            }
        }));

        assertTrue(problem.contains("day 1: ATK was offered attack:C0:high twice in posture:C0"), problem);
    }
}
