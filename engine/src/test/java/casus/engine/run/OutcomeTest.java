package casus.engine.run;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Obligation;
import casus.engine.rules.Ceasefires;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Mission;
import casus.engine.world.Proposal;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** What a run came to, read from its world. */
class OutcomeTest {

    static Outcome of(World w) {
        return Outcome.of(w, 0, new double[w.setting().regionCount()]);
    }

    @Test
    void a_quiet_world_ends_with_nothing_but_the_regime_standing() {
        Outcome o = of(Worlds.tiny());

        for (Flag f : Flag.values()) {
            assertEquals(f == Flag.REGIME_SURVIVED, o.flag(f), f.key());
        }
        assertEquals("none", o.brokerId(Worlds.tiny().setting()));
    }

    @Test
    void only_the_victims_appeals_count_as_assistance_requested() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.openRequest(MBA, BLOC, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, c.index(), 0);
        assertFalse(of(w).flag(Flag.ASSISTANCE_REQUESTED));

        w.openRequest(DEF, PACT, MILITARY_ARTICLE, Obligation.MUTUAL_ASSISTANCE, c.index(), 1);

        assertTrue(of(w).flag(Flag.ASSISTANCE_REQUESTED));
    }

    @Test
    void a_mission_is_a_response_but_not_aid() {
        World w = Worlds.tiny();
        w.sendMission(new Mission(BLOC, 0, DEF, 0));

        Outcome o = of(w);

        assertTrue(o.flag(Flag.ALLIANCE_MISSION));
        assertTrue(o.flag(Flag.ALLIANCE_RESPONDED));
        assertFalse(o.flag(Flag.VICTIM_AIDED));
        assertFalse(o.flag(Flag.ALLIANCE_INTERVENED));
    }

    @Test
    void an_ally_fighting_is_aid_but_not_an_alliance_response() {
        World w = Worlds.tiny();
        w.joinDefence(Worlds.attack(w, HOME), PAT);

        Outcome o = of(w);

        assertTrue(o.flag(Flag.PATRON_INTERVENED));
        assertTrue(o.flag(Flag.VICTIM_AIDED));
        assertFalse(o.flag(Flag.ALLIANCE_RESPONDED));
    }

    @Test
    void a_collective_deployment_is_aid_and_a_response() {
        World w = Worlds.tiny();
        w.addAllianceForce(Worlds.attack(w, HOME), 10);

        Outcome o = of(w);

        assertTrue(o.flag(Flag.ALLIANCE_INTERVENED));
        assertTrue(o.flag(Flag.VICTIM_AIDED));
        assertTrue(o.flag(Flag.ALLIANCE_RESPONDED));
    }

    @Test
    void a_ceasefire_in_force_at_the_end_names_its_broker() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = w.propose(NEU, c.index(), false);
        w.accept(p, ATK);
        w.accept(p, DEF);
        Ceasefires.settle(w, c);

        Outcome o = of(w);

        assertTrue(o.flag(Flag.CEASEFIRE));
        assertEquals("NEU", o.brokerId(w.setting()));
        assertEquals("NEU", o.value("ceasefire_broker", w.setting()));
        assertEquals("true", o.value("ceasefire", w.setting()));
        assertNull(o.value("no_such_outcome", w.setting()));
    }

    @Test
    void a_suspension_in_the_alliance_under_test_is_an_outcome() {
        World w = Worlds.tiny();
        w.suspend(BLOC, MBA);

        assertTrue(of(w).flag(Flag.MEMBER_SUSPENDED));
    }

    @Test
    void the_victims_fall_is_an_outcome() {
        World w = Worlds.tiny();
        w.regimeFalls(DEF);

        assertFalse(of(w).flag(Flag.REGIME_SURVIVED));
    }

    @Test
    void the_attacker_gains_territory_only_beyond_half_a_square_kilometre() {
        World w = Worlds.tiny();
        w.shiftControl(HOME, DEF, ATK, 0.4 / w.setting().area(HOME));
        assertFalse(of(w).flag(Flag.ATTACKER_GAINED_TERRITORY));

        w.shiftControl(HOME, DEF, ATK, 0.2 / w.setting().area(HOME));

        assertTrue(of(w).flag(Flag.ATTACKER_GAINED_TERRITORY));
    }

    @Test
    void the_victims_belief_in_its_allies_is_its_mean_belief_in_its_treaties() {
        World w = Worlds.tiny();
        w.setBelief(DEF, PAT, 0.9);
        w.setBelief(DEF, w.setting().treatySubject(BLOC), 0.3);

        assertEquals(0.6, of(w).metric(Metric.VICTIM_BELIEF_IN_ALLIES), 1e-12);
    }
}
