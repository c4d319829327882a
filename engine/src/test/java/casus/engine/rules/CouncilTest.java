package casus.engine.rules;

import static casus.engine.model.ModelConstant.INTERVENTION_SHARE;
import static casus.engine.model.ModelConstant.REGIME_TROOPS;
import static casus.engine.model.ModelConstant.TRIPWIRE_TROOPS;
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
import casus.engine.model.Ask;
import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Obligation;
import casus.engine.model.SettingBuilder;
import casus.engine.model.UnrestKind;
import casus.engine.testing.Constants;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Motion.Vote;
import casus.engine.world.Presence;
import casus.engine.world.Request;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** How the council of a consensus treaty settles a motion once its members have voted, and what it then does. */
class CouncilTest {

    static double k(ModelConstant c) {
        return Constants.k(c);
    }

    /** DEF's appeal to the BLOC under an article for something, about a conflict or (-1) its crisis at home. */
    static Request appeal(World w, int article, Ask ask, int conflict) {
        Obligation o = w.setting().articles(BLOC).get(article).obligation();
        double clarity = conflict < 0 ? CasusFoederis.ofCrisisAtHome(w, DEF, o, ask) : CasusFoederis.ofConflict(w, w.wars().conflict(conflict), DEF, BLOC, o);
        return w.appeals().openRequest(DEF, BLOC, -1, article, o, ask, conflict, clarity, 1);
    }

    /** Tables the motion for an appeal and lets a day pass, so that it can be settled. */
    static Motion table(World w, Request q, Motion.Kind kind) {
        Motion m = w.appeals().tableMotion(BLOC, q.index(), kind);
        w.advanceDay();
        return m;
    }

    /** DEF's appeal about ATK's attack on HOME, its motion tabled yesterday. */
    static Motion motion(World w, int article, Motion.Kind kind) {
        Conflict c = Worlds.attack(w, HOME);
        Ask ask = article == MILITARY_ARTICLE ? Ask.MILITARY_AID : Ask.CONSULTATIONS;
        return table(w, appeal(w, article, ask, c.index()), kind);
    }

    /** DEF's appeal about unrest at home for some ask, its motion tabled yesterday. */
    static Motion atHome(World w, Ask ask, Motion.Kind kind) {
        w.regimes().setUnrestKind(DEF, UnrestKind.RIOT);
        w.regimes().setUnrest(DEF, 0.9, 0.8);
        return table(w, appeal(w, MILITARY_ARTICLE, ask, -1), kind);
    }

    static void votes(World w, Motion m, Vote patron, Vote memberA, Vote memberB) {
        w.appeals().castVote(m, PAT, patron);
        w.appeals().castVote(m, MBA, memberA);
        w.appeals().castVote(m, MBB, memberB);
    }

    static Presence last(World w) {
        return w.military().presences().get(w.military().presences().size() - 1);
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

    // --- the vote ---------------------------------------------------------------------------

    @Test
    void one_no_blocks() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        votes(w, m, Vote.YES, Vote.YES, Vote.NO);

        Council.Result result = Council.settle(w, m);

        assertNotNull(result);
        assertEquals(Motion.Status.FAILED, result.status());
        assertEquals(Motion.Status.FAILED, m.status());
        assertEquals(Request.Status.REFUSED, w.appeals().request(m.request()).status());
        assertEquals(1, w.appeals().motionCount(), "consultations refused are not followed by a mission");
    }

