package casus.engine.world;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import org.junit.jupiter.api.Test;

/** The conflicts of a run, and the invariants of how each is fought. */
class WarsTest {

    @Test
    void the_holders_of_a_region_and_forces_stationed_there_defend_it() {
        SettingBuilder b = TinySetting.builder();
        b.deployments.add(new DeploymentDef(MBA, ENCLAVE, 500, DeploymentKind.FORCES));
        b.deployments.add(new DeploymentDef(PAT, ENCLAVE, 500, DeploymentKind.PEACEKEEPERS));
        World w = Worlds.of(b);

        Conflict c = Worlds.attack(w, ENCLAVE);

        assertTrue(c.defends(DEF));
        assertTrue(c.defends(MBA), "combat forces stationed there fight");
        assertFalse(c.defends(PAT), "peacekeepers do not");
        assertFalse(c.defends(ATK));
        assertEquals(DEF, w.wars().principalDefender(c), "the kin who live there defend it first");
    }

    @Test
    void ground_nobody_holds_against_the_attacker_is_still_its_owners_to_defend() {
        World w = Worlds.tiny();
        w.territory().shiftControl(HOME, DEF, ATK, 0.99);

        Conflict c = Worlds.attack(w, HOME);

        assertFalse(c.defends(DEF), "a 1% hold does not make a defender");
        assertEquals(DEF, w.wars().principalDefender(c));
    }

    @Test
    void the_principal_defender_is_never_a_bystander() {
        SettingBuilder b = TinySetting.builder();
        b.control[HOME][DEF] = 0.01;
        b.control[HOME][MBA] = 0.99;
        World w = Worlds.of(b);

        Conflict c = w.wars().openConflict("home", MBA, new int[] {HOME}, 1, 1);

        assertEquals(0, c.defenders());
        assertEquals(DEF, w.wars().principalDefender(c), "the owner, not ATK for coming first in the list of actors");
    }

    @Test
    void a_conflicts_index_is_its_place_in_the_order_conflicts_opened() {
        World w = Worlds.tiny();

        Conflict first = Worlds.attack(w, HOME);
        Conflict second = Worlds.incident(w, DEF, 0.5);

        assertEquals(0, first.index());
        assertEquals(1, second.index());
        assertSame(second, w.wars().conflict(1));
        assertEquals(2, w.wars().conflictCount());
        assertThrows(UnsupportedOperationException.class, () -> w.wars().conflicts().clear());
    }

    @Test
    void a_conflict_remembers_the_day_it_opened_and_what_the_attacker_held_then() {
        World w = Worlds.tiny();
        w.territory().shiftControl(HOME, DEF, ATK, 0.25);
        Worlds.passDays(w, 3);

        Conflict c = Worlds.attack(w, HOME);
        w.territory().shiftControl(HOME, DEF, ATK, 0.5);

        assertEquals(3, c.startDay());
        assertEquals(0.5, c.attackerGain(0, w.territory().control(HOME, ATK)), 1e-12, "what it took since");
    }

    @Test
    void combat_forces_arriving_in_a_conflicts_region_join_its_defence() {
        World w = Worlds.tiny();
        Conflict home = Worlds.attack(w, HOME);
        Conflict enclave = Worlds.attack(w, ENCLAVE);

        w.military().deploy(new Presence(PAT, -1, HOME, DEF, 2000, DeploymentKind.FORCES, 0));
        w.military().deploy(new Presence(NEU, -1, HOME, DEF, 2000, DeploymentKind.PEACEKEEPERS, 0));

        assertTrue(home.defends(PAT));
        assertFalse(home.defends(NEU), "peacekeepers do not fight");
        assertFalse(enclave.defends(PAT), "forces elsewhere defend nothing here");
    }

    @Test
    void nobody_stops_defending_for_having_lost_the_ground() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        assertTrue(c.defends(DEF));

        w.territory().shiftControl(HOME, DEF, ATK, 1);
        w.military().deploy(new Presence(PAT, -1, HOME, DEF, 2000, DeploymentKind.FORCES, 0));

        assertTrue(c.defends(DEF));
        assertTrue(c.defends(PAT));
        assertEquals(DEF, w.wars().principalDefender(c), "found once, as the conflict opened");
    }

    @Test
    void the_target_of_an_incident_defends_and_is_its_principal_defender() {
        World w = Worlds.tiny();

        Conflict c = Worlds.incident(w, MBA, 1);

        assertTrue(c.defends(MBA));
        assertEquals(MBA, w.wars().principalDefender(c));
    }

    @Test
    void peacekeepers_in_the_war_that_take_up_arms_join_the_defence_as_combat_forces() {
        SettingBuilder b = TinySetting.builder();
        b.deployments.add(new DeploymentDef(PAT, ENCLAVE, 1500, DeploymentKind.PEACEKEEPERS));
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, ENCLAVE);
        Worlds.passDays(w, 2);

        w.wars().takeUpArms(PAT, c);

        assertTrue(c.sideOfDefence(PAT));
        assertFalse(c.defends(PAT), "it intervenes: it did not hold the ground");
        assertEquals(new Presence(PAT, -1, ENCLAVE, -1, 1500, DeploymentKind.FORCES, 2), w.military().presence(0));
        assertEquals(0, w.military().peacekeepers(PAT, ENCLAVE));
    }

    @Test
    void a_day_of_fighting_counts_once_and_ends_the_quiet() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        assertEquals(1, w.wars().recordQuiet(c));
        assertEquals(2, w.wars().recordQuiet(c));

        w.wars().recordFighting(c);
        w.wars().recordFighting(c);
        Worlds.passDays(w, 1);
        w.wars().recordFighting(c);

        assertEquals(2, c.fightingDays());
        assertEquals(1, c.lastFightingDay());
        assertEquals(1, w.wars().recordQuiet(c), "the quiet starts again");
    }

    @Test
    void severity_stays_within_zero_and_one() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        w.wars().raiseSeverity(c, 0.7);
        w.wars().raiseSeverity(c, 0.7);

        assertEquals(1, c.severity());
    }

    @Test
    void only_fire_at_some_intensity_counts_as_firing_back() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        w.wars().setCounterIntensity(c, 0, DEF);
        assertFalse(w.wars().firedBack(DEF));

        w.wars().setCounterIntensity(c, 0.5, DEF);
        w.wars().setCounterIntensity(c, 0, DEF);
        assertTrue(w.wars().firedBack(DEF), "once it has fired back, it has");
        assertEquals(0, c.counterIntensity());
    }

    @Test
    void two_actors_oppose_each_other_as_attacker_and_principal_defender_either_way_round() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        assertTrue(w.wars().opposes(c, ATK, DEF));
        assertTrue(w.wars().opposes(c, DEF, ATK));
        assertFalse(w.wars().opposes(c, ATK, PAT));
    }
}
