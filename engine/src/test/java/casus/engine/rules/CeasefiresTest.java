package casus.engine.rules;

import static casus.engine.model.ModelConstant.PROPOSAL_DAYS;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static casus.engine.testing.TinySetting.THD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.DeploymentKind;
import casus.engine.model.Packages;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.Constants;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** Ceasefires: agreed by both parties, brokered by the most trusted, guarded if offered, void if broken. */
class CeasefiresTest {

    /** A mediator's proposal to freeze the lines. */
    static Proposal freeze(World w, Conflict c, int proposer) {
        return w.talks().propose(proposer, c.index(), Settlement.terms(w, c, proposer, Packages.FREEZE), false);
    }

    /** A party's proposal to the other, to freeze the lines. */
    static Proposal direct(World w, Conflict c, int proposer) {
        return w.talks().propose(proposer, c.index(), Settlement.terms(w, c, proposer, Packages.FREEZE), true);
    }

    static void acceptedByBoth(World w, Proposal p) {
        w.talks().accept(p, ATK);
        w.talks().accept(p, DEF);
    }

    @Test
    void needs_both_parties() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = freeze(w, c, NEU);
        w.talks().accept(p, ATK);

        assertNull(Ceasefires.settle(w, c));
        assertTrue(c.active());
        assertTrue(p.open());

        w.talks().accept(p, DEF);

