package casus.engine.rules;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.choice.Appraiser;
import casus.engine.model.DeploymentKind;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** Ceasefires: agreed by both parties, brokered by the most trusted, guarded if offered, void if broken. */
class CeasefiresTest {

    @Test
    void needs_both_parties() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = w.propose(NEU, c.index(), false);
        w.accept(p, ATK);

        assertNull(Ceasefires.settle(w, c));
        assertTrue(c.active());
        assertTrue(p.open());

        w.accept(p, DEF);

        assertSame(p, Ceasefires.settle(w, c));
        assertEquals(Conflict.Phase.CEASEFIRE, c.phase());
        assertEquals(Proposal.Status.IN_FORCE, p.status());
    }

    @Test
    void credits_the_proposer_as_broker() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = w.propose(NEU, c.index(), false);
        w.accept(p, ATK);
        w.accept(p, DEF);

        Ceasefires.settle(w, c);

        assertEquals(NEU, c.broker());
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
        Proposal byPatron = w.propose(PAT, c.index(), false);
        Proposal byNeutral = w.propose(NEU, c.index(), false);
        for (Proposal p : new Proposal[] {byPatron, byNeutral}) {
            w.accept(p, ATK);
            w.accept(p, DEF);
        }

        assertSame(byNeutral, Ceasefires.settle(w, c));
        assertEquals(NEU, c.broker());
        assertEquals(Proposal.Status.LAPSED, byPatron.status());
    }

    @Test
    void deploys_the_proposers_peacekeepers_when_it_offered_them() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME, BELT);
        w.shiftControl(BELT, DEF, ATK, 0.7);
        Proposal p = w.propose(PAT, c.index(), true);
        w.accept(p, ATK);
        w.accept(p, DEF);

        Ceasefires.settle(w, c);

        assertTrue(w.peacekeepersDeployed());
        assertEquals(Constants.k(ModelConstant.PEACEKEEPING_FORCE), w.peacekeepers(PAT, HOME), "where the defenders still hold most");
        Presence guard = w.presences().get(w.presences().size() - 1);
        assertEquals(DeploymentKind.PEACEKEEPERS, guard.kind());
        assertEquals(PAT, guard.actor());
    }

    @Test
    void deploys_nobody_when_no_peacekeepers_were_offered() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = w.propose(PAT, c.index(), false);
        w.accept(p, ATK);
        w.accept(p, DEF);

        Ceasefires.settle(w, c);

        assertFalse(w.peacekeepersDeployed());
        assertTrue(w.presences().isEmpty());
    }

    @Test
    void breaking_a_ceasefire_voids_it() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = w.propose(NEU, c.index(), false);
        w.accept(p, ATK);
        w.accept(p, DEF);
        Ceasefires.settle(w, c);

        Ceasefires.breakOff(w, c);

        assertEquals(Conflict.Phase.ACTIVE, c.phase());
        assertEquals(-1, c.broker());
        assertEquals(Proposal.Status.LAPSED, p.status());
    }

    @Test
    void a_proposal_nobody_takes_up_lapses_after_its_days() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Proposal p = w.propose(NEU, c.index(), false);
        w.accept(p, DEF);

        Worlds.passDays(w, Constants.whole(ModelConstant.PROPOSAL_DAYS) - 1);
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
        Proposal first = w.propose(NEU, c.index(), false);
        w.accept(first, ATK);
        w.accept(first, DEF);
        Ceasefires.settle(w, c);
        Proposal second = w.propose(PAT, c.index(), false);
        w.accept(second, ATK);
        w.accept(second, DEF);

        assertNull(Ceasefires.settle(w, c));
        assertEquals(NEU, c.broker());
    }
}
