package casus.engine.run;

import static casus.engine.testing.Constants.k;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.CONSULTATION_ARTICLE;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
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

import casus.engine.model.Ask;
import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Packages;
import casus.engine.model.SettingBuilder;
import casus.engine.rules.Ceasefires;
import casus.engine.rules.Council;
import casus.engine.testing.Acts;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Mission;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a run came to, read from its world: each flag as {@link Flag} defines it, relative to the
 * scenario's roles (in the tiny setting the victim is DEF, the attacker ATK, the alliance BLOC).
 */
class OutcomeTest {

    static Outcome of(World w) {
        return Outcome.of(w, 0, new double[w.setting().regionCount()]);
    }

    /** The flags set, as a set. */
    static Set<Flag> flags(World w) {
        Outcome o = of(w);
        Set<Flag> on = EnumSet.noneOf(Flag.class);
        for (Flag f : Flag.values()) {
            if (o.flag(f)) {
                on.add(f);
            }
        }
        return on;
    }

    /** The members of a council but the one asking vote on a motion the next day, and the council settles it. */
    static Council.Result voteAndSettle(World w, Motion m, Motion.Vote vote) {
        w.advanceDay();
        int requester = w.appeals().request(m.request()).requester();
        for (int a = 0; a < w.actorCount(); a++) {
            if (a != requester && w.treaties().activeMember(m.treaty(), a)) {
                w.appeals().castVote(m, a, vote);
            }
        }
        return Council.settle(w, m);
    }

    /** A world where NEU, not the victim, holds the belt, and ATK attacks it. */
    static World neutralsWar() {
        SettingBuilder b = TinySetting.builder();
        b.control[BELT][DEF] = 0;
        b.control[BELT][NEU] = 1;
        return Worlds.of(b);
    }

    @Test
    void a_quiet_world_ends_with_nothing_but_the_regime_standing() {
        World w = Worlds.tiny();
        Outcome o = of(w);

        assertEquals(EnumSet.of(Flag.REGIME_SURVIVED), flags(w));
        assertEquals(Outcome.NONE, o.broker());
        assertEquals("none", o.brokerId(w.setting()));
    }

    @Nested
    class Appeals {
        @Test
        void only_the_victims_appeals_count_as_assistance_requested() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Acts.appeal(w, MBA, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
            assertFalse(of(w).flag(Flag.ASSISTANCE_REQUESTED));

            Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());

            assertTrue(of(w).flag(Flag.ASSISTANCE_REQUESTED));
        }

        @Test
        void an_appeal_to_a_state_outside_any_treaty_is_assistance_requested() {
            World w = Worlds.tiny();
            Acts.appealOutside(w, DEF, NEU, Ask.CONSULTATIONS, Worlds.attack(w, HOME).index());

            assertTrue(of(w).flag(Flag.ASSISTANCE_REQUESTED));
        }