        assertSame(p, Ceasefires.settle(w, c));
        assertEquals(Conflict.Phase.CEASEFIRE, c.phase());
        assertEquals(Proposal.Status.IN_FORCE, p.status());
    }

    @Test
    void stops_fighting_that_went_on_the_day_before() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.wars().recordFighting(c);
        acceptedByBoth(w, freeze(w, c, NEU));
        w.advanceDay();

        assertNotNull(Ceasefires.settle(w, c));
    }

    @Test
    void is_not_agreed_in_a_war_that_stopped_of_itself() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.wars().recordFighting(c);
        Proposal p = freeze(w, c, NEU);
        acceptedByBoth(w, p);
        w.advanceDay();
        w.advanceDay();

        assertNull(Ceasefires.settle(w, c), "nobody fought yesterday or today: there is nothing to stop");
        assertTrue(c.active());
    }

    @Test
    void an_outsiders_acceptance_does_not_stand_for_a_party() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = freeze(w, c, NEU);
        w.talks().accept(p, ATK);
        w.talks().accept(p, PAT);

        assertNull(Ceasefires.settle(w, c));
        assertTrue(c.active());
    }

    @Test
    void credits_the_proposer_as_broker() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        acceptedByBoth(w, freeze(w, c, NEU));

        Ceasefires.settle(w, c);

        assertEquals(NEU, c.broker());
        assertFalse(c.direct());
    }

    @Test
    void among_several_accepted_the_proposal_both_parties_trust_most_wins() {
        SettingBuilder b = TinySetting.builder();
        b.belief[ATK][PAT] = 0.2; // DEF trusts its patron, ATK hardly does
        b.belief[DEF][PAT] = 0.9;
        b.belief[ATK][NEU] = 0.6; // both trust the neutral moderately
        b.belief[DEF][NEU] = 0.5;
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, HOME);
        Proposal byPatron = freeze(w, c, PAT);
        Proposal byNeutral = freeze(w, c, NEU);
        acceptedByBoth(w, byPatron);
        acceptedByBoth(w, byNeutral);

        assertSame(byNeutral, Ceasefires.settle(w, c));
        assertEquals(NEU, c.broker());
        assertEquals(Proposal.Status.LAPSED, byPatron.status());
    }

    @Test
    void a_party_may_propose_to_the_other_and_the_ceasefire_is_theirs() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = direct(w, c, DEF);
        acceptedByBoth(w, p);

        assertSame(p, Ceasefires.settle(w, c));
        assertTrue(c.direct());
        assertEquals(DEF, c.broker());
    }

    /** Both parties trust each other {@code mutual} (the lesser of the two beliefs); both trust NEU 0.5. */
    static World trusting(double atkInDef, double defInAtk) {
        SettingBuilder b = TinySetting.builder();
        b.belief[ATK][DEF] = atkInDef;
        b.belief[DEF][ATK] = defInAtk;
        b.belief[ATK][NEU] = 0.5;
        b.belief[DEF][NEU] = 0.5;
        return Worlds.of(b);
    }

    @Test
    void a_direct_proposal_wins_when_the_parties_trust_each_other_more_than_the_mediator() {
        World w = trusting(0.7, 0.6);
        Conflict c = Worlds.attack(w, HOME);
        Proposal mediated = freeze(w, c, NEU);
        Proposal direct = direct(w, c, ATK);
        acceptedByBoth(w, mediated);
        acceptedByBoth(w, direct);

        assertSame(direct, Ceasefires.settle(w, c));
        assertTrue(c.direct());
    }

    @Test
    void a_direct_proposal_is_judged_by_the_lesser_of_the_parties_beliefs_in_each_other() {
        World w = trusting(0.9, 0.4);
        Conflict c = Worlds.attack(w, HOME);
        Proposal mediated = freeze(w, c, NEU);
        Proposal direct = direct(w, c, ATK);
        acceptedByBoth(w, direct);
        acceptedByBoth(w, mediated);

        assertSame(mediated, Ceasefires.settle(w, c), "DEF's 0.4 in ATK is below both parties' 0.5 in NEU");
        assertFalse(c.direct());
        assertEquals(NEU, c.broker());
        assertEquals(Proposal.Status.LAPSED, direct.status());
    }

    @Test
    void a_ceasefire_stops_every_war_between_the_same_two_parties_and_no_other() {
        World w = Worlds.tiny();
        Conflict home = Worlds.attack(w, HOME);
        Conflict belt = Worlds.attack(w, BORDER, BELT);
        Conflict atSea = Worlds.incident(w, NEU, 1);
        Conflict byAnother = w.wars().openConflict("another", THD, new int[] {HOME}, 1, 1);
        acceptedByBoth(w, freeze(w, home, NEU));

        Ceasefires.settle(w, home);

        assertEquals(Conflict.Phase.CEASEFIRE, home.phase());
        assertEquals(Conflict.Phase.CEASEFIRE, belt.phase());
        assertEquals(NEU, belt.broker());
        assertEquals(Conflict.Phase.ACTIVE, atSea.phase(), "ATK against NEU is another war");
        assertEquals(Conflict.Phase.ACTIVE, byAnother.phase(), "THD against DEF is another war");
    }

    @Test
    void deploys_the_proposers_peacekeepers_when_it_offered_them() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.peacekeepingForce(b, NEU, 2_000);
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, HOME, BELT);
        w.territory().shiftControl(BELT, DEF, ATK, 0.7);
        Proposal p = w.talks().propose(NEU, c.index(), Settlement.terms(w, c, NEU, Packages.OWN_PEACEKEEPERS), false);
        acceptedByBoth(w, p);

        Ceasefires.settle(w, c);

        assertTrue(w.military().peacekeepersDeployed());
        assertEquals(2_000, w.military().peacekeepers(NEU, HOME), "where the defenders still hold most");
        Presence guard = w.military().presences().get(w.military().presences().size() - 1);
        assertEquals(DeploymentKind.PEACEKEEPERS, guard.kind());
        assertEquals(NEU, guard.actor());
    }

    @Test
    void deploys_nobody_when_no_peacekeepers_were_offered() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        acceptedByBoth(w, freeze(w, c, PAT));

        Ceasefires.settle(w, c);

        assertFalse(w.military().peacekeepersDeployed());
        assertTrue(w.military().presences().isEmpty());
    }

    @Test
    void breaking_a_ceasefire_voids_it() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = direct(w, c, DEF);
        acceptedByBoth(w, p);
        Ceasefires.settle(w, c);

        Ceasefires.breakOff(w, c);

        assertEquals(Conflict.Phase.ACTIVE, c.phase());
        assertEquals(-1, c.broker());
        assertFalse(c.direct());
        assertEquals(Proposal.Status.LAPSED, p.status());
    }

    @Test
    void a_party_that_fights_on_withdraws_its_acceptances_of_that_war_only() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Conflict other = Worlds.attack(w, BELT);
        Proposal here = freeze(w, c, NEU);
        Proposal there = freeze(w, other, NEU);
        acceptedByBoth(w, here);
        w.talks().accept(there, ATK);

        Ceasefires.withdrawAcceptances(w, c, ATK);

        assertFalse(here.acceptedBy(ATK));
        assertTrue(here.acceptedBy(DEF), "the other party's acceptance stands");
        assertTrue(there.acceptedBy(ATK));
        assertTrue(here.open());
        assertNull(Ceasefires.settle(w, c));
    }

    @Test
    void a_proposal_nobody_takes_up_lapses_after_its_days() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = freeze(w, c, NEU);
        w.talks().accept(p, DEF);

        Worlds.passDays(w, Constants.whole(PROPOSAL_DAYS) - 1);
        Ceasefires.settle(w, c);
        assertTrue(p.open());

        w.advanceDay();
        Ceasefires.settle(w, c);
        assertEquals(Proposal.Status.LAPSED, p.status());
    }

    @Test
    void a_second_agreement_cannot_replace_one_in_force() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        acceptedByBoth(w, freeze(w, c, NEU));
        Ceasefires.settle(w, c);
        acceptedByBoth(w, freeze(w, c, PAT));

        assertNull(Ceasefires.settle(w, c));
        assertEquals(NEU, c.broker());
    }

    @Test
    void the_contested_region_is_where_the_defenders_still_hold_most() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME, BORDER);
        w.territory().shiftControl(HOME, DEF, ATK, 0.2);

        assertEquals(BORDER, Ceasefires.contested(w, c));
        assertEquals(-1, Ceasefires.contested(w, Worlds.incident(w, DEF, 0)));
    }
}
