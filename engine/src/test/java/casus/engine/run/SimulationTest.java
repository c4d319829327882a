package casus.engine.run;

import casus.engine.event.Origin;
import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.EventDef;
import casus.engine.model.EventKind;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.model.Term;
import casus.engine.model.Variation;
import casus.engine.testing.TinySetting;
import casus.engine.world.Request;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One run, a day at a time: events, decisions by agents or people, and the end. */
class SimulationTest {

    /** A person at DEF's controls who always picks the option with a given verb, if offered. */
    static Commands defenderChooses(ActionKind kind, boolean agentStandsIn) {
        return new Commands() {
            @Override
            public boolean controls(int actor) {
                return actor == DEF;
            }

            @Override
            public int choice(ChoiceSet set, Setting setting) {
                for (int i = 0; i < set.size(); i++) {
                    if (set.actionKind(i) == kind) {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public boolean agentStandsIn(int actor) {
                return agentStandsIn;
            }
        };
    }

    @Test
    void a_run_lasts_the_scenarios_days_and_no_longer() {
        Simulation sim = new Simulation(TinySetting.crisis(HOME), 1, Recorder.NONE);

        sim.runToEnd();

        assertEquals(30, sim.day());
        assertTrue(sim.finished());
        assertThrows(IllegalStateException.class, () -> sim.tick(Commands.NONE));
    }

    @Test
    void a_scheduled_offensive_opens_its_war_when_its_day_opens_before_anyone_decides() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.offensive(b, "late", 2, 1.0, HOME);
        Simulation sim = new Simulation(b.build(), 1, Recorder.NONE);

        sim.tick(Commands.NONE);
        assertTrue(sim.world().wars().conflicts().isEmpty());
        sim.tick(Commands.NONE);

        assertEquals(2, sim.day());
        assertEquals(1, sim.world().wars().conflicts().size());
        assertEquals(2, sim.world().wars().conflict(0).startDay());
    }

    @Test
    void an_injected_event_fires_at_once_and_counts_in_the_coming_tick() {
        Simulation sim = new Simulation(TinySetting.setting(), 1, Recorder.NONE);

        sim.inject(new EventDef("surprise", 0, EventKind.FORCES_REDEPLOYED, PAT, new int[0], 0, 0, 0.7, 0, ""));

        assertEquals(0.7, sim.world().military().committed(PAT), 1e-12);
    }

    @Test
    void a_persons_choice_takes_effect_and_the_agents_is_kept_beside_it() {
        Simulation sim = new Simulation(TinySetting.crisis(HOME), 1, Recorder.NONE);

        sim.tick(defenderChooses(ActionKind.REQUEST, true));

        ChoiceSet appeal = sim.decisions(DEF).get(0);
        assertEquals(ChoiceKind.APPEAL, appeal.kind());
        assertEquals(Origin.PERSON, sim.origin(DEF, 0));
        assertTrue(appeal.human());
        assertEquals(ActionKind.REQUEST, appeal.actionKind(appeal.chosen()));
        assertTrue(appeal.agentChoice() >= 0);
        assertFalse(sim.world().appeals().requests().isEmpty());
        assertEquals(DEF, sim.world().appeals().request(0).requester());
    }

    @Test
    void an_absent_person_is_replaced_by_the_agent_when_allowed() {
        Simulation sim = new Simulation(TinySetting.crisis(HOME), 1, Recorder.NONE);

        sim.tick(defenderChooses(ActionKind.ARM, true));

        for (int k = 0; k < sim.decisions(DEF).size(); k++) {
            ChoiceSet set = sim.decisions(DEF).get(k);
            assertEquals(Origin.AGENT_FOR_PERSON, sim.origin(DEF, k));
            assertEquals(set.agentChoice(), set.chosen());
        }
    }

    @Test
    void an_absent_person_holds_still_otherwise() {
        Simulation sim = new Simulation(TinySetting.crisis(HOME), 1, Recorder.NONE);

        sim.tick(defenderChooses(ActionKind.ARM, false));

        for (int k = 0; k < sim.decisions(DEF).size(); k++) {
            ChoiceSet set = sim.decisions(DEF).get(k);
            assertEquals(Origin.HELD, sim.origin(DEF, k));
            assertTrue(set.actionKind(set.chosen()).quiet());
        }
        assertTrue(sim.world().appeals().requests().isEmpty());
    }

    @Test
    void the_chronicle_marks_a_players_decision_and_what_the_agent_would_have_done() {
        StringWriter text = new StringWriter();
        Simulation sim = new Simulation(TinySetting.crisis(HOME), 1, new Chronicle(new PrintWriter(text)));

        sim.tick(defenderChooses(ActionKind.SUSPEND, true));

        assertTrue(text.toString().contains("  DEF  suspends its participation in BLOC [player] \u2014 "), text.toString());
    }

    @Test
    void an_ally_silent_for_the_answer_days_has_refused() {
        Commands silentPatron = new Commands() {
            @Override
            public boolean controls(int actor) {
                return actor == PAT || actor == DEF;
            }

            @Override
            public int choice(ChoiceSet set, Setting setting) {
                if (set.actor() == DEF && set.kind() == ChoiceKind.APPEAL && set.subject() == TinySetting.PACT) {
                    for (int i = 0; i < set.size(); i++) {
                        if (set.actionKind(i) == ActionKind.REQUEST && set.article(i) == TinySetting.MILITARY_ARTICLE) {
                            return i;
                        }
                    }
                }
                return -1;
            }

            @Override
            public boolean agentStandsIn(int actor) {
                return false;
            }
        };
        Simulation sim = new Simulation(TinySetting.crisis(HOME), 1, Recorder.NONE);

        for (int day = 0; day < Constants.whole(ModelConstant.ANSWER_DAYS); day++) {
            sim.tick(silentPatron);
            assertEquals(Request.Status.OPEN, sim.world().appeals().request(0).status(), "day " + day);
        }
        sim.tick(silentPatron);

        assertEquals(Request.Status.REFUSED, sim.world().appeals().request(0).status());
        assertEquals(Constants.whole(ModelConstant.ANSWER_DAYS), sim.world().appeals().request(0).answeredDay());
    }

    @Test
    void agents_reconsider_their_appeals_weekly_when_nothing_changes() {
        SettingBuilder b = TinySetting.builder();
        b.constants[ModelConstant.TEMPERATURE.ordinal()] = 2; // nearly a coin toss whenever the agent does deliberate
        Simulation sim = new Simulation(b.build(), 4, Recorder.NONE);
        int deliberated = 0;

        while (!sim.finished()) {
            int day = sim.day();
            sim.tick(Commands.NONE);
            for (ChoiceSet set : sim.decisions(DEF)) {
                if (set.kind() == ChoiceKind.APPEAL && day % 7 != 0) {
                    assertEquals(ActionKind.PASS, set.actionKind(set.chosen()), "day " + day);
                }
                if (set.kind() == ChoiceKind.APPEAL && day % 7 == 0) {
                    deliberated++;
                }
            }
        }

        assertTrue(deliberated >= 1);
    }

    @Test
    void drawn_facts_vary_between_runs_within_their_range() {
        SettingBuilder b = TinySetting.builder();
        b.variations.add(new Variation("actors.ATK.military_power", 40, 60));
        Setting s = b.build();
        Set<Double> drawn = new HashSet<>();

        for (long seed = 0; seed < 20; seed++) {
            double power = new Simulation(s, seed, Recorder.NONE).setting().power(ATK);
            assertTrue(power >= 40 && power <= 60, "drew " + power);
            drawn.add(power);
        }

        assertTrue(drawn.size() > 10, "drew " + drawn);
        assertEquals(50, s.power(ATK), 1e-12, "the scenario itself is unchanged");
    }

    @Test
    void preferences_are_spread_within_the_librarys_spread() {
        SettingBuilder b = TinySetting.builder();
        b.constants[ModelConstant.PREFERENCE_SPREAD.ordinal()] = 0.1;
        Simulation sim = new Simulation(b.build(), 3, Recorder.NONE);

        boolean moved = false;
        for (int t = 0; t < Term.COUNT; t++) {
            double w = sim.world().minds().weight(DEF, t);
            assertTrue(w >= 0.9 && w <= 1.1, "weight " + w);
            moved |= w != 1.0;
        }
        assertTrue(moved);
    }

    @Test
    void an_offensive_that_takes_ground_is_recorded_as_a_gain() {
        SettingBuilder b = TinySetting.builder();
        b.power[ATK] = 200;
        TinySetting.offensive(b, "offensive", 0, 1.0, BELT);
        b.weights[ATK][Term.TERRITORY.ordinal()] = 3;
        Simulation sim = new Simulation(b.build(), 1, Recorder.NONE);

        Outcome o = sim.runToEnd();

        assertTrue(sim.world().territory().control(BELT, ATK) > 0);
        assertTrue(o.flag(Flag.ATTACKER_GAINED_TERRITORY));
        assertTrue(o.metric(Metric.CASUALTIES) > 0);
        assertTrue(o.metric(Metric.DAYS_OF_FIGHTING) >= 1);
        assertTrue(o.metric(Metric.TERRITORY_CHANGED_KM2) > 0);
        assertTrue(sim.world().military().casualties(DEF) > 0);
    }
}