        @Test
        void the_alliance_consulted_when_its_council_held_consultations_on_the_victims_appeal() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, CONSULTATION_ARTICLE, Ask.CONSULTATIONS, c.index()));
            assertFalse(of(w).flag(Flag.ALLIANCE_CONSULTED), "not while the motion is open");

            voteAndSettle(w, m, Motion.Vote.YES);

            assertTrue(of(w).flag(Flag.ALLIANCE_CONSULTED));
        }

        @Test
        void consultations_refused_are_not_consultations_held() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, CONSULTATION_ARTICLE, Ask.CONSULTATIONS, c.index()));

            voteAndSettle(w, m, Motion.Vote.NO);

            assertFalse(of(w).flag(Flag.ALLIANCE_CONSULTED));
        }

        @Test
        void a_council_that_voted_on_sending_forces_consulted_even_when_it_refused() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index()));

            voteAndSettle(w, m, Motion.Vote.NO);

            Set<Flag> on = flags(w);
            assertTrue(on.contains(Flag.ALLIANCE_CONSULTED), on.toString());
            assertFalse(on.contains(Flag.ALLIANCE_INTERVENED), on.toString());
        }

        @Test
        void consultations_on_another_members_appeal_are_not_the_victims() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Motion m = Acts.motionOf(w, Acts.appeal(w, MBA, BLOC, CONSULTATION_ARTICLE, Ask.CONSULTATIONS, c.index()));

            voteAndSettle(w, m, Motion.Vote.YES);

            assertFalse(of(w).flag(Flag.ALLIANCE_CONSULTED));
        }

        @Test
        void a_bilateral_partners_answer_is_not_the_alliance_consulting() {
            World w = Worlds.tiny();
            Request q = Acts.appeal(w, DEF, PACT, CONSULTATION_ARTICLE, Ask.CONSULTATIONS, Worlds.attack(w, HOME).index());
            w.appeals().answer(q, Request.Status.HONOURED);

            assertFalse(of(w).flag(Flag.ALLIANCE_CONSULTED));
        }
    }

    @Nested
    class TheAlliance {
        @Test
        void a_collective_deployment_is_an_intervention_aid_and_a_response() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index()));

            assertEquals(Motion.Status.PASSED, voteAndSettle(w, m, Motion.Vote.YES).status());

            Set<Flag> on = flags(w);
            assertTrue(on.containsAll(List.of(Flag.ALLIANCE_INTERVENED, Flag.VICTIM_AIDED, Flag.ALLIANCE_RESPONDED, Flag.ALLIANCE_CONSULTED)), on.toString());
            assertFalse(on.contains(Flag.PATRON_INTERVENED), "no single state fought");
        }

        @Test
        void troops_sent_collectively_to_guard_the_victims_government_are_an_intervention() {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, 0.8, 0.8);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.PEACEKEEPERS, -1));
            assertEquals(Motion.Kind.GUARD, m.kind());

            assertEquals(Motion.Status.PASSED, voteAndSettle(w, m, Motion.Vote.YES).status());

            Set<Flag> on = flags(w);
            assertTrue(on.containsAll(List.of(Flag.ALLIANCE_INTERVENED, Flag.ALLIANCE_RESPONDED, Flag.PEACEKEEPERS_DEPLOYED)), on.toString());
            assertFalse(on.contains(Flag.PATRON_INTERVENED), "the council sent them, not one state");
        }

        @Test
        void a_collective_defensive_deployment_is_one_without_intervention() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.DEFENSIVE_DEPLOYMENT, c.index()));
            assertEquals(Motion.Kind.DEFENSIVE, m.kind());

            assertEquals(Motion.Status.PASSED, voteAndSettle(w, m, Motion.Vote.YES).status());

            Set<Flag> on = flags(w);
            assertTrue(on.contains(Flag.DEFENSIVE_DEPLOYMENT), on.toString());
            assertFalse(on.contains(Flag.ALLIANCE_INTERVENED), on.toString());
            assertFalse(on.contains(Flag.PATRON_INTERVENED), on.toString());
        }

        @Test
        void a_mission_is_a_response_but_not_aid() {
            World w = Worlds.tiny();
            w.appeals().sendMission(new Mission(BLOC, 0, DEF, 0));

            Set<Flag> on = flags(w);

            assertTrue(on.contains(Flag.ALLIANCE_MISSION));
            assertTrue(on.contains(Flag.ALLIANCE_RESPONDED));
            assertFalse(on.contains(Flag.VICTIM_AIDED));
            assertFalse(on.contains(Flag.ALLIANCE_INTERVENED));
        }

        @Test
        void a_mission_of_another_treaty_or_to_another_host_is_not_the_alliances() {
            World w = Worlds.tiny();
            w.appeals().sendMission(new Mission(PACT, 0, DEF, 0));
            w.appeals().sendMission(new Mission(BLOC, 0, MBA, 0));

            assertFalse(of(w).flag(Flag.ALLIANCE_MISSION));
            assertFalse(of(w).flag(Flag.ALLIANCE_RESPONDED));
        }

        @Test
        void a_failed_deployment_followed_by_fact_finders_is_a_mission() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index()));
            voteAndSettle(w, m, Motion.Vote.NO);
            Motion mission = w.appeals().motion(w.appeals().motionCount() - 1);
            assertEquals(Motion.Kind.MISSION, mission.kind());

            voteAndSettle(w, mission, Motion.Vote.YES);

            Set<Flag> on = flags(w);
            assertTrue(on.containsAll(List.of(Flag.ALLIANCE_MISSION, Flag.ALLIANCE_RESPONDED, Flag.ALLIANCE_CONSULTED)), on.toString());
            assertFalse(on.contains(Flag.VICTIM_AIDED), on.toString());
        }

        @Test
        void a_suspension_counts_only_in_the_alliance_under_test() {
            World w = Worlds.tiny();
            w.treaties().suspend(PACT, DEF);
            assertFalse(of(w).flag(Flag.MEMBER_SUSPENDED));

            w.treaties().suspend(BLOC, MBA);

            assertTrue(of(w).flag(Flag.MEMBER_SUSPENDED));
        }
    }

    @Nested
    class OutsideStates {
        @Test
        void a_state_fighting_for_the_victim_is_aid_but_not_an_alliance_response() {
            World w = Worlds.tiny();
            w.wars().joinDefence(Worlds.attack(w, HOME), PAT);

            Set<Flag> on = flags(w);

            assertTrue(on.contains(Flag.PATRON_INTERVENED));
            assertTrue(on.contains(Flag.VICTIM_AIDED));
            assertFalse(on.contains(Flag.ALLIANCE_RESPONDED));
            assertFalse(on.contains(Flag.ALLIANCE_INTERVENED));
        }

        @Test
        void a_state_fighting_in_a_war_that_is_not_the_victims_is_no_patron_of_it() {
            World w = neutralsWar();
            Conflict c = Worlds.attack(w, BELT);
            assertEquals(NEU, w.wars().principalDefender(c));

            w.wars().joinDefence(c, PAT);

            assertFalse(of(w).flag(Flag.PATRON_INTERVENED));
            assertFalse(of(w).flag(Flag.VICTIM_AIDED));
        }

        @Test
        void a_state_guarding_the_victims_government_with_its_own_troops_is_a_patron() {
            World w = Worlds.tiny();
            w.military().deploy(new Presence(PAT, -1, -1, DEF, 2000, DeploymentKind.PEACEKEEPERS, 0));
            w.aid().guard(DEF);

            Set<Flag> on = flags(w);

            assertTrue(on.contains(Flag.PATRON_INTERVENED), on.toString());
            assertFalse(on.contains(Flag.ALLIANCE_INTERVENED), on.toString());
        }

        @Test
        void the_guard_of_another_government_is_not_the_victims() {
            World w = Worlds.tiny();
            w.aid().guard(MBA);

            assertFalse(of(w).flag(Flag.PATRON_INTERVENED));
        }

        @Test
        void the_trackers_of_help_count_only_for_the_victim() {
            World w = Worlds.tiny();
            w.aid().formReserve(MBA);
            w.aid().rescue(MBA);
            w.aid().back(PAT, MBA);
            w.aid().defend(MBA);
            assertEquals(EnumSet.of(Flag.REGIME_SURVIVED), flags(w));

            w.aid().formReserve(DEF);
            w.aid().rescue(DEF);
            w.aid().back(PAT, DEF);
            w.aid().defend(DEF);

            assertEquals(EnumSet.of(Flag.REGIME_SURVIVED, Flag.RESERVE_FORMED, Flag.ECONOMIC_RESCUE, Flag.DIPLOMATIC_RESCUE, Flag.DEFENSIVE_DEPLOYMENT),
                    flags(w));
        }
    }

    @Nested
    class Ceasefires_ {
        Conflict agreed(World w, int proposer) {
            Conflict c = Worlds.attack(w, HOME);
            Proposal p = Acts.propose(w, proposer, c, Packages.FREEZE);
            w.talks().accept(p, ATK);
            w.talks().accept(p, DEF);
            Ceasefires.settle(w, c);
            return c;
        }

        @Test
        void a_ceasefire_in_force_at_the_end_names_its_broker() {
            World w = Worlds.tiny();
            agreed(w, NEU);

            Outcome o = of(w);

            assertTrue(o.flag(Flag.CEASEFIRE));
            assertEquals(NEU, o.broker());
            assertEquals("NEU", o.brokerId(w.setting()));
            assertEquals("NEU", o.value("ceasefire_broker", w.setting()));
            assertEquals("true", o.value("ceasefire", w.setting()));
            assertNull(o.value("no_such_outcome", w.setting()));
        }

        @Test
        void a_ceasefire_the_parties_agreed_between_themselves_has_no_mediator_for_broker() {
            World w = Worlds.tiny();
            agreed(w, ATK);

            Outcome o = of(w);

            assertTrue(o.flag(Flag.CEASEFIRE));
            assertEquals(Outcome.DIRECT, o.broker());
            assertEquals("direct", o.brokerId(w.setting()));
        }

        @Test
        void a_ceasefire_broken_is_no_ceasefire_at_the_end() {
            World w = Worlds.tiny();
            Conflict c = agreed(w, NEU);

            Ceasefires.breakOff(w, c);

            assertFalse(of(w).flag(Flag.CEASEFIRE));
            assertEquals(Outcome.NONE, of(w).broker());
        }

        @Test
        void peacekeepers_count_when_deployed_during_the_run_not_when_stationed_at_the_start() {
            SettingBuilder b = TinySetting.builder();
            b.deployments.add(new DeploymentDef(PAT, ENCLAVE, 2000, DeploymentKind.PEACEKEEPERS));
            World w = Worlds.of(b);
            assertFalse(of(w).flag(Flag.PEACEKEEPERS_DEPLOYED));

            w.military().deploy(new Presence(NEU, -1, HOME, -1, 2000, DeploymentKind.PEACEKEEPERS, 1));

            assertTrue(of(w).flag(Flag.PEACEKEEPERS_DEPLOYED));
        }
    }

    @Nested
    class BrokerCodes {
        @Test
        void are_none_direct_and_the_actors() {
            List<String> ids = List.of("ATK", "DEF");

            assertEquals(-1, Outcome.NONE);
            assertEquals(-2, Outcome.DIRECT);
            assertEquals("none", Outcome.brokerName(Outcome.NONE, ids::get));
            assertEquals("direct", Outcome.brokerName(Outcome.DIRECT, ids::get));
            assertEquals("DEF", Outcome.brokerName(1, ids::get));
            assertEquals(Outcome.NONE, Outcome.brokerCode("none", ids));
            assertEquals(Outcome.DIRECT, Outcome.brokerCode("direct", ids));
            assertEquals(1, Outcome.brokerCode("DEF", ids));
            assertEquals(Integer.MIN_VALUE, Outcome.brokerCode("NOBODY", ids));
        }

        @Test
        void have_a_slot_each_direct_first_then_none_then_the_actors() {
            assertEquals(4, Outcome.brokerCodes(2));
            assertEquals(0, Outcome.brokerSlot(Outcome.DIRECT));
            assertEquals(1, Outcome.brokerSlot(Outcome.NONE));
            assertEquals(2, Outcome.brokerSlot(0));
            assertEquals(3, Outcome.brokerSlot(1));
        }
    }

    @Nested
    class TheVictim {
        @Test
        void the_victims_fall_is_an_outcome_anothers_is_not() {
            World w = Worlds.tiny();
            w.regimes().fall(MBA);
            assertTrue(of(w).flag(Flag.REGIME_SURVIVED));

            w.regimes().fall(DEF);

            assertFalse(of(w).flag(Flag.REGIME_SURVIVED));
        }

        @Test
        void the_victims_leader_stepping_down_is_an_outcome_anothers_is_not() {
            World w = Worlds.tiny();
            w.regimes().leaderResigns(MBA);
            assertFalse(of(w).flag(Flag.LEADER_RESIGNED));

            w.regimes().leaderResigns(DEF);

            assertTrue(of(w).flag(Flag.LEADER_RESIGNED));
            assertTrue(of(w).flag(Flag.REGIME_SURVIVED));
        }

        @Test
        void the_victim_fired_back_only_when_it_struck_back_itself() {
            World neutral = neutralsWar();
            Conflict c = Worlds.attack(neutral, BELT);
            neutral.wars().setCounterIntensity(c, k(ModelConstant.ATTACK_LOW), NEU);
            assertFalse(of(neutral).flag(Flag.VICTIM_FIRED_BACK));

            World w = Worlds.tiny();
            Conflict home = Worlds.attack(w, HOME);
            w.wars().setCounterIntensity(home, 0, DEF);
            assertFalse(of(w).flag(Flag.VICTIM_FIRED_BACK), "holding its fire is not firing back");
            w.wars().setCounterIntensity(home, k(ModelConstant.ATTACK_LOW), DEF);

            assertTrue(of(w).flag(Flag.VICTIM_FIRED_BACK));
        }

        @Test
        void the_attacker_gains_territory_only_beyond_the_threshold() {
            World w = Worlds.tiny();
            double threshold = k(ModelConstant.GAIN_THRESHOLD_KM2);
            w.territory().shiftControl(HOME, DEF, ATK, 0.8 * threshold / w.setting().area(HOME));
            assertFalse(of(w).flag(Flag.ATTACKER_GAINED_TERRITORY));

            w.territory().shiftControl(HOME, DEF, ATK, 0.4 * threshold / w.setting().area(HOME));

            assertTrue(of(w).flag(Flag.ATTACKER_GAINED_TERRITORY));
        }

        @Test
        void ground_another_actor_took_is_not_the_attackers_gain() {
            World w = Worlds.tiny();
            w.territory().shiftControl(HOME, DEF, NEU, 0.5);

            assertFalse(of(w).flag(Flag.ATTACKER_GAINED_TERRITORY));
        }

        @Test
        void the_victims_belief_in_its_allies_is_its_mean_belief_in_its_treaties() {
            World w = Worlds.tiny();
            w.minds().setBelief(DEF, PAT, 0.9);
            w.minds().setBelief(DEF, w.setting().treatySubject(BLOC), 0.3);

            assertEquals(0.6, of(w).metric(Metric.VICTIM_BELIEF_IN_ALLIES), 1e-12);
        }
    }
}
