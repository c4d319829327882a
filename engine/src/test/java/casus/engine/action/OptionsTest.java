package casus.engine.action;

import static casus.engine.testing.Constants.k;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.CONSULTATION_ARTICLE;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.MBB;
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static casus.engine.testing.TinySetting.THD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Ask;
import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Packages;
import casus.engine.model.Protection;
import casus.engine.model.SettingBuilder;
import casus.engine.model.SettlementDef;
import casus.engine.rules.Threat;
import casus.engine.testing.Acts;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Only legal options are ever built. */
class OptionsTest {

    /** An actor's decisions today. */
    static List<ChoiceSet> decisions(World w, int actor) {
        ChoiceSet[] pool = new ChoiceSet[32];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = new ChoiceSet();
        }
        int n = Options.build(w, actor, pool);
        return List.of(pool).subList(0, n);
    }

    /** The actions an actor is offered today, as keys such as {@code request:PACT:Art.1:military-aid}. */
    static List<String> offered(World w, int actor) {
        List<String> keys = new ArrayList<>();
        for (ChoiceSet set : decisions(w, actor)) {
            for (int i = 0; i < set.size(); i++) {
                keys.add(set.action(i).key(w.setting()));
            }
        }
        return keys;
    }

    /** The options of one decision of an actor, by the decision's key; empty when it does not face it. */
    static List<String> offered(World w, int actor, String decision) {
        for (ChoiceSet set : decisions(w, actor)) {
            if (set.key(w.setting()).equals(decision)) {
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < set.size(); i++) {
                    keys.add(set.action(i).key(w.setting()));
                }
                return keys;
            }
        }
        return List.of();
    }

    static List<String> decisionKeys(World w, int actor) {
        return decisions(w, actor).stream().map(set -> set.key(w.setting())).toList();
    }

    static boolean anyStartsWith(List<String> keys, String prefix) {
        return keys.stream().anyMatch(k -> k.startsWith(prefix));
    }

    @Test
    void nobody_decides_anything_in_peace_but_whether_to_suspend() {
        World w = Worlds.tiny();

        assertEquals(List.of("pass:appeal:BLOC", "suspend:BLOC"), offered(w, DEF));
        assertEquals(List.of(), offered(w, PAT), "the leader of a council does not suspend its part in it");
        assertEquals(List.of(), offered(w, NEU));
    }

    @Test
    void a_fallen_regime_decides_nothing() {
        World w = Worlds.tiny();
        Worlds.attack(w, HOME);
        w.advanceDay();
        w.regimes().fall(DEF);

        assertEquals(List.of(), decisions(w, DEF));
    }

    @Nested
    class Appeals {
        @Test
        void a_member_under_attack_asks_each_treaty_for_what_fits_a_war_and_each_article() {
            World w = Worlds.tiny();
            Worlds.attack(w, HOME);

            List<String> keys = offered(w, DEF);

            assertTrue(keys.containsAll(List.of("request:PACT:Art.1:military-aid", "request:PACT:Art.1:defensive-deployment",
                    "request:PACT:Art.2:consultations", "request:BLOC:Art.4:military-aid", "request:BLOC:Art.4:defensive-deployment",
                    "request:BLOC:Art.2:consultations")), keys.toString());
            assertFalse(keys.stream().anyMatch(k -> k.startsWith("request:") && (k.endsWith(":peacekeepers") || k.endsWith(":rescue"))),
                    "troops to guard a government and money are for a crisis at home: " + keys);
            assertFalse(keys.stream().anyMatch(k -> k.startsWith("request:PACT:Art.2:military") || k.startsWith("request:BLOC:Art.2:military")),
                    "a consultation article brings no forces: " + keys);
        }

        @Test
        void a_government_in_trouble_at_home_asks_for_troops_under_military_articles_and_money_only_of_a_bilateral_partner() {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, 0.6, 0.5);

            List<String> keys = offered(w, DEF);

            assertTrue(keys.containsAll(List.of("request:PACT:Art.1:peacekeepers", "request:BLOC:Art.4:peacekeepers",
                    "request:PACT:Art.2:consultations", "request:PACT:Art.2:rescue", "request:BLOC:Art.2:consultations")), keys.toString());
            assertFalse(keys.contains("request:BLOC:Art.2:rescue"), "a council lends no money: " + keys);
            assertFalse(keys.stream().anyMatch(k -> k.endsWith(":military-aid") || k.endsWith(":defensive-deployment")),
                    "no war to fight: " + keys);
        }

        @Test
        void an_appeal_is_about_the_war_unless_the_unrest_at_home_is_grave() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.regimes().setUnrest(DEF, k(ModelConstant.UNREST_APPEAL_LEVEL) / 2, 0.5);
            assertEquals(Set.of(c.index()), appealRefs(w, DEF));

            w.regimes().setUnrest(DEF, k(ModelConstant.UNREST_APPEAL_LEVEL), 0.5);

            assertEquals(Set.of(-1), appealRefs(w, DEF), "-1: the crisis at home");
        }

        Set<Integer> appealRefs(World w, int a) {
            Set<Integer> refs = new HashSet<>();
            for (ChoiceSet set : decisions(w, a)) {
                for (int i = 0; i < set.size(); i++) {
                    if (set.actionKind(i) == ActionKind.REQUEST) {
                        refs.add(set.ref(i));
                    }
                }
            }
            return refs;
        }

        @Test
        void nobody_appeals_about_ground_it_hardly_values() {
            SettingBuilder b = TinySetting.builder();
            b.stake[BELT][DEF] = k(ModelConstant.THREAT_VALUE_FLOOR) / 2;
            b.control[BELT][DEF] = 0;
            b.control[BELT][ATK] = 1;
            World w = Worlds.of(b);
            Worlds.attack(w, BELT);

            assertFalse(anyStartsWith(offered(w, DEF), "request:"), offered(w, DEF).toString());
        }

        @Test
        void the_same_appeal_is_not_made_again_while_it_is_open() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
            w.advanceDay();

            List<String> keys = offered(w, DEF);

            assertFalse(keys.contains("request:PACT:Art.1:military-aid"), keys.toString());
            assertTrue(keys.containsAll(List.of("request:PACT:Art.1:defensive-deployment", "request:PACT:Art.2:consultations",
                    "request:BLOC:Art.4:military-aid")), keys.toString());
        }

        @Test
        void an_answered_appeal_is_made_again_only_once_the_need_has_risen_by_a_step() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Request q = Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
            w.advanceDay();
            w.appeals().answer(q, Request.Status.REFUSED);
            String key = "request:PACT:Art.1:military-aid";

            boolean offeredAgain = false;
            for (int step = 0; step < 100 && !offeredAgain; step++) {
                double need = Threat.ofConflict(w, c, DEF);
                offeredAgain = offered(w, DEF).contains(key);
                assertEquals(need >= q.need() + k(ModelConstant.REAPPEAL_NEED_RISE), offeredAgain, "need " + need + " after " + q.need());
                w.wars().raiseSeverity(c, 0.01);
            }
            assertTrue(offeredAgain);
        }

        @Test
        void an_answered_appeal_may_be_made_again_at_once_about_a_new_war() {
            World w = Worlds.tiny();
            Conflict first = Worlds.attack(w, HOME);
            Request q = Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, first.index());
            w.advanceDay();
            w.appeals().answer(q, Request.Status.REFUSED);
            w.wars().setPhase(first, Conflict.Phase.CEASEFIRE, NEU, false);
            Worlds.attack(w, BORDER);

            assertTrue(offered(w, DEF).contains("request:PACT:Art.1:military-aid"));
        }

        @Test
        void nobody_appeals_about_a_war_under_a_ceasefire() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.wars().recordFighting(c);
            w.advanceDay();
            w.wars().setPhase(c, Conflict.Phase.CEASEFIRE, NEU, false);

            assertFalse(anyStartsWith(offered(w, DEF), "request:"), offered(w, DEF).toString());
        }

        @Test
        void nobody_appeals_about_a_war_that_died_down_unless_the_attacker_holds_its_ground() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.wars().recordFighting(c);
            w.advanceDay();
            w.wars().setPhase(c, Conflict.Phase.DORMANT, -1, false);
            assertFalse(anyStartsWith(offered(w, DEF), "request:"), offered(w, DEF).toString());

            w.territory().shiftControl(HOME, DEF, ATK, 0.2);

            assertTrue(offered(w, DEF).contains("request:PACT:Art.1:military-aid"), "occupied ground keeps the war live");
        }

        @Test
        void a_member_does_not_suspend_its_part_in_a_council_while_its_own_appeal_to_it_is_open() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Request toCouncil = Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
            assertFalse(offered(w, DEF).contains("suspend:BLOC"));
            assertTrue(offered(w, MBB).contains("suspend:BLOC"), "another's appeal does not bind it");

            w.appeals().answer(toCouncil, Request.Status.REFUSED);

            assertTrue(offered(w, DEF).contains("suspend:BLOC"));
        }

        @Test
        void an_open_bilateral_appeal_does_not_stop_a_suspension_of_the_council() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());

            assertTrue(offered(w, DEF).contains("suspend:BLOC"));
        }

        @Test
        void a_suspended_member_neither_appeals_nor_suspends_again() {
            World w = Worlds.tiny();
            Worlds.attack(w, HOME);
            w.treaties().suspend(BLOC, DEF);

            List<String> keys = offered(w, DEF);

            assertTrue(keys.stream().noneMatch(k -> k.contains("BLOC")), keys.toString());
            assertTrue(keys.contains("request:PACT:Art.1:military-aid"), "its bilateral treaty still stands");
        }

        @Test
        void a_bilateral_partner_already_fighting_for_the_appellant_is_not_asked_for_forces() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.wars().joinDefence(c, PAT);

            List<String> keys = offered(w, DEF, "appeal:PACT");

            assertFalse(keys.contains("request:PACT:Art.1:military-aid"), keys.toString());
            assertFalse(keys.contains("request:PACT:Art.1:defensive-deployment"), keys.toString());
            assertTrue(keys.contains("request:PACT:Art.2:consultations"), keys.toString());
        }
    }

    @Nested
    class OutsideAppeals {
        World befriended(double alignmentWithNeutral) {
            SettingBuilder b = TinySetting.builder();
            b.alignment[DEF][NEU] = alignmentWithNeutral;
            return Worlds.of(b);
        }

        @Test
        void in_a_war_a_state_asks_friends_outside_its_treaties_for_forces_or_consultations() {
            World w = befriended(k(ModelConstant.APPEAL_FRIEND_ALIGNMENT));
            Worlds.attack(w, HOME);

            assertEquals(List.of("pass:appeal", "request:NEU:military-aid", "request:NEU:consultations"), offered(w, DEF, "appeal:outside"));
        }

        @Test
        void a_state_not_friendly_enough_is_not_asked() {
            World w = befriended(k(ModelConstant.APPEAL_FRIEND_ALIGNMENT) - 0.01);
            Worlds.attack(w, HOME);

            assertFalse(decisionKeys(w, DEF).contains("appeal:outside"), offered(w, DEF).toString());
        }

        @Test
        void a_declared_protector_is_asked_however_cool_relations_are() {
            SettingBuilder b = TinySetting.builder();
            b.protections.add(new Protection(THD, DEF, ""));
            World w = Worlds.of(b);
            Worlds.attack(w, HOME);

            assertTrue(offered(w, DEF, "appeal:outside").contains("request:THD:military-aid"), offered(w, DEF).toString());
        }

        @Test
        void neither_the_attacker_nor_a_treaty_partner_is_asked_as_a_friend() {
            SettingBuilder b = TinySetting.builder();
            b.alignment[DEF][ATK] = 0.9;
            b.alignment[DEF][NEU] = 0.9;
            World w = Worlds.of(b);
            Worlds.attack(w, HOME);

            List<String> keys = offered(w, DEF, "appeal:outside");

            assertTrue(keys.contains("request:NEU:military-aid"), keys.toString());
            assertFalse(anyStartsWith(keys, "request:ATK:"), keys.toString());
            assertFalse(anyStartsWith(keys, "request:PAT:") || anyStartsWith(keys, "request:MBA:"), keys.toString());
        }

        @Test
        void a_friend_already_fighting_on_its_side_is_not_asked() {
            World w = befriended(0.9);
            Conflict c = Worlds.attack(w, HOME);
            w.wars().joinDefence(c, NEU);

            assertFalse(anyStartsWith(offered(w, DEF), "request:NEU:"), offered(w, DEF).toString());
        }

        @Test
        void no_government_asks_a_friend_for_troops_against_its_own_unrest() {
            World w = befriended(0.9);
            w.regimes().setUnrest(DEF, 0.6, 0.5);

            assertEquals(List.of("pass:appeal", "request:NEU:consultations", "request:NEU:rescue"), offered(w, DEF, "appeal:outside"));
        }

        @Test
        void troops_to_stand_between_communities_may_be_asked_of_a_friend() {
            World w = befriended(0.9);
            w.regimes().setCommunal(HOME, 0.6);

            List<String> keys = offered(w, DEF, "appeal:outside");

            assertTrue(keys.contains("request:NEU:peacekeepers"), keys.toString());
            assertFalse(keys.contains("request:NEU:military-aid"), keys.toString());
        }
    }

    @Nested
    class Answers {
        /** The options of the addressee's answer to an appeal, the day after it was made. */
        List<String> answers(SettingBuilder b, int treaty, int article, Ask ask, boolean war) {
            World w = Worlds.of(b);
            int conflict = -1;
            if (war) {
                conflict = Worlds.attack(w, HOME).index();
            } else {
                w.regimes().setUnrest(DEF, 0.6, 0.5);
            }
            Request q = Acts.appeal(w, DEF, treaty, article, ask, conflict);
            w.advanceDay();
            return offered(w, PAT, "response:R" + q.index());
        }

        List<String> answers(int article, Ask ask, boolean war) {
            return answers(TinySetting.builder(), PACT, article, ask, war);
        }

        @Test
        void the_addressee_answers_from_the_next_day_and_nobody_else_does() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Request q = Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
            assertFalse(anyStartsWith(decisionKeys(w, PAT), "response:"));

            w.advanceDay();

            assertEquals(List.of("honour:R0", "defend:R0", "consult:R0", "decline:R0"), offered(w, PAT, "response:R" + q.index()));
            for (int a = 0; a < TinySetting.ACTORS; a++) {
                if (a != PAT) {
                    assertFalse(anyStartsWith(decisionKeys(w, a), "response:"), "actor " + a);
                }
            }
        }

        @Test
        void answers_fit_what_was_asked_for() {
            assertEquals(List.of("honour:R0", "defend:R0", "consult:R0", "decline:R0"), answers(MILITARY_ARTICLE, Ask.MILITARY_AID, true));
            assertEquals(List.of("defend:R0", "consult:R0", "decline:R0"), answers(MILITARY_ARTICLE, Ask.DEFENSIVE_DEPLOYMENT, true));
            assertEquals(List.of("consult:R0", "decline:R0"), answers(CONSULTATION_ARTICLE, Ask.CONSULTATIONS, true));
            assertEquals(List.of("honour:R0", "reserve:R0", "consult:R0", "decline:R0"), answers(MILITARY_ARTICLE, Ask.PEACEKEEPERS, false));
            assertEquals(List.of("rescue:R0", "consult:R0", "decline:R0"), answers(CONSULTATION_ARTICLE, Ask.RESCUE, false));
        }

        @Test
        void a_state_with_nothing_to_spare_can_only_talk_or_decline() {
            SettingBuilder b = TinySetting.builder();
            b.committed[PAT] = 1;

            assertEquals(List.of("consult:R0", "decline:R0"), answers(b, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, true));
            assertEquals(List.of("consult:R0", "decline:R0"), answers(b, PACT, MILITARY_ARTICLE, Ask.DEFENSIVE_DEPLOYMENT, true));
            assertEquals(List.of("consult:R0", "decline:R0"), answers(b, PACT, MILITARY_ARTICLE, Ask.PEACEKEEPERS, false));
        }

        @Test
        void air_defence_may_be_stationed_without_troops_to_spare() {
            SettingBuilder b = TinySetting.builder();
            b.committed[PAT] = 1;
            b.airDefenceUnits[PAT] = 2;

            assertEquals(List.of("defend:R0", "consult:R0", "decline:R0"), answers(b, PACT, MILITARY_ARTICLE, Ask.DEFENSIVE_DEPLOYMENT, true));
        }

        @Test
        void a_tripwire_takes_fewer_troops_than_guarding_a_government() {
            SettingBuilder b = TinySetting.builder();
            double wanted = (k(ModelConstant.TRIPWIRE_TROOPS) + k(ModelConstant.REGIME_TROOPS)) / 2;
            b.troops[PAT] = Math.round(wanted / (b.readiness[PAT] * (1 - b.committed[PAT])));

            assertEquals(List.of("defend:R0", "consult:R0", "decline:R0"), answers(b, PACT, MILITARY_ARTICLE, Ask.DEFENSIVE_DEPLOYMENT, true));
            assertEquals(List.of("consult:R0", "decline:R0"), answers(b, PACT, MILITARY_ARTICLE, Ask.PEACEKEEPERS, false));
        }

        @Test
        void a_friend_asked_outside_any_treaty_answers_it() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Request q = Acts.appealOutside(w, DEF, NEU, Ask.MILITARY_AID, c.index());
            w.advanceDay();

            assertEquals(List.of("honour:R0", "defend:R0", "consult:R0", "decline:R0"), offered(w, NEU, "response:R" + q.index()));
            assertFalse(anyStartsWith(decisionKeys(w, PAT), "response:"));
        }

        @Test
        void a_government_fallen_since_it_asked_may_only_be_talked_to_or_refused() {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, 0.6, 0.5);
            Request q = Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.PEACEKEEPERS, -1);
            w.advanceDay();
            w.regimes().fall(DEF);

            assertEquals(List.of("consult:R0", "decline:R0"), offered(w, PAT, "response:R" + q.index()));
        }

        @Test
        void an_answered_appeal_is_not_answered_again() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Request q = Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
            w.advanceDay();
            w.appeals().answer(q, Request.Status.PARTIAL);

            assertFalse(anyStartsWith(decisionKeys(w, PAT), "response:"));
        }
    }

    @Nested
    class Votes {
        @Test
        void active_members_but_the_one_asking_vote_from_the_day_after_the_motion_was_tabled() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index()));
            w.treaties().suspend(BLOC, MBB);
            for (int a = 0; a < TinySetting.ACTORS; a++) {
                assertFalse(decisionKeys(w, a).contains("vote:M" + m.index()), "not on the day it was tabled: actor " + a);
            }

            w.advanceDay();

            List<String> options = List.of("vote-yes:M0", "vote-no:M0", "vote-abstain:M0");
            assertEquals(options, offered(w, PAT, "vote:M0"));
            assertEquals(options, offered(w, MBA, "vote:M0"));
            assertEquals(List.of(), offered(w, MBB, "vote:M0"), "a suspended member does not vote");
            assertEquals(List.of(), offered(w, DEF, "vote:M0"), "nor does the one asking");
            assertEquals(List.of(), offered(w, NEU, "vote:M0"), "nor an outsider");
        }

        @Test
        void a_motion_to_send_forces_to_a_government_that_has_fallen_can_only_be_voted_down_or_abstained_on() {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, 0.6, 0.5);
            Motion guard = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.PEACEKEEPERS, -1));
            Motion talks = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, CONSULTATION_ARTICLE, Ask.CONSULTATIONS, -1));
            w.advanceDay();
            w.regimes().fall(DEF);

            assertEquals(List.of("vote-no:M" + guard.index(), "vote-abstain:M" + guard.index()), offered(w, MBA, "vote:M" + guard.index()));
            assertTrue(offered(w, MBA, "vote:M" + talks.index()).contains("vote-yes:M" + talks.index()), "talks send no forces");
        }

        @Test
        void a_member_votes_once() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index()));
            w.advanceDay();
            w.appeals().castVote(m, MBA, Motion.Vote.YES);

            assertEquals(List.of(), offered(w, MBA, "vote:M0"));
        }
    }

    @Nested
    class Posture {
        @Test
        void only_the_attacker_attacks_and_not_on_the_day_it_launched() {
            World w = Worlds.tiny();
            Worlds.attack(w, HOME);
            assertTrue(offered(w, ATK).stream().noneMatch(k -> k.startsWith("attack")));

            w.advanceDay();

            assertEquals(List.of("hold", "attack:C0:high", "attack:C0:low"), offered(w, ATK, "posture:C0"));
            for (int a = 1; a < TinySetting.ACTORS; a++) {
                assertTrue(offered(w, a).stream().noneMatch(k -> k.startsWith("attack")), "actor " + a);
            }
        }

        @Test
        void both_parties_may_accept_a_proposal_from_the_day_after_it_was_made_once() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.advanceDay();
            Proposal p = Acts.propose(w, NEU, c, Packages.FREEZE);
            assertFalse(offered(w, ATK).contains("accept:P0"));

            w.advanceDay();

            assertEquals(List.of("hold", "attack:C0:high", "attack:C0:low", "accept:P0"), offered(w, ATK, "posture:C0"));
            assertEquals(List.of("hold", "fire-back:C0", "accept:P0"), offered(w, DEF, "posture:C0"));
            assertFalse(offered(w, NEU).contains("accept:P0"));
            assertFalse(offered(w, PAT).contains("accept:P0"));
            w.talks().accept(p, ATK);
            assertFalse(offered(w, ATK).contains("accept:P0"), "accepted once");
        }

        @Test
        void a_party_does_not_accept_its_own_proposal() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Acts.propose(w, DEF, c, Packages.FREEZE);
            w.advanceDay();

            assertFalse(offered(w, DEF).contains("accept:P0"));
            assertTrue(offered(w, ATK).contains("accept:P0"));
        }

        @Test
        void the_principal_defender_holds_or_fires_back_while_the_war_is_active() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            assertEquals(List.of("hold", "fire-back:C0"), offered(w, DEF, "posture:C0"));
            assertFalse(anyStartsWith(offered(w, MBA), "fire-back"), "only the principal defender fires back");

            w.wars().setPhase(c, Conflict.Phase.DORMANT, -1, false);

            assertFalse(decisionKeys(w, DEF).contains("posture:C0"), "with nothing but holding there is no decision");
        }

        @Test
        void under_a_ceasefire_the_attacker_may_break_it_and_nobody_accepts_anything() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.advanceDay();
            Acts.propose(w, NEU, c, Packages.FREEZE);
            w.advanceDay();
            w.wars().setPhase(c, Conflict.Phase.CEASEFIRE, NEU, false);

            assertEquals(List.of("hold", "attack:C0:high", "attack:C0:low"), offered(w, ATK, "posture:C0"));
            assertFalse(decisionKeys(w, DEF).contains("posture:C0"));
        }

        @Test
        void the_other_party_of_a_bilateral_military_treaty_may_join_the_defence() {
            World w = Worlds.tiny();
            Worlds.attack(w, HOME);

            assertEquals(List.of("hold", "intervene:C0"), offered(w, PAT, "posture:C0"));
            for (int a : new int[] {THD, MBA, MBB, NEU}) {
                assertFalse(decisionKeys(w, a).contains("posture:C0"), "no standing: actor " + a);
            }
        }

        @Test
        void a_declared_protector_may_join_the_defence() {
            SettingBuilder b = TinySetting.builder();
            b.protections.add(new Protection(NEU, DEF, ""));
            World w = Worlds.of(b);
            Worlds.attack(w, HOME);

            assertEquals(List.of("hold", "intervene:C0"), offered(w, NEU, "posture:C0"));
        }

        @Test
        void the_kin_of_the_ground_may_join_the_defence() {
            SettingBuilder b = TinySetting.builder();
            b.kin[BELT] = NEU;
            World w = Worlds.of(b);
            Worlds.attack(w, BELT);

            assertEquals(List.of("hold", "intervene:C0"), offered(w, NEU, "posture:C0"));
        }

        @Test
        void a_power_whose_forces_stand_where_the_attack_lands_may_join_the_defence() {
            World w = Worlds.tiny();
            w.military().deploy(new Presence(NEU, -1, ENCLAVE, -1, 2000, DeploymentKind.PEACEKEEPERS, 0));
            Worlds.attack(w, HOME);
            Worlds.attack(w, ENCLAVE);

            assertFalse(decisionKeys(w, NEU).contains("posture:C0"), "its forces are not where this attack lands");
            assertEquals(List.of("hold", "intervene:C1"), offered(w, NEU, "posture:C1"));
        }

        @Test
        void a_third_party_fights_only_while_the_war_is_active_once_and_with_forces_to_spare() {
            SettingBuilder spent = TinySetting.builder();
            spent.committed[PAT] = 1;
            World none = Worlds.of(spent);
            Worlds.attack(none, HOME);
            assertFalse(decisionKeys(none, PAT).contains("posture:C0"), "nothing to fight with");

            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.wars().joinDefence(c, PAT);
            assertFalse(decisionKeys(w, PAT).contains("posture:C0"), "already fighting");

            World quiet = Worlds.tiny();
            Conflict dormant = Worlds.attack(quiet, HOME);
            quiet.wars().setPhase(dormant, Conflict.Phase.DORMANT, -1, false);
            assertFalse(decisionKeys(quiet, PAT).contains("posture:C0"), "no war to join");
        }
    }

    @Nested
    class Diplomacy {
        /** A war on DEF's home province, fought on day 1, as day 2 opens. */
        Conflict foughtYesterday(World w, int region) {
            Conflict c = Worlds.attack(w, region);
            w.advanceDay();
            w.wars().recordFighting(c);
            w.advanceDay();
            return c;
        }

        @Test
        void a_mediator_proposes_only_while_the_fighting_goes_on() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.advanceDay();
            assertFalse(anyStartsWith(offered(w, NEU), "mediate:"), "no fighting yesterday");

            w.wars().recordFighting(c);
            w.advanceDay();
            assertTrue(offered(w, NEU).contains("mediate:C0:freeze"));

            w.wars().setPhase(c, Conflict.Phase.CEASEFIRE, NEU, false);
            assertFalse(anyStartsWith(offered(w, NEU), "mediate:"), "the guns are silent");
        }

        @Test
        void a_mediator_proposes_every_package_available_to_it() {
            SettingBuilder b = TinySetting.builder();
            b.settlements.add(new SettlementDef("home-deal", "the home province back",
                    List.of(new SettlementDef.Clause(SettlementDef.Kind.WITHDRAW, ATK, new int[] {HOME})), ""));
            b.settlements.add(new SettlementDef("belt-deal", "the belt handed over",
                    List.of(new SettlementDef.Clause(SettlementDef.Kind.WITHDRAW, DEF, new int[] {BELT})), ""));
            World w = Worlds.of(b);
            foughtYesterday(w, HOME);
            assertEquals(List.of("mediate:C0:freeze", "mediate:C0:home-deal"), mediations(w, NEU));

            w.territory().shiftControl(HOME, DEF, ATK, 0.1);

            assertEquals(List.of("mediate:C0:freeze", "mediate:C0:restore", "mediate:C0:home-deal"), mediations(w, NEU),
                    "the attacker has ground to give back");
        }

        @Test
        void only_a_mediator_that_can_field_peacekeepers_offers_them() {
            SettingBuilder b = TinySetting.builder();
            b.peacekeepingForce[NEU] = 2000;
            World w = Worlds.of(b);
            foughtYesterday(w, HOME);
            assertTrue(mediations(w, NEU).contains("mediate:C0:peacekeepers"));

            SettingBuilder short_ = TinySetting.builder();
            short_.peacekeepingForce[NEU] = Math.round(short_.troops[NEU] * short_.readiness[NEU] * (1 - short_.committed[NEU])) + 1;
            World w2 = Worlds.of(short_);
            foughtYesterday(w2, HOME);
            assertFalse(mediations(w2, NEU).contains("mediate:C0:peacekeepers"), "not enough troops at hand");
        }

        @Test
        void a_scenario_package_of_peacekeepers_nobody_can_send_is_not_proposed() {
            SettingBuilder b = TinySetting.builder();
            b.settlements.add(new SettlementDef("guarded", "the lines under MBA's peacekeepers",
                    List.of(new SettlementDef.Clause(SettlementDef.Kind.PEACEKEEPERS, MBA, new int[] {HOME})), ""));
            World w = Worlds.of(b);
            foughtYesterday(w, HOME);

            assertEquals(List.of("mediate:C0:freeze"), mediations(w, NEU));
        }

        List<String> mediations(World w, int a) {
            return offered(w, a).stream().filter(k -> k.startsWith("mediate:")).toList();
        }

        @Test
        void the_parties_may_propose_terms_to_each_other_but_not_their_own_peacekeepers() {
            SettingBuilder b = TinySetting.builder();
            b.peacekeepingForce[ATK] = 2000;
            b.peacekeepingForce[DEF] = 2000;
            World w = Worlds.of(b);
            foughtYesterday(w, HOME);

            assertEquals(List.of("mediate:C0:freeze"), mediations(w, ATK));
            assertEquals(List.of("mediate:C0:freeze"), mediations(w, DEF));
        }

        @Test
        void nobody_on_the_defenders_side_but_the_principal_defender_proposes() {
            World w = Worlds.tiny();
            Conflict c = foughtYesterday(w, HOME);
            assertTrue(mediations(w, PAT).contains("mediate:C0:freeze"), "PAT has standing with both");

            w.wars().joinDefence(c, PAT);

            assertEquals(List.of(), mediations(w, PAT));
        }

        @Test
        void a_proposer_puts_no_new_terms_while_its_proposal_is_on_the_table() {
            World w = Worlds.tiny();
            Conflict c = foughtYesterday(w, HOME);
            Acts.propose(w, NEU, c, Packages.FREEZE);

            assertEquals(List.of(), mediations(w, NEU));
        }

        @Test
        void a_mediator_leaning_too_far_to_one_side_has_no_standing() {
            SettingBuilder b = TinySetting.builder();
            b.alignment[NEU][ATK] = k(ModelConstant.MEDIATOR_LEANING) + 0.05;
            World w = Worlds.of(b);
            foughtYesterday(w, HOME);

            assertEquals(List.of(), mediations(w, NEU));
        }

        @Test
        void a_mediator_without_ties_to_a_party_has_no_standing() {
            SettingBuilder b = TinySetting.builder();
            b.interdependence[NEU][DEF] = k(ModelConstant.MEDIATOR_TIES) / 2;
            World w = Worlds.of(b);
            foughtYesterday(w, HOME);

            assertEquals(List.of(), mediations(w, NEU));
        }

        @Test
        void a_de_facto_authority_is_reached_through_the_state_that_protects_it() {
            SettingBuilder b = TinySetting.builder();
            b.deFacto[DEF] = true;
            b.interdependence[NEU][DEF] = 0;
            World alone = Worlds.of(b);
            foughtYesterday(alone, HOME);
            assertEquals(List.of(), mediations(alone, NEU), "no ties to the authority, and no patron to reach it through");

            TinySetting.protects(b, PAT, DEF);
            b.interdependence[NEU][PAT] = k(ModelConstant.MEDIATOR_TIES) * 2;
            b.alignment[NEU][PAT] = 0;
            World protectedBy = Worlds.of(b);
            foughtYesterday(protectedBy, HOME);
            assertFalse(mediations(protectedBy, NEU).isEmpty(), "NEU has standing with PAT, which protects DEF");
        }

        @Test
        void outsiders_speak_for_the_victim_or_against_the_attacker_once_while_the_fighting_goes_on() {
            World w = Worlds.tiny();
            Conflict c = foughtYesterday(w, HOME);
            assertTrue(offered(w, PAT).contains("support:DEF"), offered(w, PAT).toString());
            assertTrue(offered(w, NEU).contains("condemn:ATK"), offered(w, NEU).toString());
            assertFalse(offered(w, NEU).contains("support:DEF"), "NEU is not friendly enough to DEF");
            assertFalse(offered(w, THD).contains("condemn:ATK"), "THD is ATK's friend");

            w.wars().recordStatement(c, PAT, true);
            w.wars().recordStatement(c, NEU, false);

            assertFalse(offered(w, PAT).contains("support:DEF"));
            assertFalse(offered(w, NEU).contains("condemn:ATK"));
        }

        @Test
        void a_close_partner_of_a_belligerent_may_arm_it_once() {
            World w = Worlds.tiny();
            Worlds.attack(w, HOME);
            w.advanceDay();

            assertTrue(offered(w, THD).contains("arm:ATK"));
            w.aid().startSupport(THD, ATK);
            assertFalse(offered(w, THD).contains("arm:ATK"), "once is enough");
        }

        @Test
        void a_friend_may_back_a_government_in_trouble_at_home_once() {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, 0.6, 0.5);

            assertTrue(offered(w, PAT).contains("back:DEF"), offered(w, PAT).toString());
            assertFalse(offered(w, NEU).contains("back:DEF"), "NEU is not friendly enough");
            w.aid().back(PAT, DEF);
            assertFalse(offered(w, PAT).contains("back:DEF"), "once");
            w.regimes().fall(DEF);
            assertFalse(offered(w, MBA).contains("back:DEF"), "no government to back");
        }

        @Test
        void a_de_facto_authority_at_war_may_be_recognised_by_a_friend() {
            SettingBuilder b = TinySetting.builder();
            b.deFacto[DEF] = true;
            World w = Worlds.of(b);
            assertFalse(offered(w, PAT).contains("back:DEF"), "no war, no crisis");

            Worlds.attack(w, HOME);

            assertTrue(offered(w, PAT).contains("back:DEF"), offered(w, PAT).toString());
        }

        @Test
        void a_member_that_doubts_its_allies_may_turn_to_a_partner_outside_them() {
            SettingBuilder b = TinySetting.builder();
            b.belief[DEF][b.subject("BLOC")] = k(ModelConstant.REALIGN_BELIEF) - 0.1;
            World w = Worlds.of(b);

            assertTrue(offered(w, DEF).contains("realign:NEU"));
            assertFalse(offered(w, DEF).contains("realign:PAT"), "not toward a partner in its own treaties");
            w.minds().realign(DEF, NEU, 0.1);
            assertFalse(offered(w, DEF).contains("realign:NEU"), "once");
        }
    }

    @Nested
    class Domestic {
        @Test
        void a_government_without_a_crisis_at_home_has_no_such_decision() {
            assertFalse(decisionKeys(Worlds.tiny(), DEF).contains("domestic"));
        }

        @Test
        void against_unrest_a_government_may_crack_down_concede_and_resign_once_each() {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, 0.6, 0.5);
            assertEquals(List.of("pass:domestic", "crack-down", "concede", "resign"), offered(w, DEF, "domestic"));

            w.regimes().repress(DEF, true);
            assertEquals(List.of("pass:domestic", "concede", "resign"), offered(w, DEF, "domestic"));
            w.regimes().concede(DEF);
            assertEquals(List.of("pass:domestic", "resign"), offered(w, DEF, "domestic"));
            w.regimes().leaderResigns(DEF);
            assertEquals(List.of(), offered(w, DEF, "domestic"));
        }

        @Test
        void against_violence_between_communities_it_may_only_send_in_its_forces() {
            World w = Worlds.tiny();
            w.regimes().setCommunal(HOME, 0.6);

            assertEquals(List.of("pass:domestic", "crack-down"), offered(w, DEF, "domestic"));
        }
    }

    @Nested
    class Keys {
        /** Every actor's decision keys, and each decision's option keys, are unique. */
        void assertUnique(World w) {
            for (int a = 0; a < TinySetting.ACTORS; a++) {
                Set<String> seen = new HashSet<>();
                for (ChoiceSet set : decisions(w, a)) {
                    String key = set.key(w.setting());
                    assertTrue(seen.add(key), "actor " + a + ": decision " + key + " twice in " + decisionKeys(w, a));
                    Set<String> options = new HashSet<>();
                    for (int i = 0; i < set.size(); i++) {
                        String option = set.action(i).key(w.setting());
                        assertTrue(options.add(option), "actor " + a + ": option " + option + " twice in " + key);
                    }
                }
            }
        }

        @Test
        void are_unique_with_two_wars_against_the_same_victim_appeals_motions_and_proposals_on_the_table() {
            SettingBuilder b = TinySetting.builder();
            b.peacekeepingForce[NEU] = 2000;
            b.alignment[DEF][NEU] = 0.9;
            World w = Worlds.of(b);
            Conflict home = Worlds.attack(w, HOME);
            Conflict border = Worlds.attack(w, BORDER);
            w.advanceDay();
            w.wars().recordFighting(home);
            w.wars().recordFighting(border);
            Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, home.index());
            Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, home.index());
            Acts.appeal(w, DEF, PACT, CONSULTATION_ARTICLE, Ask.CONSULTATIONS, border.index());
            Acts.appealOutside(w, DEF, NEU, Ask.CONSULTATIONS, home.index());
            Acts.propose(w, NEU, home, Packages.FREEZE);
            Acts.propose(w, ATK, border, Packages.FREEZE);
            w.regimes().setUnrest(MBA, 0.6, 0.5);
            w.advanceDay();

            assertUnique(w);
        }

        @Test
        void name_the_same_option_the_same_way_from_day_to_day() {
            World w = Worlds.tiny();
            Worlds.attack(w, HOME);
            w.advanceDay();
            List<String> yesterday = offered(w, DEF);
            w.advanceDay();

            assertEquals(yesterday, offered(w, DEF));
        }
    }
}
