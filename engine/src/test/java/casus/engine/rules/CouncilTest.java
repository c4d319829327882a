package casus.engine.rules;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.CONSULTATION_ARTICLE;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.MBB;
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.action.Options;
import casus.engine.rules.Alliances;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Obligation;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Motion.Vote;
import casus.engine.world.Presence;
import casus.engine.world.Request;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** How the council of a consensus treaty settles a motion once its members have voted. */
class CouncilTest {

    /** DEF's appeal to the BLOC about ATK's attack on HOME, its motion tabled yesterday. */
    static Motion motion(World w, int article, Motion.Kind kind) {
        Conflict c = Worlds.attack(w, HOME);
        Obligation o = article == MILITARY_ARTICLE ? Obligation.COLLECTIVE_DEFENCE : Obligation.CONSULTATION;
        Request q = w.openRequest(DEF, BLOC, article, o, c.index(), 1);
        Motion m = w.tableMotion(BLOC, q.index(), kind);
        w.advanceDay();
        return m;
    }

    static void votes(World w, Motion m, Vote patron, Vote memberA, Vote memberB) {
        w.castVote(m, PAT, patron);
        w.castVote(m, MBA, memberA);
        w.castVote(m, MBB, memberB);
    }

    static boolean facesVote(World w, int actor) {
        ChoiceSet[] pool = new ChoiceSet[16];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new ChoiceSet();
        }
        int n = Options.build(w, actor, pool);
        for (int i = 0; i < n; i++) {
            if (pool[i].kind() == ChoiceKind.VOTE) {
                return true;
            }
        }
        return false;
    }

    @Test
    void one_no_blocks() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        votes(w, m, Vote.YES, Vote.YES, Vote.NO);

        Council.Result result = Council.settle(w, m);

        assertNotNull(result);
        assertEquals(Motion.Status.FAILED, m.status());
        assertEquals(Request.Status.REFUSED, w.request(m.request()).status());
    }

    @Test
    void abstentions_do_not_block() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.ABSTAIN);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
        assertEquals(Request.Status.HONOURED, w.request(m.request()).status());
    }

    @Test
    void a_motion_nobody_supports_fails() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        votes(w, m, Vote.ABSTAIN, Vote.ABSTAIN, Vote.ABSTAIN);

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
    }

    @Test
    void waits_until_every_active_member_but_the_one_asking_has_voted() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        w.castVote(m, PAT, Vote.YES);
        w.castVote(m, MBA, Vote.YES);

        assertNull(Council.settle(w, m));
        assertTrue(m.open());
    }

    @Test
    void does_not_settle_a_motion_on_the_day_it_was_tabled() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Request q = w.openRequest(DEF, BLOC, CONSULTATION_ARTICLE, Obligation.CONSULTATION, c.index(), 1);
        Motion m = w.tableMotion(BLOC, q.index(), Motion.Kind.CONSULTATION);
        votes(w, m, Vote.YES, Vote.YES, Vote.YES);

        assertNull(Council.settle(w, m));
        assertTrue(m.open());
    }

    @Test
    void a_deployment_the_yes_voters_cannot_field_fails_and_a_mission_is_moved() {
        World w = Worlds.tiny();
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.DEPLOYMENT);
        votes(w, m, Vote.ABSTAIN, Vote.ABSTAIN, Vote.YES);

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
        assertEquals(2, w.motions().size());
        Motion next = w.motion(1);
        assertEquals(Motion.Kind.MISSION, next.kind());
        assertEquals(m.request(), next.request());
        assertTrue(next.open());
        assertEquals(Request.Status.OPEN, w.request(m.request()).status(), "the appeal waits for the mission's vote");
        assertFalse(w.allianceIntervened());
    }

    @Test
    void a_blocked_deployment_is_followed_by_a_mission_motion_too() {
        World w = Worlds.tiny();
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.DEPLOYMENT);
        votes(w, m, Vote.YES, Vote.NO, Vote.YES);

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
        assertEquals(Motion.Kind.MISSION, w.motion(1).kind());
    }

    @Test
    void a_deployment_those_voting_yes_can_field_sends_their_forces() {
        World w = Worlds.tiny();
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.DEPLOYMENT);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.ABSTAIN);
        Conflict c = w.conflict(w.request(m.request()).conflict());
        double before = Forces.defence(w, c);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
        assertEquals(Constants.k(ModelConstant.INTERVENTION_SHARE) * w.available(PAT), c.allianceForce(), 1e-9);
        assertTrue(Forces.defence(w, c) > before);
        assertEquals(Request.Status.HONOURED, w.request(m.request()).status());
        assertTrue(w.allianceIntervened());
        assertEquals(1, w.motions().size(), "no mission after a deployment that passed");
    }

    @Test
    void a_mission_that_passes_is_sent_and_answers_the_appeal_in_part() {
        World w = Worlds.tiny();
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.MISSION);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.YES);

        Council.settle(w, m);

        assertEquals(1, w.missions().size());
        assertEquals(DEF, w.missions().get(0).host());
        assertEquals(Request.Status.PARTIAL, w.request(m.request()).status());
    }

    @Test
    void a_regime_protection_deployment_that_passes_guards_the_host_government() {
        World w = Worlds.tiny();
        w.setUnrest(DEF, 0.9, 0.8);
        Request q = w.openRequest(DEF, BLOC, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, -1, 0.5);
        Motion m = w.tableMotion(BLOC, q.index(), Motion.Kind.DEPLOYMENT);
        w.advanceDay();
        votes(w, m, Vote.YES, Vote.YES, Vote.ABSTAIN);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
        Presence guard = w.presences().get(w.presences().size() - 1);
        assertEquals(DEF, guard.host());
        assertEquals(BLOC, guard.treaty());
        assertEquals(DeploymentKind.PEACEKEEPERS, guard.kind());
        assertTrue(guard.troops() >= Constants.k(ModelConstant.REGIME_TROOPS) && guard.troops() <= w.setting().treatyPeacekeepers(BLOC));
        assertTrue(w.peacekeepersDeployed());
    }

    @Test
    void a_regime_protection_deployment_too_small_to_guard_the_government_fails() {
        World w = Worlds.tiny();
        w.setUnrest(DEF, 0.9, 0.8);
        Request q = w.openRequest(DEF, BLOC, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, -1, 0.5);
        Motion m = w.tableMotion(BLOC, q.index(), Motion.Kind.DEPLOYMENT);
        w.advanceDay();
        votes(w, m, Vote.ABSTAIN, Vote.YES, Vote.YES);

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
    }

    @Test
    void a_suspended_member_gets_no_vote() {
        World w = Worlds.tiny();
        motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        assertTrue(facesVote(w, MBB));

        w.suspend(BLOC, MBB);

        assertFalse(facesVote(w, MBB));
        assertTrue(facesVote(w, MBA));
    }

    @Test
    void a_suspended_member_cannot_block() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        w.suspend(BLOC, MBB);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.NO);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
    }

    @Test
    void a_suspended_member_is_not_waited_for() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        w.suspend(BLOC, MBB);
        w.castVote(m, PAT, Vote.YES);
        w.castVote(m, MBA, Vote.YES);

        assertNotNull(Council.settle(w, m));
        assertEquals(Motion.Status.PASSED, m.status());
    }

    @Test
    void the_member_asking_does_not_vote_on_its_own_appeal() {
        World w = Worlds.tiny();
        motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);

        assertFalse(facesVote(w, DEF));
    }
}