    @Test
    void abstentions_do_not_block() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.ABSTAIN);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
        assertEquals(Request.Status.HONOURED, w.appeals().request(m.request()).status());
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
        w.appeals().castVote(m, PAT, Vote.YES);
        w.appeals().castVote(m, MBA, Vote.YES);

        assertNull(Council.settle(w, m));
        assertTrue(m.open());
    }

    @Test
    void does_not_settle_a_motion_on_the_day_it_was_tabled() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Request q = appeal(w, CONSULTATION_ARTICLE, Ask.CONSULTATIONS, c.index());
        Motion m = w.appeals().tableMotion(BLOC, q.index(), Motion.Kind.CONSULTATION);
        votes(w, m, Vote.YES, Vote.YES, Vote.YES);

        assertNull(Council.settle(w, m));
        assertTrue(m.open());
    }

    @Test
    void a_closed_motion_is_not_settled_again() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        votes(w, m, Vote.YES, Vote.YES, Vote.YES);
        Council.settle(w, m);

        assertNull(Council.settle(w, m));
    }

    @Test
    void a_suspended_member_gets_no_vote() {
        World w = Worlds.tiny();
        motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        assertTrue(facesVote(w, MBB));

        w.treaties().suspend(BLOC, MBB);

        assertFalse(facesVote(w, MBB));
        assertTrue(facesVote(w, MBA));
    }

    @Test
    void a_suspended_member_cannot_block() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        w.treaties().suspend(BLOC, MBB);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.NO);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
    }

    @Test
    void a_suspended_member_is_not_waited_for() {
        World w = Worlds.tiny();
        Motion m = motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);
        w.treaties().suspend(BLOC, MBB);
        w.appeals().castVote(m, PAT, Vote.YES);
        w.appeals().castVote(m, MBA, Vote.YES);

        assertNotNull(Council.settle(w, m));
        assertEquals(Motion.Status.PASSED, m.status());
    }

    @Test
    void the_member_asking_does_not_vote_on_its_own_appeal() {
        World w = Worlds.tiny();
        motion(w, CONSULTATION_ARTICLE, Motion.Kind.CONSULTATION);

        assertFalse(facesVote(w, DEF));
    }

    @Test
    void nothing_passes_for_a_government_that_has_fallen() {
        World w = Worlds.tiny();
        Motion m = atHome(w, Ask.PEACEKEEPERS, Motion.Kind.GUARD);
        votes(w, m, Vote.YES, Vote.YES, Vote.YES);
        w.regimes().fall(DEF);

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
        assertEquals(Request.Status.REFUSED, w.appeals().request(m.request()).status());
        assertEquals(1, w.appeals().motionCount(), "no mission for a government that is gone");
        assertTrue(w.military().presences().isEmpty());
    }

    // --- collective deployment --------------------------------------------------------------

    @Test
    void a_deployment_those_voting_yes_can_field_sends_their_forces() {
        World w = Worlds.tiny();
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.DEPLOYMENT);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.ABSTAIN);
        Conflict c = w.wars().conflict(w.appeals().request(m.request()).conflict());
        double before = Forces.defence(w, c);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
        assertEquals(k(INTERVENTION_SHARE) * w.military().available(PAT), c.allianceForce(), 1e-9);
        assertTrue(Forces.defence(w, c) > before);
        assertEquals(Request.Status.HONOURED, w.appeals().request(m.request()).status());
        assertEquals(1, w.appeals().motionCount(), "no mission after a deployment that passed");
    }

    @Test
    void a_deployment_the_yes_voters_cannot_field_fails_and_a_mission_is_moved() {
        World w = Worlds.tiny();
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.DEPLOYMENT);
        votes(w, m, Vote.ABSTAIN, Vote.ABSTAIN, Vote.YES);
        Conflict c = w.wars().conflict(w.appeals().request(m.request()).conflict());

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
        assertEquals(2, w.appeals().motionCount());
        Motion next = w.appeals().motion(1);
        assertEquals(Motion.Kind.MISSION, next.kind());
        assertEquals(m.request(), next.request());
        assertTrue(next.open());
        assertEquals(Request.Status.OPEN, w.appeals().request(m.request()).status(), "the appeal waits for the mission's vote");
        assertEquals(0, c.allianceForce());
    }

    @Test
    void a_blocked_deployment_is_followed_by_a_mission_motion_too() {
        World w = Worlds.tiny();
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.DEPLOYMENT);
        votes(w, m, Vote.YES, Vote.NO, Vote.YES);

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
        assertEquals(Motion.Kind.MISSION, w.appeals().motion(1).kind());
    }

    @Test
    void a_failed_force_motion_is_refused_outright_by_a_treaty_without_observers() {
        SettingBuilder b = TinySetting.builder();
        b.treatyObservers[BLOC] = 0;
        World w = Worlds.of(b);
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.DEPLOYMENT);
        votes(w, m, Vote.YES, Vote.NO, Vote.YES);

        Council.settle(w, m);

        assertEquals(1, w.appeals().motionCount());
        assertEquals(Request.Status.REFUSED, w.appeals().request(m.request()).status());
    }

    @Test
    void a_deployment_against_unrest_has_no_war_to_fight_and_cannot_be_fielded() {
        World w = Worlds.tiny();
        Motion m = atHome(w, Ask.MILITARY_AID, Motion.Kind.DEPLOYMENT);
        votes(w, m, Vote.YES, Vote.YES, Vote.YES);

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
        assertEquals(Motion.Kind.MISSION, w.appeals().motion(1).kind());
    }

    // --- troops to guard a government, peacekeepers between communities ---------------------

    @Test
    void a_guard_that_passes_sends_troops_to_the_governments_key_sites() {
        World w = Worlds.tiny();
        Motion m = atHome(w, Ask.PEACEKEEPERS, Motion.Kind.GUARD);
        votes(w, m, Vote.YES, Vote.YES, Vote.ABSTAIN);
        double alone = Domestic.security(w, DEF);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
        Presence guard = last(w);
        assertEquals(DEF, guard.host());
        assertEquals(BLOC, guard.treaty());
        assertEquals(-1, guard.region(), "at the key sites, not in a region");
        assertEquals(DeploymentKind.PEACEKEEPERS, guard.kind());
        assertTrue(guard.troops() >= k(REGIME_TROOPS) && guard.troops() <= w.setting().treatyPeacekeepers(BLOC), "troops " + guard.troops());
        assertTrue(w.military().peacekeepersDeployed());
        assertTrue(Domestic.security(w, DEF) > alone, "the guard adds to the government's security");
        assertEquals(Request.Status.HONOURED, w.appeals().request(m.request()).status());
    }

    @Test
    void no_more_troops_are_sent_than_the_treaty_can_field() {
        SettingBuilder b = TinySetting.builder();
        b.treatyPeacekeepers[BLOC] = Constants.whole(REGIME_TROOPS) + 100;
        World w = Worlds.of(b);
        Motion m = atHome(w, Ask.PEACEKEEPERS, Motion.Kind.GUARD);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.ABSTAIN);

        Council.settle(w, m);

        assertEquals(Constants.whole(REGIME_TROOPS) + 100, last(w).troops());
    }

    @Test
    void a_guard_too_small_to_guard_the_government_fails() {
        World w = Worlds.tiny();
        Motion m = atHome(w, Ask.PEACEKEEPERS, Motion.Kind.GUARD);
        votes(w, m, Vote.ABSTAIN, Vote.YES, Vote.YES);

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
        assertTrue(w.military().presences().isEmpty());
        assertFalse(w.military().peacekeepersDeployed());
        assertEquals(Motion.Kind.MISSION, w.appeals().motion(1).kind());
    }

    @Test
    void peacekeepers_that_pass_stand_between_the_communities() {
        World w = Worlds.tiny();
        w.regimes().setCommunal(HOME, 0.6);
        Motion m = table(w, appeal(w, MILITARY_ARTICLE, Ask.PEACEKEEPERS, -1), Motion.Kind.PEACEKEEPING);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.ABSTAIN);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
        Presence p = last(w);
        assertEquals(DeploymentKind.PEACEKEEPERS, p.kind());
        assertEquals(DEF, p.host());
        assertTrue(w.military().peacekeepersDeployed());
        assertEquals(Request.Status.HONOURED, w.appeals().request(m.request()).status());
    }

    // --- a defensive deployment -------------------------------------------------------------

    @Test
    void a_defensive_deployment_sends_air_defence_where_a_yes_voter_has_batteries() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.airDefence(b, MBA, 3);
        World w = Worlds.of(b);
        Conflict c = Worlds.attack(w, HOME);
        Motion m = table(w, appeal(w, MILITARY_ARTICLE, Ask.DEFENSIVE_DEPLOYMENT, c.index()), Motion.Kind.DEFENSIVE);
        votes(w, m, Vote.ABSTAIN, Vote.YES, Vote.ABSTAIN);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status(), "batteries are fielded however few the troops");
        Presence p = last(w);
        assertEquals(DeploymentKind.AIR_DEFENCE, p.kind());
        assertEquals(3, p.troops());
        assertEquals(HOME, p.region());
        assertEquals(DEF, p.host());
        assertEquals(BLOC, p.treaty());
        assertTrue(w.aid().defended(DEF));
        assertEquals(Request.Status.HONOURED, w.appeals().request(m.request()).status());
        assertEquals(1, Combat.shielded(w, Worlds.strike(w, HOME)), "the batteries shield the region against strikes");
    }

    @Test
    void a_defensive_deployment_without_batteries_is_a_tripwire_of_troops() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Motion m = table(w, appeal(w, MILITARY_ARTICLE, Ask.DEFENSIVE_DEPLOYMENT, c.index()), Motion.Kind.DEFENSIVE);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.ABSTAIN);

        Council.settle(w, m);

        assertEquals(Motion.Status.PASSED, m.status());
        Presence p = last(w);
        assertEquals(DeploymentKind.FORCES, p.kind());
        assertTrue(p.troops() >= k(TRIPWIRE_TROOPS), "troops " + p.troops());
        assertEquals(HOME, p.region());
        assertTrue(w.aid().defended(DEF));
        assertEquals(0, c.allianceForce(), "a tripwire deters; it does not join the fighting");
    }

    @Test
    void a_tripwire_too_thin_fails() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        Motion m = table(w, appeal(w, MILITARY_ARTICLE, Ask.DEFENSIVE_DEPLOYMENT, c.index()), Motion.Kind.DEFENSIVE);
        votes(w, m, Vote.ABSTAIN, Vote.ABSTAIN, Vote.YES);

        Council.settle(w, m);

        assertEquals(Motion.Status.FAILED, m.status());
        assertFalse(w.aid().defended(DEF));
        assertEquals(Motion.Kind.MISSION, w.appeals().motion(1).kind());
    }

    @Test
    void a_defensive_deployment_against_an_incident_stands_with_the_host_outside_any_region() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.airDefence(b, PAT, 2);
        World w = Worlds.of(b);
        Conflict c = Worlds.incident(w, DEF, 0);
        Motion m = table(w, appeal(w, MILITARY_ARTICLE, Ask.DEFENSIVE_DEPLOYMENT, c.index()), Motion.Kind.DEFENSIVE);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.ABSTAIN);

        Council.settle(w, m);

        Presence p = last(w);
        assertEquals(-1, p.region());
        assertEquals(DEF, p.host());
        assertEquals(1, Combat.shielded(w, c));
    }

    // --- missions and consultations ---------------------------------------------------------

    @Test
    void a_mission_that_passes_is_sent_and_answers_the_appeal_in_part() {
        World w = Worlds.tiny();
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.MISSION);
        votes(w, m, Vote.YES, Vote.ABSTAIN, Vote.YES);

        Council.settle(w, m);

        assertEquals(1, w.appeals().missionCount());
        assertEquals(DEF, w.appeals().mission(0).host());
        assertEquals(BLOC, w.appeals().mission(0).treaty());
        assertEquals(m.request(), w.appeals().mission(0).request());
        assertEquals(Request.Status.PARTIAL, w.appeals().request(m.request()).status());
    }

    @Test
    void a_blocked_mission_refuses_the_appeal_and_nothing_follows() {
        World w = Worlds.tiny();
        Motion m = motion(w, MILITARY_ARTICLE, Motion.Kind.MISSION);
        votes(w, m, Vote.YES, Vote.NO, Vote.YES);

        Council.settle(w, m);

        assertEquals(0, w.appeals().missionCount());
        assertEquals(1, w.appeals().motionCount());
        assertEquals(Request.Status.REFUSED, w.appeals().request(m.request()).status());
    }

    @Test
    void the_motion_an_appeal_tables_fits_what_it_asks_for() {
        World w = Worlds.tiny();
        Motion.Kind[] expected = {Motion.Kind.DEPLOYMENT, Motion.Kind.DEFENSIVE, Motion.Kind.GUARD, Motion.Kind.CONSULTATION,
                Motion.Kind.CONSULTATION};
        Ask[] asks = {Ask.MILITARY_AID, Ask.DEFENSIVE_DEPLOYMENT, Ask.PEACEKEEPERS, Ask.CONSULTATIONS, Ask.RESCUE};
        for (int i = 0; i < asks.length; i++) {
            Request q = w.appeals().openRequest(DEF, BLOC, -1, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, asks[i], -1, 0, 1);
            assertEquals(expected[i], Council.motionFor(q, false), asks[i].name());
        }
        Request troops = w.appeals().openRequest(DEF, BLOC, -1, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, Ask.PEACEKEEPERS, -1, 0, 1);
        assertEquals(Motion.Kind.PEACEKEEPING, Council.motionFor(troops, true), "troops between communities, not around the government");
        assertEquals(Motion.Kind.DEPLOYMENT, Council.motionFor(w.appeals().request(0), true), "only peacekeepers change for communal violence");
    }

    @Test
    void only_motions_that_send_forces_send_forces() {
        assertTrue(Motion.Kind.DEPLOYMENT.sendsForces());
        assertTrue(Motion.Kind.GUARD.sendsForces());
        assertTrue(Motion.Kind.PEACEKEEPING.sendsForces());
        assertTrue(Motion.Kind.DEFENSIVE.sendsForces());
        assertFalse(Motion.Kind.MISSION.sendsForces());
        assertFalse(Motion.Kind.CONSULTATION.sendsForces());
    }
}
