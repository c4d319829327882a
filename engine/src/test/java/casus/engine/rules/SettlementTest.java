package casus.engine.rules;

import static casus.engine.model.ModelConstant.STATUS_OPEN_COST;
import static casus.engine.model.ModelConstant.STATUS_OPEN_VALUE;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static casus.engine.testing.TinySetting.clause;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Packages;
import casus.engine.model.SettingBuilder;
import casus.engine.model.SettlementDef;
import casus.engine.model.SettlementDef.Kind;
import casus.engine.testing.Constants;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** The terms a ceasefire carries: which may be put, what each is worth to a party, and what they do. */
class SettlementTest {
    /** Troops of NEU's peacekeeping force in the worlds that give it one. */
    static final long FORCE = 2_000;

    static double k(ModelConstant c) {
        return Constants.k(c);
    }

    /** The tiny crisis in which NEU (and DEF) can send peacekeepers abroad. */
    static SettingBuilder withPeacekeepers() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.peacekeepingForce(b, NEU, FORCE);
        TinySetting.peacekeepingForce(b, DEF, FORCE);
        return b;
    }

    /** Terms made of some clauses. */
    static SettlementDef terms(SettlementDef.Clause... clauses) {
        return new SettlementDef("test", "test terms", java.util.List.of(clauses), "");
    }

    /** Carries out terms for a conflict, as a ceasefire on them would. */
    static void carryOut(World w, Conflict c, SettlementDef terms) {
        Settlement.carryOut(w, c, w.talks().propose(NEU, c.index(), terms, false));
    }

    // --- which packages may be put --------------------------------------------------------

    @Test
    void freezing_the_lines_may_always_be_proposed() {
        World w = Worlds.tiny();
        Conflict war = Worlds.attack(w, HOME);
        Conflict incident = Worlds.incident(w, DEF, 0);

        for (int proposer : new int[] {NEU, ATK, DEF}) {
            assertTrue(Settlement.available(w, war, proposer, Packages.FREEZE));
            assertTrue(Settlement.available(w, incident, proposer, Packages.FREEZE));
        }
    }

    @Test
    void own_peacekeepers_only_from_an_outsider_able_to_field_its_force() {
        World w = Worlds.of(withPeacekeepers());
        Conflict c = Worlds.attack(w, HOME);

        assertTrue(Settlement.available(w, c, NEU, Packages.OWN_PEACEKEEPERS));
        assertFalse(Settlement.available(w, c, PAT, Packages.OWN_PEACEKEEPERS), "PAT has no peacekeeping force");
        assertFalse(Settlement.available(w, c, DEF, Packages.OWN_PEACEKEEPERS), "a party cannot keep the peace");
        assertFalse(Settlement.available(w, c, ATK, Packages.OWN_PEACEKEEPERS));
    }

    @Test
    void an_outsider_that_joined_the_defence_can_no_longer_keep_the_peace() {
        World w = Worlds.of(withPeacekeepers());
        Conflict c = Worlds.attack(w, HOME);

        w.wars().joinDefence(c, NEU);

        assertFalse(Settlement.available(w, c, NEU, Packages.OWN_PEACEKEEPERS));
    }

    @Test
    void a_peacekeeping_force_larger_than_the_troops_at_hand_cannot_be_fielded() {
        SettingBuilder b = TinySetting.builder();
        World probe = Worlds.of(b);
        TinySetting.peacekeepingForce(b, NEU, (long) probe.military().availableTroops(NEU) + 1);
        World w = Worlds.of(b);

        assertFalse(Settlement.canKeepPeace(w, NEU));
        assertFalse(Settlement.available(w, Worlds.attack(w, HOME), NEU, Packages.OWN_PEACEKEEPERS));
    }

    @Test
    void no_peacekeepers_for_an_incident_outside_any_region() {
        World w = Worlds.of(withPeacekeepers());

        assertFalse(Settlement.available(w, Worlds.incident(w, DEF, 0), NEU, Packages.OWN_PEACEKEEPERS));
    }

    @Test
    void the_lines_before_the_war_may_be_asked_back_only_once_the_attacker_has_gained() {
        World w = Worlds.tiny();
        w.territory().shiftControl(HOME, DEF, ATK, 0.3);
        Conflict c = Worlds.attack(w, HOME);

        assertFalse(Settlement.available(w, c, NEU, Packages.RESTORE), "what it held before the war is not a gain");

        w.territory().shiftControl(HOME, DEF, ATK, 0.1);

        assertTrue(Settlement.available(w, c, NEU, Packages.RESTORE));
    }

    @Test
    void a_scenario_package_applies_only_to_a_conflict_over_the_regions_it_names() {
        SettingBuilder b = withPeacekeepers();
        int formula = TinySetting.settlement(b, "formula", clause(Kind.WITHDRAW, DEF, BELT), clause(Kind.STATUS_OPEN, -1, ENCLAVE));
        World w = Worlds.of(b);

        assertTrue(Settlement.available(w, Worlds.attack(w, BELT, ENCLAVE), NEU, formula));
        assertTrue(Settlement.available(w, Worlds.attack(w, BELT, ENCLAVE, HOME), NEU, formula), "the conflict may be wider");
        assertFalse(Settlement.available(w, Worlds.attack(w, BELT), NEU, formula), "the enclave is not fought over");
        assertFalse(Settlement.available(w, Worlds.attack(w, HOME), NEU, formula));
    }

    @Test
    void a_scenario_package_that_names_no_region_applies_to_none() {
        SettingBuilder b = TinySetting.builder();
        int vague = TinySetting.settlement(b, "vague", clause(Kind.FREEZE, -1));
        World w = Worlds.of(b);

        assertFalse(Settlement.available(w, Worlds.attack(w, HOME), NEU, vague));
    }

    @Test
    void a_scenario_package_relying_on_peacekeepers_nobody_can_send_does_not_apply() {
        SettingBuilder b = withPeacekeepers();
        int byNeutral = TinySetting.settlement(b, "neutral", clause(Kind.FREEZE, -1, HOME), clause(Kind.PEACEKEEPERS, NEU, HOME));
        int byPatron = TinySetting.settlement(b, "patron", clause(Kind.FREEZE, -1, HOME), clause(Kind.PEACEKEEPERS, PAT, HOME));
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, HOME);

        assertTrue(Settlement.available(w, c, NEU, byNeutral));
        assertFalse(Settlement.available(w, c, NEU, byPatron));
    }

    @Test
    void the_terms_of_each_package() {
        SettingBuilder b = withPeacekeepers();
        int formula = TinySetting.settlement(b, "formula", clause(Kind.STATUS_OPEN, -1, ENCLAVE));
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, HOME, ENCLAVE);

        SettlementDef own = Settlement.terms(w, c, NEU, Packages.OWN_PEACEKEEPERS);
        assertEquals(NEU, w.talks().propose(NEU, c.index(), own, false).peacekeeper());
        assertEquals(-1, w.talks().propose(NEU, c.index(), Settlement.terms(w, c, NEU, Packages.FREEZE), false).peacekeeper());
        assertEquals(Kind.RESTORE, Settlement.terms(w, c, NEU, Packages.RESTORE).clauses().get(0).kind());
        assertSame(w.setting().settlements().get(0), Settlement.terms(w, c, NEU, formula));
        assertEquals("formula", Packages.id(w.setting(), formula));
        assertEquals(Packages.SCENARIO + 1, Packages.count(w.setting()));
    }

    // --- what the terms are worth -----------------------------------------------------------

    @Test
    void the_attacker_withdrawing_is_worth_what_it_gives_up_to_each_side() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, ENCLAVE);
        w.territory().shiftControl(ENCLAVE, DEF, ATK, 0.4);
        SettlementDef t = terms(clause(Kind.WITHDRAW, ATK, ENCLAVE));

        assertEquals(-0.4, Settlement.groundValue(w, c, t, ATK), 1e-12);
        assertEquals(0.4, Settlement.groundValue(w, c, t, DEF), 1e-12, "DEF's kin live there");
        assertEquals(0, Settlement.groundValue(w, c, t, NEU), 1e-12);
    }

    @Test
    void the_defenders_withdrawing_is_worth_what_they_hold_to_the_attacker_and_their_stake_to_them() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, BELT);
        w.territory().shiftControl(BELT, DEF, ATK, 0.4);
        SettlementDef t = terms(clause(Kind.WITHDRAW, DEF, BELT));

        assertEquals(0.6, Settlement.groundValue(w, c, t, ATK), 1e-12);
        assertEquals(-0.6 * w.setting().stake(BELT, DEF), Settlement.groundValue(w, c, t, DEF), 1e-12);
        assertTrue(w.territory().valueOf(BELT, DEF) < 1, "DEF values the belt by its stake only");
    }

    @Test
    void restoring_the_lines_gives_back_only_what_the_war_took() {
        World w = Worlds.tiny();
        w.territory().shiftControl(ENCLAVE, DEF, ATK, 0.2);
        Conflict c = Worlds.attack(w, ENCLAVE);
        w.territory().shiftControl(ENCLAVE, DEF, ATK, 0.3);
        SettlementDef t = terms(clause(Kind.RESTORE, -1));

        double aim = c.ofAim(0, 0.3);
        assertEquals(0.3 / (c.objective() - 0.2), aim, 1e-12, "what the war took, as a share of what it was fought for");
        assertEquals(-aim * w.territory().valueOf(ENCLAVE, ATK), Settlement.groundValue(w, c, t, ATK), 1e-12);
        assertEquals(aim * w.territory().valueOf(ENCLAVE, DEF), Settlement.groundValue(w, c, t, DEF), 1e-12);
    }

    @Test
    void leaving_the_status_open_costs_the_titleholder_and_is_worth_something_to_those_who_value_the_ground() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, ENCLAVE, BELT);
        SettlementDef enclave = terms(clause(Kind.STATUS_OPEN, -1, ENCLAVE));
        SettlementDef belt = terms(clause(Kind.STATUS_OPEN, -1, BELT));

        assertEquals(-k(STATUS_OPEN_COST), Settlement.groundValue(w, c, enclave, ATK), 1e-12);
        assertEquals(k(STATUS_OPEN_VALUE), Settlement.groundValue(w, c, enclave, DEF), 1e-12);
        assertEquals(k(STATUS_OPEN_VALUE) * w.setting().stake(BELT, DEF), Settlement.groundValue(w, c, belt, DEF), 1e-12);
        assertEquals(0, Settlement.groundValue(w, c, enclave, NEU), 1e-12);
    }

    @Test
    void freezing_the_lines_or_guarding_them_moves_no_ground() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.territory().shiftControl(HOME, DEF, ATK, 0.4);
        SettlementDef t = terms(clause(Kind.FREEZE, -1), clause(Kind.PEACEKEEPERS, NEU));

        assertEquals(0, Settlement.groundValue(w, c, t, ATK));
        assertEquals(0, Settlement.groundValue(w, c, t, DEF));
    }

    @Test
    void the_value_of_what_is_still_held_and_of_ones_own_held_by_others() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME, BELT);
        w.territory().shiftControl(HOME, DEF, ATK, 0.3);

        assertEquals(0.7 + w.setting().stake(BELT, DEF), Settlement.stillHeld(w, c, DEF), 1e-12);
        assertEquals(0.3, Settlement.ownedHeldByOthers(w, c, DEF), 1e-12);
        assertEquals(1, Settlement.ownedHeldByOthers(w, c, ATK), 1e-12, "DEF holds all of ATK's belt");
    }

    // --- carrying the terms out -------------------------------------------------------------

    @Test
    void an_attacker_that_withdraws_hands_the_ground_back() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, ENCLAVE);
        w.territory().shiftControl(ENCLAVE, DEF, ATK, 0.4);

        carryOut(w, c, terms(clause(Kind.WITHDRAW, ATK, ENCLAVE)));

        assertEquals(0, w.territory().control(ENCLAVE, ATK), 1e-12);
        assertEquals(1, w.territory().control(ENCLAVE, DEF), 1e-12);
    }

    @Test
    void defenders_that_withdraw_leave_the_attacker_all_of_the_region() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, BELT, ENCLAVE);

        carryOut(w, c, terms(clause(Kind.WITHDRAW, DEF, BELT)));

        assertEquals(1, w.territory().control(BELT, ATK), 1e-12);
        assertEquals(0, w.territory().control(ENCLAVE, ATK), 1e-12, "a region the terms do not name is untouched");
    }

    @Test
    void restoring_the_lines_leaves_the_attacker_what_it_held_before_the_war() {
        World w = Worlds.tiny();
        w.territory().shiftControl(HOME, DEF, ATK, 0.2);
        Conflict c = Worlds.attack(w, HOME);
        w.territory().shiftControl(HOME, DEF, ATK, 0.3);

        carryOut(w, c, terms(clause(Kind.RESTORE, -1)));

        assertEquals(0.2, w.territory().control(HOME, ATK), 1e-12);
        assertEquals(0.8, w.territory().control(HOME, DEF), 1e-12);
    }

    @Test
    void peacekeepers_stand_where_the_terms_put_them() {
        World w = Worlds.of(withPeacekeepers());
        Conflict c = Worlds.attack(w, HOME, ENCLAVE);

        carryOut(w, c, terms(clause(Kind.PEACEKEEPERS, NEU, ENCLAVE)));

        assertEquals(FORCE, w.military().peacekeepers(NEU, ENCLAVE));
        Presence p = w.military().presences().get(w.military().presences().size() - 1);
        assertEquals(DeploymentKind.PEACEKEEPERS, p.kind());
        assertEquals(NEU, p.actor());
        assertTrue(w.military().peacekeepersDeployed());
    }

    @Test
    void peacekeepers_the_terms_do_not_place_stand_where_the_defenders_hold_most() {
        World w = Worlds.of(withPeacekeepers());
        Conflict c = Worlds.attack(w, HOME, BORDER);
        w.territory().shiftControl(HOME, DEF, ATK, 0.6);

        carryOut(w, c, terms(clause(Kind.PEACEKEEPERS, NEU)));

        assertEquals(BORDER, Ceasefires.contested(w, c));
        assertEquals(FORCE, w.military().peacekeepers(NEU, BORDER));
        assertEquals(0, w.military().peacekeepers(NEU, HOME));
    }

    @Test
    void peacekeepers_of_a_state_without_a_force_never_come() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        carryOut(w, c, terms(clause(Kind.PEACEKEEPERS, PAT, HOME)));

        assertTrue(w.military().presences().isEmpty());
        assertFalse(w.military().peacekeepersDeployed());
    }

    @Test
    void freezing_the_lines_or_leaving_the_status_open_moves_nothing() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, ENCLAVE);
        w.territory().shiftControl(ENCLAVE, DEF, ATK, 0.4);

        carryOut(w, c, terms(clause(Kind.FREEZE, -1), clause(Kind.STATUS_OPEN, -1, ENCLAVE)));

        assertEquals(0.4, w.territory().control(ENCLAVE, ATK), 1e-12);
        assertTrue(w.military().presences().isEmpty());
    }

    @Test
    void a_ceasefire_carries_out_its_terms() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, ENCLAVE);
        w.territory().shiftControl(ENCLAVE, DEF, ATK, 0.4);
        Proposal p = w.talks().propose(NEU, c.index(), Settlement.terms(w, c, NEU, Packages.RESTORE), false);
        w.talks().accept(p, ATK);
        w.talks().accept(p, DEF);

        Ceasefires.settle(w, c);

        assertEquals(0, w.territory().control(ENCLAVE, ATK), 1e-12);
    }

    // --- who gets the ground back -----------------------------------------------------------

    @Test
    void ground_given_up_goes_to_whoever_else_holds_most_of_it() {
        SettingBuilder b = TinySetting.builder();
        b.control[HOME][DEF] = 0.2;
        b.control[HOME][NEU] = 0.3;
        b.control[HOME][ATK] = 0.5;
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, HOME);

        assertEquals(NEU, Settlement.heir(w, c, HOME));
    }

    @Test
    void ground_the_attacker_holds_whole_goes_to_its_owner_or_to_the_kin_who_live_there() {
        SettingBuilder b = TinySetting.builder();
        for (int r : new int[] {HOME, ENCLAVE, BELT}) {
            b.control[r][DEF] = 0;
            b.control[r][ATK] = 1;
        }
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, HOME, ENCLAVE, BELT);

        assertEquals(DEF, Settlement.heir(w, c, HOME), "DEF's by law");
        assertEquals(DEF, Settlement.heir(w, c, ENCLAVE), "ATK's by law, but DEF's kin live there");
        assertEquals(ATK, Settlement.heir(w, c, BELT), "ATK's own, with nobody else to claim it");
    }
}
