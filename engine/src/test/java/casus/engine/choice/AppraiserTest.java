package casus.engine.choice;

import casus.engine.model.ModelConstant;

import static casus.engine.testing.Choices.term;
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
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static casus.engine.testing.TinySetting.THD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.Action;
import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Obligation;
import casus.engine.model.Protection;
import casus.engine.model.UnrestKind;
import casus.engine.model.Ask;
import casus.engine.model.Packages;
import casus.engine.model.SettingBuilder;
import casus.engine.model.SettlementDef;
import casus.engine.model.Term;
import casus.engine.rules.Alliances;
import casus.engine.rules.CasusFoederis;
import casus.engine.rules.Threat;
import casus.engine.testing.Acts;
import casus.engine.testing.Choices;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each utility term as the appraiser writes it, unweighted, for the action it matters most to,
 * checked for the direction the model claims: the term moves the stated way when one fact moves.
 */
class AppraiserTest {

    /** DEF appeals to PAT under PACT's military article about a conflict. */
    static Request appealToPatron(World w, Conflict c) {
        return Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
    }

    /** A term of some decision in a world built from the tiny setting changed by {@code facts}. */
    static double termIn(Consumer<SettingBuilder> facts, ToDoubleFunction<World> reading) {
        SettingBuilder b = TinySetting.builder();
        facts.accept(b);
        return reading.applyAsDouble(Worlds.of(b));
    }

    static void assertFalling(double... values) {
        for (int i = 1; i < values.length; i++) {
            assertTrue(values[i] < values[i - 1], "expected a strictly falling series, got " + java.util.Arrays.toString(values));
        }
    }

    static void assertRising(double... values) {
        for (int i = 1; i < values.length; i++) {
            assertTrue(values[i] > values[i - 1], "expected a strictly rising series, got " + java.util.Arrays.toString(values));
        }
    }

    @Nested
    class AllianceDuty {
        double dutyOfHonouring(int region) {
            World w = Worlds.tiny();
            Request q = appealToPatron(w, Worlds.attack(w, region));
            return term(Choices.respond(w, PAT, q, ActionKind.HONOUR), Term.DUTY);
        }

        @Test
        void rises_with_the_clarity_of_the_casus_foederis() {
            double kinTerritory = dutyOfHonouring(ENCLAVE);
            double undemarcatedBorder = dutyOfHonouring(BORDER);
            double recognisedTerritory = dutyOfHonouring(HOME);

            assertTrue(kinTerritory > 0);
            assertRising(kinTerritory, undemarcatedBorder, recognisedTerritory);
        }

        @Test
        void rises_with_the_credibility_the_treaty_has_at_stake() {
            double doubted = termIn(b -> b.belief[DEF][PAT] = 0.0, w -> term(
                    Choices.respond(w, PAT, appealToPatron(w, Worlds.attack(w, HOME)), ActionKind.HONOUR), Term.DUTY));
            double trusted = termIn(b -> b.belief[DEF][PAT] = 1.0, w -> term(
                    Choices.respond(w, PAT, appealToPatron(w, Worlds.attack(w, HOME)), ActionKind.HONOUR), Term.DUTY));

            assertEquals(doubted / k(ModelConstant.DUTY_STAKE_FLOOR), trusted, 1e-12,
                    "the floor of the stake is always at risk, the rest as far as the treaty is believed");
        }

        @Test
        void declining_weighs_as_much_against_as_honouring_weighs_for() {
            World w = Worlds.tiny();
            Request q = appealToPatron(w, Worlds.attack(w, HOME));

            double honour = term(Choices.respond(w, PAT, q, ActionKind.HONOUR), Term.DUTY);
            double decline = term(Choices.respond(w, PAT, q, ActionKind.DECLINE), Term.DUTY);

            assertTrue(honour > 0);
            assertEquals(-honour, decline, 1e-12);
        }

        @Test
        void a_vote_for_a_mission_carries_half_the_duty_of_a_vote_for_a_deployment() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Request q = Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
            Motion deployment = Acts.motionOf(w, q);
            Motion mission = w.appeals().tableMotion(BLOC, q.index(), Motion.Kind.MISSION);

            double forDeployment = term(Choices.vote(w, MBA, deployment, ActionKind.VOTE_YES), Term.DUTY);
            double forMission = term(Choices.vote(w, MBA, mission, ActionKind.VOTE_YES), Term.DUTY);

            assertTrue(forDeployment > 0);
            assertEquals(k(ModelConstant.MISSION_SHARE) * forDeployment, forMission, 1e-12);
        }
    }

    @Nested
    class Relations {
        double relationsOfIntervening(double interdependenceWithAttacker) {
            return termIn(b -> b.interdependence[PAT][ATK] = interdependenceWithAttacker,
                    w -> term(Choices.intervene(w, PAT, Worlds.attack(w, HOME)), Term.RELATIONS));
        }

        @Test
        void of_intervening_is_more_negative_the_higher_the_interdependence_with_the_attacker() {
            assertFalling(relationsOfIntervening(0), relationsOfIntervening(0.3), relationsOfIntervening(0.6), relationsOfIntervening(0.9));
            assertTrue(relationsOfIntervening(0.9) < 0);
        }

        @Test
        void of_intervening_names_the_attacker_as_the_relation_that_weighed_most() {
            SettingBuilder b = TinySetting.builder();
            b.interdependence[PAT][ATK] = 0.9;
            World w = Worlds.of(b);

            ChoiceSet set = Choices.intervene(w, PAT, Worlds.attack(w, HOME));

            assertEquals(ATK, set.counterpart(0));
        }

        @Test
        void of_declining_an_ally_improves_as_the_attacker_matters_more() {
            double low = termIn(b -> b.interdependence[PAT][ATK] = 0.1, w -> term(
                    Choices.respond(w, PAT, appealToPatron(w, Worlds.attack(w, HOME)), ActionKind.DECLINE), Term.RELATIONS));
            double high = termIn(b -> b.interdependence[PAT][ATK] = 0.9, w -> term(
                    Choices.respond(w, PAT, appealToPatron(w, Worlds.attack(w, HOME)), ActionKind.DECLINE), Term.RELATIONS));

            assertTrue(high > low);
        }
    }

    @Nested
    class Cost {
        double costOfIntervening(double committedElsewhere) {
            return termIn(b -> b.committed[PAT] = committedElsewhere,
                    w -> term(Choices.intervene(w, PAT, Worlds.attack(w, HOME)), Term.COST));
        }

        @Test
        void of_intervening_grows_as_forces_committed_elsewhere_grow() {
            double none = costOfIntervening(0);
            assertTrue(none < 0);
            assertFalling(none, costOfIntervening(0.3), costOfIntervening(0.6), costOfIntervening(0.8));
        }

        @Test
        void of_intervening_is_capped() {
            assertEquals(-k(ModelConstant.COST_CAP), costOfIntervening(0.999), 1e-12);
        }

        @Test
        void of_intervening_grows_with_the_attackers_strength() {
            double weak = termIn(b -> b.power[ATK] = 20, w -> term(Choices.intervene(w, PAT, Worlds.attack(w, HOME)), Term.COST));
            double strong = termIn(b -> b.power[ATK] = 80, w -> term(Choices.intervene(w, PAT, Worlds.attack(w, HOME)), Term.COST));

            assertTrue(strong < weak);
        }
    }

    @Nested
    class Escalation {
        /** PAT weighs fighting ATK on ATK's own recognised land, where THD's treaty with ATK applies in full. */
        double escalationOfIntervening(Consumer<SettingBuilder> facts) {
            return termIn(b -> {
                b.alignment[THD][ATK] = 0.5; // no partnership beyond the treaty
                facts.accept(b);
            }, w -> term(Choices.intervene(w, PAT, Worlds.attack(w, BELT)), Term.ESCALATION));
        }

        @Test
        void grows_with_the_backers_deterrent_backing() {
            assertFalling(
                    escalationOfIntervening(b -> b.backing[THD] = 1),
                    escalationOfIntervening(b -> b.backing[THD] = 3),
                    escalationOfIntervening(b -> b.backing[THD] = 10));
        }

        @Test
        void grows_with_the_belief_that_the_backer_honours_its_treaty() {
            double disbelieved = escalationOfIntervening(b -> b.belief[PAT][THD] = 0);
            assertEquals(0, disbelieved, 1e-12);
            assertFalling(disbelieved,
                    escalationOfIntervening(b -> b.belief[PAT][THD] = 0.5),
                    escalationOfIntervening(b -> b.belief[PAT][THD] = 1));
        }

        @Test
        void of_attacking_grows_when_a_patrons_peacekeepers_stand_in_the_way() {
            World open = Worlds.tiny();
            double withoutTripwire = term(Choices.attack(open, Worlds.attack(open, ENCLAVE), k(ModelConstant.ATTACK_HIGH)), Term.ESCALATION);

            World guarded = Worlds.tiny();
            guarded.military().deploy(new Presence(PAT, -1, ENCLAVE, -1, 2000, DeploymentKind.PEACEKEEPERS, 0));
            double withTripwire = term(Choices.attack(guarded, Worlds.attack(guarded, ENCLAVE), k(ModelConstant.ATTACK_HIGH)), Term.ESCALATION);

            assertTrue(withTripwire < withoutTripwire, withTripwire + " should be below " + withoutTripwire);
        }

        @Test
        void of_attacking_at_low_intensity_is_smaller() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);

            double high = term(Choices.attack(w, c, k(ModelConstant.ATTACK_HIGH)), Term.ESCALATION);
            double low = term(Choices.attack(w, c, k(ModelConstant.ATTACK_LOW)), Term.ESCALATION);

            assertTrue(high < low && low < 0);
        }
    }

    @Nested
    class Territory {
        /** ATK attacking its own recognised BELT, aiming to hold 60% of it, having taken some since the war began. */
        double territoryOfAttacking(double attackerHolds) {
            World w = Worlds.tiny();
            Conflict c = w.wars().openConflict("belt", ATK, new int[] {BELT}, 0.6, 1.0);
            w.territory().shiftControl(BELT, DEF, ATK, attackerHolds);
            return term(Choices.attack(w, c, k(ModelConstant.ATTACK_HIGH)), Term.TERRITORY);
        }

        @Test
        void a_limited_aim_is_weighed_whole_however_little_ground_it_covers() {
            World w = Worlds.tiny();
            Conflict wide = w.wars().openConflict("wide", ATK, new int[] {BELT}, 1.0, 1.0);
            double whole = term(Choices.attack(w, wide, k(ModelConstant.ATTACK_HIGH)), Term.TERRITORY);
            World v = Worlds.tiny();
            Conflict narrow = v.wars().openConflict("narrow", ATK, new int[] {BELT}, 0.01, 1.0);
            double heights = term(Choices.attack(v, narrow, k(ModelConstant.ATTACK_HIGH)), Term.TERRITORY);

            assertEquals(k(ModelConstant.TERRITORY_SCALE) * v.territory().valueOf(BELT, ATK), heights, 1e-9, "a hundredth of the belt, sought as the whole aim, weighs as the belt");
            assertTrue(heights >= whole, "narrow " + heights + ", wide " + whole);
        }

        @Test
        void of_attacking_falls_as_the_objective_is_reached() {
            double start = territoryOfAttacking(0);
            assertTrue(start > 0);
            assertFalling(start, territoryOfAttacking(0.3), territoryOfAttacking(0.5), territoryOfAttacking(0.6));
            assertEquals(0, territoryOfAttacking(0.6), 1e-12);
        }

        @Test
        void of_attacking_counts_only_ground_the_attacker_values() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);

            assertEquals(0, term(Choices.attack(w, c, k(ModelConstant.ATTACK_HIGH)), Term.TERRITORY), 1e-12);
        }

        @Test
        void of_attacking_is_nil_when_the_defence_is_as_strong_as_the_attack() {
            double balanced = termIn(b -> b.power[DEF] = b.power[ATK] * b.readiness[ATK]
                    / (b.readiness[DEF] * (1 + k(ModelConstant.TERRAIN_BONUS) * b.terrain[BELT])), w -> term(
                    Choices.attack(w, Worlds.attack(w, BELT), k(ModelConstant.ATTACK_HIGH)), Term.TERRITORY));

            assertEquals(0, balanced, 1e-9);
        }
    }

    @Nested
    class RegimeSecurity {
        double regimeTermOfVotingYes(double unrest) {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, unrest, 0.8);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.PEACEKEEPERS, -1));
            return term(Choices.vote(w, MBA, m, ActionKind.VOTE_YES), Term.REGIME);
        }

        @Test
        void of_voting_to_guard_a_government_scales_with_its_unrest_and_how_friendly_it_is() {
            double alignment = TinySetting.setting().alignment(MBA, DEF);
            assertEquals(alignment * 0.2, regimeTermOfVotingYes(0.2), 1e-12);
            assertEquals(alignment * 0.9, regimeTermOfVotingYes(0.9), 1e-12);
        }

        @Test
        void of_voting_against_it_is_nil() {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, 0.9, 0.8);
            Motion m = Acts.motionOf(w, Acts.appeal(w, DEF, BLOC, MILITARY_ARTICLE, Ask.PEACEKEEPERS, -1));

            assertEquals(0, term(Choices.vote(w, MBA, m, ActionKind.VOTE_NO), Term.REGIME), 1e-12);
        }

        @Test
        void of_appealing_against_unrest_rises_with_the_belief_in_the_alliance() {
            double doubted = termIn(b -> b.belief[DEF][b.subject("BLOC")] = 0.2, w -> {
                w.regimes().setUnrest(DEF, 0.9, 0.8);
                return term(Choices.request(w, DEF, BLOC, MILITARY_ARTICLE, -1), Term.REGIME);
            });
            double trusted = termIn(b -> b.belief[DEF][b.subject("BLOC")] = 0.9, w -> {
                w.regimes().setUnrest(DEF, 0.9, 0.8);
                return term(Choices.request(w, DEF, BLOC, MILITARY_ARTICLE, -1), Term.REGIME);
            });

            assertTrue(trusted > doubted);
        }
    }

    @Nested
    class Prestige {
        double prestigeOfMediating(double trust, boolean withPeacekeepers) {
            return termIn(b -> {
                b.belief[ATK][NEU] = trust;
                b.belief[DEF][NEU] = trust;
            }, w -> term(Choices.mediate(w, NEU, Worlds.attack(w, HOME), withPeacekeepers ? Packages.OWN_PEACEKEEPERS : Packages.FREEZE), Term.PRESTIGE));
        }

        @Test
        void of_mediating_rises_with_the_parties_trust_in_the_mediator() {
            double little = prestigeOfMediating(0.2, false);

            assertTrue(little > 0);
            assertRising(little, prestigeOfMediating(0.5, false), prestigeOfMediating(0.8, false));
        }

        @Test
        void of_mediating_rises_with_the_gravity_of_the_war() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            double early = term(Choices.mediate(w, NEU, c, Packages.FREEZE), Term.PRESTIGE);
            w.wars().raiseSeverity(c, 1);
            double grave = term(Choices.mediate(w, NEU, c, Packages.FREEZE), Term.PRESTIGE);

            assertTrue(grave > early);
        }

        @Test
        void of_guaranteeing_the_peace_with_ones_own_peacekeepers_is_greater() {
            assertTrue(prestigeOfMediating(0.5, true) > prestigeOfMediating(0.5, false));
        }

        @Test
        void of_terms_a_party_will_not_accept_is_small() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, BELT);
            w.territory().shiftControl(BELT, DEF, ATK, 0.5);

            double freeze = term(Choices.mediate(w, NEU, c, Packages.FREEZE), Term.PRESTIGE);
            double restore = term(Choices.mediate(w, NEU, c, Packages.RESTORE), Term.PRESTIGE);

            assertTrue(restore < freeze / 2, "giving back half of its own land is not what ATK accepts: " + restore + " against " + freeze);
        }
    }

    @Nested
    class LegalPosition {
        double legalOfAttacking(int region, double level) {
            World w = Worlds.tiny();
            return term(Choices.attack(w, Worlds.attack(w, region), level), Term.LEGAL);
        }

        @Test
        void of_attacking_own_recognised_land_is_favourable_and_anothers_unfavourable() {
            double high = k(ModelConstant.ATTACK_HIGH);
            assertEquals(k(ModelConstant.LEGAL_RECLAIM) * high, legalOfAttacking(BELT, high), 1e-12);
            assertEquals(-high, legalOfAttacking(HOME, high), 1e-12);
        }

        @Test
        void of_attacking_scales_with_intensity() {
            assertEquals(k(ModelConstant.ATTACK_LOW) * -1, legalOfAttacking(HOME, k(ModelConstant.ATTACK_LOW)), 1e-12);
        }

        @Test
        void of_attacking_through_a_ceasefire_carries_the_breach() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, BELT);
            double before = term(Choices.attack(w, c, k(ModelConstant.ATTACK_HIGH)), Term.LEGAL);
            w.wars().setPhase(c, Conflict.Phase.CEASEFIRE, NEU, false);
            double breach = term(Choices.attack(w, c, k(ModelConstant.ATTACK_HIGH)), Term.LEGAL);

            assertEquals(before - k(ModelConstant.CEASEFIRE_BREACH), breach, 1e-12);
        }

        @Test
        void of_accepting_terms_that_leave_the_attacker_on_recognised_land_concedes_it() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            double clean = term(Choices.accept(w, DEF, Acts.propose(w, NEU, c, Packages.FREEZE)), Term.LEGAL);
            w.territory().shiftControl(HOME, DEF, ATK, 0.5);
            double occupied = term(Choices.accept(w, DEF, Acts.propose(w, NEU, c, Packages.FREEZE)), Term.LEGAL);
            double restored = term(Choices.accept(w, DEF, Acts.propose(w, NEU, c, Packages.RESTORE)), Term.LEGAL);

            assertEquals(k(ModelConstant.CEASEFIRE_LEGAL), clean, 1e-12);
            assertEquals(clean - k(ModelConstant.OCCUPATION_CONSENT) * c.ofAim(0, 0.5), occupied, 1e-12);
            assertEquals(clean, restored, 1e-12, "terms that give the ground back concede nothing");
        }

        @Test
        void of_stationing_forces_rests_on_the_consent_of_the_one_entitled_to_give_it() {
            World w = Worlds.tiny();
            Conflict onHome = Worlds.attack(w, HOME);
            World v = Worlds.tiny();
            Conflict onEnclave = Worlds.attack(v, ENCLAVE);

            double invited = term(Choices.respond(w, PAT, Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, onHome.index()),
                    ActionKind.DEFEND), Term.LEGAL);
            double onAnothersLand = term(Choices.respond(v, PAT, Acts.appeal(v, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, onEnclave.index()),
                    ActionKind.DEFEND), Term.LEGAL);

            assertEquals(k(ModelConstant.CONSENT_LEGAL), invited, 1e-12, "DEF invites forces onto its own recognised land");
            assertEquals(-1, onAnothersLand, 1e-12, "the enclave is ATK's under the law: DEF cannot invite forces there");
        }

        @Test
        void of_intervening_is_sound_only_on_recognised_territory() {
            World home = Worlds.tiny();
            double onRecognisedTerritory = term(Choices.intervene(home, PAT, Worlds.attack(home, HOME)), Term.LEGAL);
            World enclave = Worlds.tiny();
            double onKinTerritory = term(Choices.intervene(enclave, PAT, Worlds.attack(enclave, ENCLAVE)), Term.LEGAL);

            assertEquals(1, onRecognisedTerritory, 1e-12);
            assertTrue(onKinTerritory < 0);
        }
    }

    @Nested
    class ExpectedSupport {
        double supportOfAppealing(double belief) {
            return termIn(b -> b.belief[DEF][PAT] = belief, w -> {
                Conflict c = Worlds.attack(w, HOME);
                w.wars().raiseSeverity(c, 1);
                return term(Choices.request(w, DEF, PACT, MILITARY_ARTICLE, c.index()), Term.SUPPORT);
            });
        }

        @Test
        void of_an_appeal_rises_with_belief_in_the_ally() {
            assertRising(supportOfAppealing(0), supportOfAppealing(0.3), supportOfAppealing(0.6), supportOfAppealing(1));
            assertTrue(supportOfAppealing(1) > 0);
        }

        @Test
        void of_an_appeal_is_the_rebuff_when_nobody_is_believed() {
            assertEquals(-k(ModelConstant.REBUFF), supportOfAppealing(0), 1e-12);
            assertTrue(supportOfAppealing(0.1) < 0);
        }

        @Test
        void of_an_appeal_for_consultations_is_worth_less_than_one_for_assistance() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.wars().raiseSeverity(c, 1);
            w.minds().setBelief(DEF, PAT, 1);

            double assistance = term(Choices.request(w, DEF, PACT, MILITARY_ARTICLE, c.index()), Term.SUPPORT);
            double consultations = term(Choices.request(w, DEF, PACT, CONSULTATION_ARTICLE, c.index()), Term.SUPPORT);

            assertEquals(k(ModelConstant.CONSULTATION_BENEFIT) * assistance, consultations, 1e-12);
        }
    }

    @Nested
    class CeasefireAndSuspension {
        /** A package under which the defenders leave the belt, ATK's recognised land, to it. */
        SettingBuilder beltHandedOver() {
            SettingBuilder b = TinySetting.builder();
            b.settlements.add(new SettlementDef("belt", "the belt to its owner",
                    List.of(new SettlementDef.Clause(SettlementDef.Kind.FREEZE, -1, new int[0]),
                            new SettlementDef.Clause(SettlementDef.Kind.WITHDRAW, DEF, new int[] {BELT})), ""));
            return b;
        }

        @Test
        void accepting_a_ceasefire_is_worth_to_the_attacker_the_ground_its_terms_hand_over() {
            SettingBuilder b = beltHandedOver();
            b.power[DEF] = 500; // the attacker expects to take nothing by fighting on
            World w = Worlds.of(b);
            Conflict c = Worlds.attack(w, BELT);
            Proposal p = Acts.propose(w, NEU, c, Packages.SCENARIO);

            double territory = term(Choices.accept(w, ATK, p), Term.TERRITORY);

            assertEquals(k(ModelConstant.TERRITORY_SCALE) * 1.0, territory, 1e-9, "all of the belt is handed over");
        }

        @Test
        void accepting_a_ceasefire_costs_the_defender_the_ground_it_hands_over() {
            World w = Worlds.of(beltHandedOver());
            Conflict c = Worlds.attack(w, BELT);
            Proposal p = Acts.propose(w, NEU, c, Packages.SCENARIO);
            w.minds().setBelief(DEF, NEU, 0);

            double territory = term(Choices.accept(w, DEF, p), Term.TERRITORY);

            assertEquals(-k(ModelConstant.TERRITORY_SCALE) * w.setting().stake(BELT, DEF), territory, 1e-9, "DEF's stake in the belt");
        }

        @Test
        void a_defender_values_a_ceasefire_guarded_by_peacekeepers_more() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Proposal bare = Acts.propose(w, NEU, c, Packages.FREEZE);
            Proposal guarded = Acts.propose(w, PAT, c, Packages.OWN_PEACEKEEPERS);
            w.minds().setBelief(DEF, NEU, 0.6);
            w.minds().setBelief(DEF, PAT, 0.6);

            assertTrue(term(Choices.accept(w, DEF, guarded), Term.TERRITORY) > term(Choices.accept(w, DEF, bare), Term.TERRITORY));
        }

        @Test
        void suspending_costs_less_duty_and_helps_the_regime_more_the_less_the_alliance_is_believed() {
            World believing = Worlds.tiny();
            believing.minds().setBelief(DEF, believing.setting().treatySubject(BLOC), 0.9);
            World doubting = Worlds.tiny();
            doubting.minds().setBelief(DEF, doubting.setting().treatySubject(BLOC), 0.1);

            ChoiceSet keen = Choices.suspend(believing, DEF, BLOC);
            ChoiceSet disillusioned = Choices.suspend(doubting, DEF, BLOC);

            assertEquals(-0.9, term(keen, Term.DUTY), 1e-12);
            assertEquals(-0.1, term(disillusioned, Term.DUTY), 1e-12);
            assertTrue(term(disillusioned, Term.REGIME) > term(keen, Term.REGIME));
            assertTrue(term(disillusioned, Term.SUPPORT) > term(keen, Term.SUPPORT));
            assertTrue(term(keen, Term.RELATIONS) < 0, "suspending offends the council's leader");
        }
    }

    @Nested
    class FiringBack {
        double legalOfFiringBack(int region) {
            World w = Worlds.tiny();
            return term(Choices.fireBack(w, Worlds.attack(w, region), k(ModelConstant.ATTACK_LOW)), Term.LEGAL);
        }

        @Test
        void is_lawful_self_defence_on_ones_own_ground_and_unlawful_elsewhere() {
            double low = k(ModelConstant.ATTACK_LOW);

            assertEquals(low * k(ModelConstant.SELF_DEFENCE_LEGAL), legalOfFiringBack(HOME), 1e-12);
            assertEquals(low * k(ModelConstant.SELF_DEFENCE_LEGAL) * k(ModelConstant.UNDEMARCATED), legalOfFiringBack(BORDER), 1e-12,
                    "less clearly its own where the border was never delimited");
            assertEquals(-low, legalOfFiringBack(BELT), 1e-12, "the belt is ATK's recognised land");
        }

        @Test
        void rallies_the_country_the_more_the_graver_the_attack() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.wars().raiseSeverity(c, 0.2);
            double mild = term(Choices.fireBack(w, c, k(ModelConstant.ATTACK_LOW)), Term.REGIME);
            w.wars().raiseSeverity(c, 0.6);
            double grave = term(Choices.fireBack(w, c, k(ModelConstant.ATTACK_LOW)), Term.REGIME);

            assertEquals(k(ModelConstant.RETALIATION_RALLY) * 0.2, mild, 1e-12);
            assertTrue(grave > mild);
        }

        @Test
        void stiffens_the_defence_of_ground_the_defender_values_at_a_cost_and_a_risk() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);

            ChoiceSet set = Choices.fireBack(w, c, k(ModelConstant.ATTACK_LOW));

            assertTrue(term(set, Term.TERRITORY) > 0, "the attacker is expected to take less");
            assertEquals(-k(ModelConstant.ATTACK_LOW) * k(ModelConstant.ENGAGEMENT_COST), term(set, Term.COST), 1e-12);
            assertTrue(term(set, Term.ESCALATION) <= 0);
            assertTrue(term(set, Term.RELATIONS) < 0, "it strikes the attacker");
        }
    }

    @Nested
    class InterventionDuty {
        double dutyOfIntervening(Consumer<SettingBuilder> facts, int actor, int region) {
            return termIn(facts, w -> term(Choices.intervene(w, actor, Worlds.attack(w, region)), Term.DUTY));
        }

        @Test
        void of_a_declared_protector_rises_with_the_proteges_belief_in_it() {
            double floor = k(ModelConstant.DUTY_STAKE_FLOOR);
            double disbelieved = dutyOfIntervening(b -> {
                b.protections.add(new Protection(NEU, DEF, ""));
                b.belief[DEF][NEU] = 0;
            }, NEU, HOME);
            double believed = dutyOfIntervening(b -> {
                b.protections.add(new Protection(NEU, DEF, ""));
                b.belief[DEF][NEU] = 1;
            }, NEU, HOME);

            assertEquals(k(ModelConstant.PROTECTION_DUTY) * floor, disbelieved, 1e-12);
            assertEquals(k(ModelConstant.PROTECTION_DUTY), believed, 1e-12);
        }

        @Test
        void of_a_power_whose_forces_stand_where_the_attack_lands_is_added() {
            double atRisk = dutyOfIntervening(b -> b.deployments.add(new DeploymentDef(NEU, ENCLAVE, 2000, DeploymentKind.PEACEKEEPERS)), NEU, ENCLAVE);
            double elsewhere = dutyOfIntervening(b -> b.deployments.add(new DeploymentDef(NEU, HOME, 2000, DeploymentKind.PEACEKEEPERS)), NEU, ENCLAVE);

            assertEquals(k(ModelConstant.FORCES_AT_RISK_DUTY), atRisk, 1e-12);
            assertEquals(0, elsewhere, 1e-12);
        }

        @Test
        void of_a_bilateral_ally_unasked_is_a_share_of_what_an_appeal_would_carry() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.wars().raiseSeverity(c, 0.5);
            double clarity = CasusFoederis.ofConflict(w, c, DEF, PACT, Obligation.MUTUAL_ASSISTANCE);

            double duty = term(Choices.intervene(w, PAT, c), Term.DUTY);

            assertTrue(duty > 0);
            assertEquals(k(ModelConstant.UNASKED_DUTY_SHARE) * clarity * Alliances.stake(w, PACT, true), duty, 1e-12);
        }

        @Test
        void of_kin_or_a_stranger_is_nil() {
            assertEquals(0, dutyOfIntervening(b -> b.kin[BELT] = NEU, NEU, BELT), 1e-12);
            assertEquals(0, dutyOfIntervening(b -> { }, THD, HOME), 1e-12);
        }
    }

    @Nested
    class Appealing {
        World inUnrest(double belief) {
            SettingBuilder b = TinySetting.builder();
            b.belief[DEF][b.subject("BLOC")] = belief;
            b.belief[DEF][PAT] = belief;
            b.belief[DEF][NEU] = belief;
            World w = Worlds.of(b);
            w.regimes().setUnrest(DEF, 0.8, 0.8);
            return w;
        }

        @Test
        void costs_the_price_of_asking_whatever_is_asked() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);

            assertEquals(-k(ModelConstant.APPEAL_COST), term(Choices.request(w, DEF, PACT, MILITARY_ARTICLE, c.index()), Term.COST), 1e-12);
            assertEquals(-k(ModelConstant.APPEAL_COST), term(Choices.request(w, DEF, BLOC, CONSULTATION_ARTICLE, c.index()), Term.COST), 1e-12);
            assertEquals(-k(ModelConstant.APPEAL_COST), term(Choices.requestOutside(w, DEF, NEU, c.index(), Ask.MILITARY_AID), Term.COST), 1e-12);
        }

        @Test
        void for_foreign_troops_against_a_crisis_at_home_costs_sovereignty() {
            World w = inUnrest(0);

            assertEquals(-k(ModelConstant.SOVEREIGNTY_COST), term(Choices.request(w, DEF, BLOC, MILITARY_ARTICLE, -1, Ask.PEACEKEEPERS), Term.REGIME), 1e-12);
            assertEquals(0, term(Choices.request(w, DEF, BLOC, CONSULTATION_ARTICLE, -1, Ask.CONSULTATIONS), Term.REGIME), 1e-12);
            assertEquals(0, term(Choices.request(w, DEF, PACT, CONSULTATION_ARTICLE, -1, Ask.RESCUE), Term.REGIME), 1e-12, "money costs no sovereignty");
        }

        @Test
        void for_troops_at_home_is_worth_more_to_a_government_the_more_it_trusts_who_it_asks() {
            double doubted = term(Choices.request(inUnrest(0.1), DEF, PACT, MILITARY_ARTICLE, -1, Ask.PEACEKEEPERS), Term.REGIME);
            double trusted = term(Choices.request(inUnrest(0.9), DEF, PACT, MILITARY_ARTICLE, -1, Ask.PEACEKEEPERS), Term.REGIME);

            assertTrue(trusted > doubted);
        }

        @Test
        void under_a_weak_legal_basis_weakens_the_appellants_legal_position() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            double early = term(Choices.request(w, DEF, PACT, MILITARY_ARTICLE, c.index()), Term.LEGAL);
            w.wars().raiseSeverity(c, 1);
            double grave = term(Choices.request(w, DEF, PACT, MILITARY_ARTICLE, c.index()), Term.LEGAL);

            double clarity = k(ModelConstant.ARMED_ATTACK_FLOOR);
            assertEquals(-Math.max(0, k(ModelConstant.LEGAL_BASIS_FLOOR) - clarity), early, 1e-12);
            assertEquals(0, grave, 1e-12, "a grave attack on recognised territory is a clear case");
        }

        @Test
        void to_a_friend_rests_on_friendship_and_the_belief_in_the_friend() {
            double hope = 0.6 * k(ModelConstant.FRIENDSHIP_BASIS);
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.minds().setBelief(DEF, NEU, 0.6);
            double need = Threat.ofConflict(w, c, DEF);

            ChoiceSet set = Choices.requestOutside(w, DEF, NEU, c.index(), Ask.MILITARY_AID);

            assertEquals(hope * need - k(ModelConstant.REBUFF) * (1 - hope), term(set, Term.SUPPORT), 1e-12);
            assertEquals(0, term(set, Term.LEGAL), 1e-12, "no treaty, no legal basis to weigh");
        }

        @Test
        void to_a_rival_of_ones_treaty_leader_offends_the_leader() {
            double friendly = termIn(b -> b.alignment[PAT][NEU] = 0.2, w -> term(Choices.requestOutside(w, DEF, NEU, -1, Ask.RESCUE), Term.RELATIONS));
            double rival = termIn(b -> b.alignment[PAT][NEU] = -0.5, w -> term(Choices.requestOutside(w, DEF, NEU, -1, Ask.RESCUE), Term.RELATIONS));

            assertEquals(0, friendly, 1e-12);
            double interdependence = TinySetting.setting().interdependence(DEF, PAT);
            assertEquals(interdependence * k(ModelConstant.OUTSIDE_APPEAL_STANCE) * -0.5, rival, 1e-12);
        }
    }

    @Nested
    class Answering {
        /** PAT's answer to DEF's appeal about ATK's attack on the home province, for what DEF asked. */
        ChoiceSet answerInWar(World w, Ask ask, ActionKind answer) {
            Conflict c = Worlds.attack(w, HOME);
            return Choices.respond(w, PAT, Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, ask, c.index()), answer);
        }

        /** PAT's answer to DEF's appeal against unrest at home. */
        ChoiceSet answerAtHome(World w, int article, Ask ask, ActionKind answer) {
            w.regimes().setUnrest(DEF, 0.6, 0.5);
            return Choices.respond(w, PAT, Acts.appeal(w, DEF, PACT, article, ask, -1), answer);
        }

        @Test
        void a_defensive_deployment_meets_the_whole_duty_when_asked_for_and_a_share_when_forces_to_fight_were() {
            double honour = term(answerInWar(Worlds.tiny(), Ask.MILITARY_AID, ActionKind.HONOUR), Term.DUTY);
            double asked = term(answerInWar(Worlds.tiny(), Ask.DEFENSIVE_DEPLOYMENT, ActionKind.DEFEND), Term.DUTY);
            double instead = term(answerInWar(Worlds.tiny(), Ask.MILITARY_AID, ActionKind.DEFEND), Term.DUTY);

            assertTrue(honour > 0);
            assertEquals(honour, asked, 1e-12);
            assertEquals(k(ModelConstant.DEFENSIVE_DUTY_SHARE) * honour, instead, 1e-12);
        }

        @Test
        void a_defensive_deployment_is_lawful_by_consent_and_carries_a_share_of_the_risk_of_fighting() {
            ChoiceSet defend = answerInWar(Worlds.tiny(), Ask.DEFENSIVE_DEPLOYMENT, ActionKind.DEFEND);
            ChoiceSet honour = answerInWar(Worlds.tiny(), Ask.MILITARY_AID, ActionKind.HONOUR);

            assertEquals(k(ModelConstant.CONSENT_LEGAL), term(defend, Term.LEGAL), 1e-12);
            assertTrue(term(honour, Term.ESCALATION) < 0);
            assertEquals(k(ModelConstant.TRIPWIRE_EXPOSURE) * term(honour, Term.ESCALATION), term(defend, Term.ESCALATION), 1e-12);
        }

        @Test
        void a_defensive_deployment_costs_a_tripwire_of_troops_unless_air_defence_is_sent() {
            World tripwire = Worlds.tiny();
            double troops = term(answerInWar(tripwire, Ask.DEFENSIVE_DEPLOYMENT, ActionKind.DEFEND), Term.COST);
            World air = termWorld(b -> b.airDefenceUnits[PAT] = 2);
            double batteries = term(answerInWar(air, Ask.DEFENSIVE_DEPLOYMENT, ActionKind.DEFEND), Term.COST);

            assertEquals(-k(ModelConstant.DEFENSIVE_COST), batteries, 1e-12);
            assertEquals(-(k(ModelConstant.DEFENSIVE_COST) + k(ModelConstant.TRIPWIRE_TROOPS) / tripwire.military().availableTroops(PAT)), troops, 1e-12);
        }

        @Test
        void a_reserve_meets_a_share_of_the_duty_and_helps_a_friendly_government_as_its_unrest_is_grave() {
            World w = Worlds.tiny();
            double honour = term(answerAtHome(w, MILITARY_ARTICLE, Ask.PEACEKEEPERS, ActionKind.HONOUR), Term.DUTY);
            ChoiceSet reserve = Choices.respond(w, PAT, w.appeals().request(0), ActionKind.RESERVE);

            assertEquals(k(ModelConstant.RESERVE_DUTY_SHARE) * honour, term(reserve, Term.DUTY), 1e-12);
            assertEquals(-k(ModelConstant.RESERVE_COST), term(reserve, Term.COST), 1e-12);
            assertEquals(k(ModelConstant.RESERVE_REGIME) * w.minds().alignment(PAT, DEF) * w.regimes().unrest(DEF), term(reserve, Term.REGIME), 1e-12);
        }

        @Test
        void a_rescue_helps_a_friendly_government_as_far_as_it_needed_help() {
            World w = Worlds.tiny();
            ChoiceSet rescue = answerAtHome(w, CONSULTATION_ARTICLE, Ask.RESCUE, ActionKind.RESCUE);
            Request q = w.appeals().request(0);

            assertEquals(-k(ModelConstant.RESCUE_COST), term(rescue, Term.COST), 1e-12);
            assertEquals(k(ModelConstant.RESCUE_REGIME) * w.minds().alignment(PAT, DEF) * q.need(), term(rescue, Term.REGIME), 1e-12);
            assertTrue(term(rescue, Term.RELATIONS) > 0);
        }

        @Test
        void guarding_a_government_costs_its_troops_and_is_lawful_as_far_as_its_claim_of_aggression_is_credited() {
            World credited = Worlds.tiny();
            credited.regimes().setUnrest(DEF, 0.6, 1.0);
            ChoiceSet guard = Choices.respond(credited, PAT, Acts.appeal(credited, DEF, PACT, MILITARY_ARTICLE, Ask.PEACEKEEPERS, -1), ActionKind.HONOUR);
            World doubted = Worlds.tiny();
            doubted.regimes().setUnrest(DEF, 0.6, 0);
            ChoiceSet unfounded = Choices.respond(doubted, PAT, Acts.appeal(doubted, DEF, PACT, MILITARY_ARTICLE, Ask.PEACEKEEPERS, -1), ActionKind.HONOUR);

            assertEquals(-k(ModelConstant.LEGAL_BASIS_FLOOR), term(unfounded, Term.LEGAL), 1e-12);
            assertTrue(term(guard, Term.LEGAL) > term(unfounded, Term.LEGAL));
            assertEquals(-k(ModelConstant.REGIME_TROOPS) / credited.military().availableTroops(PAT), term(guard, Term.COST), 1e-12);
            assertEquals(credited.minds().alignment(PAT, DEF) * 0.6, term(guard, Term.REGIME), 1e-12);
        }

        @Test
        void consultations_meet_the_whole_duty_when_asked_for_and_a_share_when_forces_were() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Request forForces = Acts.appeal(w, DEF, PACT, MILITARY_ARTICLE, Ask.MILITARY_AID, c.index());
            Request forTalks = Acts.appeal(w, DEF, PACT, CONSULTATION_ARTICLE, Ask.CONSULTATIONS, c.index());

            double honour = term(Choices.respond(w, PAT, forForces, ActionKind.HONOUR), Term.DUTY);
            double talksInstead = term(Choices.respond(w, PAT, forForces, ActionKind.CONSULT), Term.DUTY);
            double declineTalks = term(Choices.respond(w, PAT, forTalks, ActionKind.DECLINE), Term.DUTY);
            double talks = term(Choices.respond(w, PAT, forTalks, ActionKind.CONSULT), Term.DUTY);

            assertEquals(k(ModelConstant.PARTIAL_DUTY_SHARE) * honour, talksInstead, 1e-12);
            assertTrue(talks > 0);
            assertEquals(-talks, declineTalks, 1e-12);
        }

        @Test
        void an_appeal_outside_any_treaty_carries_no_duty() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Request q = Acts.appealOutside(w, DEF, NEU, Ask.MILITARY_AID, c.index());

            assertEquals(0, term(Choices.respond(w, NEU, q, ActionKind.HONOUR), Term.DUTY), 1e-12);
            assertEquals(0, term(Choices.respond(w, NEU, q, ActionKind.DECLINE), Term.DUTY), 1e-12);
        }
    }

    /** A world of the tiny setting with some facts changed. */
    static World termWorld(Consumer<SettingBuilder> facts) {
        SettingBuilder b = TinySetting.builder();
        facts.accept(b);
        return Worlds.of(b);
    }

    @Nested
    class Mediation {
        @Test
        void by_a_mediator_earns_prestige_lawful_standing_and_goodwill_at_a_small_cost() {
            World w = Worlds.tiny();
            ChoiceSet set = Choices.mediate(w, NEU, Worlds.attack(w, HOME), Packages.FREEZE);

            assertTrue(term(set, Term.PRESTIGE) > 0);
            assertEquals(k(ModelConstant.MEDIATION_LEGAL), term(set, Term.LEGAL), 1e-12);
            assertEquals(-k(ModelConstant.MEDIATION_COST), term(set, Term.COST), 1e-12);
            assertTrue(term(set, Term.RELATIONS) > 0);
        }

        @Test
        void with_ones_own_peacekeepers_costs_the_troops_and_gives_a_foothold_where_one_has_a_stake() {
            World w = termWorld(b -> {
                b.peacekeepingForce[NEU] = 2000;
                b.stake[HOME][NEU] = 0.4;
            });
            Conflict c = Worlds.attack(w, HOME);

            ChoiceSet bare = Choices.mediate(w, NEU, c, Packages.FREEZE);
            ChoiceSet guarded = Choices.mediate(w, NEU, c, Packages.OWN_PEACEKEEPERS);

            assertEquals(-k(ModelConstant.MEDIATION_COST) - 2000 / w.military().availableTroops(NEU), term(guarded, Term.COST), 1e-12);
            assertEquals(0, term(bare, Term.TERRITORY), 1e-12);
            assertTrue(term(guarded, Term.TERRITORY) > 0);
            assertTrue(term(guarded, Term.TERRITORY) <= 0.4 + 1e-12, "the stake, times the chance both accept");
        }

        @Test
        void of_terms_that_take_ground_from_a_party_strains_relations_with_it() {
            World w = termWorld(b -> b.interdependence[NEU][DEF] = 0);
            Conflict c = Worlds.attack(w, BELT);
            w.territory().shiftControl(BELT, DEF, ATK, 0.5);

            double freeze = term(Choices.mediate(w, NEU, c, Packages.FREEZE), Term.RELATIONS);
            double restore = term(Choices.mediate(w, NEU, c, Packages.RESTORE), Term.RELATIONS);

            assertEquals(w.setting().interdependence(NEU, ATK) * k(ModelConstant.MEDIATION_STANCE), freeze, 1e-12);
            assertEquals(w.setting().interdependence(NEU, ATK) * (k(ModelConstant.MEDIATION_STANCE) - k(ModelConstant.TERMS_STANCE) * 0.5), restore, 1e-12);
        }

        @Test
        void by_a_party_weighs_the_terms_as_it_would_accept_them_times_the_others_chance_of_accepting() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, BELT);
            Proposal byDefender = Acts.propose(w, DEF, c, Packages.FREEZE);

            ChoiceSet proposing = Choices.mediate(w, ATK, c, Packages.FREEZE);
            ChoiceSet accepting = Choices.accept(w, ATK, byDefender);

            assertEquals(0, term(proposing, Term.PRESTIGE), 1e-12, "no broker's prestige in one's own war");
            double chance = term(proposing, Term.LEGAL) / term(accepting, Term.LEGAL);
            assertTrue(chance > 0 && chance <= 1, "the chance DEF accepts: " + chance);
            for (Term t : List.of(Term.TERRITORY, Term.COST, Term.ESCALATION)) {
                assertEquals(chance * term(accepting, t), term(proposing, t), 1e-9, t.key());
            }
        }
    }

    @Nested
    class CeasefireTerms {
        /** A party's terms of accepting a package a mediator proposed for ATK's offensive on a region, part of which it already took. */
        ChoiceSet accepting(World w, int party, int region, int variant) {
            Conflict c = Worlds.attack(w, region);
            w.territory().shiftControl(region, DEF, ATK, 0.2);
            return Choices.accept(w, party, Acts.propose(w, NEU, c, variant));
        }

        @Test
        void for_the_attacker_a_freeze_forgoes_its_advance_and_spares_its_costs_and_risks() {
            ChoiceSet set = accepting(Worlds.tiny(), ATK, BELT, Packages.FREEZE);

            assertTrue(term(set, Term.TERRITORY) < 0, "the advance on its own land it would have made");
            assertTrue(term(set, Term.COST) > 0);
            assertTrue(term(set, Term.ESCALATION) >= 0);
            assertEquals(k(ModelConstant.CEASEFIRE_LEGAL), term(set, Term.LEGAL), 1e-12);
        }

        @Test
        void for_the_defender_a_freeze_saves_the_ground_and_lives_as_far_as_it_trusts_the_proposer() {
            World distrust = termWorld(b -> b.belief[DEF][NEU] = 0);
            World trust = termWorld(b -> b.belief[DEF][NEU] = 1);

            ChoiceSet none = accepting(distrust, DEF, HOME, Packages.FREEZE);
            ChoiceSet full = accepting(trust, DEF, HOME, Packages.FREEZE);

            assertEquals(0, term(none, Term.TERRITORY), 1e-12);
            assertEquals(0, term(none, Term.COST), 1e-12);
            assertTrue(term(full, Term.TERRITORY) > 0);
            assertTrue(term(full, Term.COST) > 0);
        }

        @Test
        void peacekeepers_cost_the_attacker_its_land_others_hold_and_guard_what_the_defender_holds() {
            World w = termWorld(b -> b.peacekeepingForce[NEU] = 2000);
            Conflict c = Worlds.attack(w, BELT);
            w.territory().shiftControl(BELT, DEF, ATK, 0.2);
            Proposal freeze = Acts.propose(w, NEU, c, Packages.FREEZE);
            Proposal guarded = Acts.propose(w, NEU, c, Packages.OWN_PEACEKEEPERS);
            double protection = k(ModelConstant.PEACEKEEPER_PROTECTION);

            double attacker = term(Choices.accept(w, ATK, guarded), Term.TERRITORY) - term(Choices.accept(w, ATK, freeze), Term.TERRITORY);
            double defender = term(Choices.accept(w, DEF, guarded), Term.TERRITORY) - term(Choices.accept(w, DEF, freeze), Term.TERRITORY);

            assertEquals(-protection * 0.8, attacker, 1e-12, "the belt is ATK's, and DEF still holds 80% of it");
            assertEquals(w.minds().belief(DEF, NEU) * protection * 0.8 * w.setting().stake(BELT, DEF), defender, 1e-12);
        }

        @Test
        void accepting_earns_goodwill_with_a_mediator_and_none_with_the_other_party_proposing() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Proposal mediated = Acts.propose(w, NEU, c, Packages.FREEZE);
            Proposal direct = Acts.propose(w, DEF, c, Packages.FREEZE);

            assertEquals(w.setting().interdependence(ATK, NEU) * k(ModelConstant.PROPOSER_STANCE), term(Choices.accept(w, ATK, mediated), Term.RELATIONS), 1e-12);
            assertEquals(0, term(Choices.accept(w, ATK, direct), Term.RELATIONS), 1e-12);
        }

        @Test
        void fighting_on_while_an_acceptance_stands_breaks_ones_word() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, BELT);
            double level = k(ModelConstant.ATTACK_HIGH);
            double before = term(Choices.attack(w, c, level), Term.LEGAL);
            double relationsBefore = term(Choices.attack(w, c, level), Term.RELATIONS);
            w.talks().accept(Acts.propose(w, NEU, c, Packages.FREEZE), ATK);

            ChoiceSet breaking = Choices.attack(w, c, level);

            assertEquals(before - k(ModelConstant.ACCEPTANCE_BREACH) * level, term(breaking, Term.LEGAL), 1e-12);
            assertEquals(relationsBefore - w.setting().interdependence(ATK, NEU) * k(ModelConstant.ACCEPTANCE_BREACH), term(breaking, Term.RELATIONS), 1e-12);
        }
    }

    @Nested
    class AtHome {
        World inUnrest(UnrestKind kind, double unrest, double loyalty) {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, unrest, 0);
            w.regimes().setUnrestKind(DEF, kind);
            w.regimes().setLoyalty(DEF, loyalty);
            return w;
        }

        @Test
        void a_crackdown_on_peaceful_protest_is_unlawful_censured_and_feared_to_split_the_forces() {
            ChoiceSet protest = Choices.domestic(inUnrest(UnrestKind.PROTEST, 0.6, 0.7), DEF, ActionKind.CRACK_DOWN);
            ChoiceSet riot = Choices.domestic(inUnrest(UnrestKind.RIOT, 0.6, 0.7), DEF, ActionKind.CRACK_DOWN);

            assertEquals(-k(ModelConstant.REPRESSION_ILLEGALITY) * 0.6, term(protest, Term.LEGAL), 1e-12);
            assertEquals(0, term(riot, Term.LEGAL), 1e-12);
            assertTrue(term(protest, Term.RELATIONS) < 0);
            assertEquals(0, term(riot, Term.RELATIONS), 1e-12);
            assertEquals(-k(ModelConstant.CRACKDOWN_COST), term(protest, Term.COST), 1e-12);
            // in the tiny setting the army alone makes the security hold, whatever the unrest
            assertEquals(k(ModelConstant.REPRESSION_GAIN) * 0.6, term(riot, Term.REGIME), 1e-12);
            assertEquals(k(ModelConstant.REPRESSION_GAIN) * 0.6 - k(ModelConstant.DEFECTION_FEAR) * (1 - 0.7) * 0.6, term(protest, Term.REGIME), 1e-12);
        }

        @Test
        void the_fear_of_defection_grows_as_the_forces_loyalty_falls() {
            assertFalling(
                    term(Choices.domestic(inUnrest(UnrestKind.PROTEST, 0.6, 0.9), DEF, ActionKind.CRACK_DOWN), Term.REGIME),
                    term(Choices.domestic(inUnrest(UnrestKind.PROTEST, 0.6, 0.6), DEF, ActionKind.CRACK_DOWN), Term.REGIME),
                    term(Choices.domestic(inUnrest(UnrestKind.PROTEST, 0.6, 0.3), DEF, ActionKind.CRACK_DOWN), Term.REGIME));
        }

        @Test
        void concessions_calm_protest_more_than_riots_and_an_insurgency_not_at_all() {
            double protest = term(Choices.domestic(inUnrest(UnrestKind.PROTEST, 0.6, 1), DEF, ActionKind.CONCEDE), Term.REGIME);
            double riot = term(Choices.domestic(inUnrest(UnrestKind.RIOT, 0.6, 1), DEF, ActionKind.CONCEDE), Term.REGIME);
            double insurgency = term(Choices.domestic(inUnrest(UnrestKind.INSURGENCY, 0.6, 1), DEF, ActionKind.CONCEDE), Term.REGIME);

            assertEquals(k(ModelConstant.CONCESSION_EFFECT) * 0.6 - k(ModelConstant.CONCESSION_COST), protest, 1e-12);
            assertEquals(k(ModelConstant.CONCESSION_EFFECT) * k(ModelConstant.RIOT_CONCESSION) * 0.6 - k(ModelConstant.CONCESSION_COST), riot, 1e-12);
            assertEquals(-k(ModelConstant.CONCESSION_COST), insurgency, 1e-12);
        }

        @Test
        void a_leaders_resignation_is_worth_it_only_as_the_regime_nears_its_fall() {
            World w = inUnrest(UnrestKind.PROTEST, 0.6, 1);
            double calm = term(Choices.domestic(w, DEF, ActionKind.RESIGN), Term.REGIME);
            double start = w.setting().stability(DEF);
            w.regimes().setStability(DEF, (start + k(ModelConstant.COLLAPSE)) / 2);
            double shaken = term(Choices.domestic(w, DEF, ActionKind.RESIGN), Term.REGIME);
            w.regimes().setStability(DEF, k(ModelConstant.COLLAPSE));
            double falling = term(Choices.domestic(w, DEF, ActionKind.RESIGN), Term.REGIME);

            assertEquals(-k(ModelConstant.RESIGNATION_COST), calm, 1e-12);
            assertEquals(k(ModelConstant.RESIGNATION_RELIEF) / 2 - k(ModelConstant.RESIGNATION_COST), shaken, 1e-12);
            assertEquals(k(ModelConstant.RESIGNATION_RELIEF) - k(ModelConstant.RESIGNATION_COST), falling, 1e-12);
        }
    }

    @Nested
    class Backing {
        @Test
        void a_government_in_trouble_is_worth_backing_as_far_as_it_is_friendly_and_its_crisis_grave() {
            World w = Worlds.tiny();
            w.regimes().setUnrest(DEF, 0.6, 0);

            ChoiceSet set = Choices.diplomacy(w, PAT, ActionKind.BACK, DEF, -1);

            assertEquals(k(ModelConstant.BACK_REGIME) * w.minds().alignment(PAT, DEF) * 0.6, term(set, Term.REGIME), 1e-12);
            assertEquals(0, term(set, Term.LEGAL), 1e-12);
            assertEquals(w.setting().interdependence(PAT, DEF) * k(ModelConstant.BACK_STANCE), term(set, Term.RELATIONS), 1e-12);
        }

        @Test
        void recognising_a_de_facto_authority_has_a_legal_cost_and_offends_the_state_whose_land_it_holds() {
            World w = termWorld(b -> b.deFacto[DEF] = true);
            Worlds.attack(w, HOME);

            ChoiceSet set = Choices.diplomacy(w, PAT, ActionKind.BACK, DEF, -1);

            assertEquals(-k(ModelConstant.RECOGNITION_ILLEGALITY), term(set, Term.LEGAL), 1e-12);
            assertEquals((w.setting().interdependence(PAT, DEF) - w.setting().interdependence(PAT, ATK)) * k(ModelConstant.BACK_STANCE), term(set, Term.RELATIONS), 1e-12,
                    "DEF holds the enclave and the belt, ATK's recognised land");
        }
    }

    @Test
    void every_quiet_option_scores_nothing_on_any_term() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, BELT);
        w.regimes().setUnrest(DEF, 0.6, 0.5);
        Proposal p = Acts.propose(w, NEU, c, Packages.FREEZE);
        List<ChoiceSet> decisions = List.of(
                Choices.attack(w, c, k(ModelConstant.ATTACK_HIGH)),
                Choices.fireBack(w, c, k(ModelConstant.ATTACK_LOW)),
                Choices.intervene(w, PAT, c),
                Choices.accept(w, DEF, p),
                Choices.request(w, DEF, PACT, MILITARY_ARTICLE, c.index()),
                Choices.requestOutside(w, DEF, NEU, -1, Ask.RESCUE),
                Choices.suspend(w, DEF, BLOC),
                Choices.mediate(w, NEU, c, Packages.FREEZE),
                Choices.diplomacy(w, PAT, ActionKind.BACK, DEF, -1),
                Choices.domestic(w, DEF, ActionKind.CRACK_DOWN));

        for (ChoiceSet set : decisions) {
            int quiet = set.quietOption();
            assertTrue(quiet >= 0);
            for (Term t : Term.values()) {
                assertEquals(0, set.term(quiet, t.ordinal()), set.kind() + " " + set.actionKind(quiet) + ": " + t.key());
            }
            assertEquals(0, set.utility(quiet), set.kind() + " " + set.actionKind(quiet));
            assertTrue(set.term(0, Term.RELATIONS.ordinal()) != 0 || java.util.stream.IntStream.range(0, Term.COUNT).anyMatch(t -> set.term(0, t) != 0),
                    "the act itself is weighed: " + set.actionKind(0));
        }
    }

    @Test
    void the_quiet_option_scores_nothing_on_any_term() {
        World w = Worlds.tiny();
        ChoiceSet set = Choices.attack(w, Worlds.attack(w, BELT), k(ModelConstant.ATTACK_HIGH));
        int hold = set.quietOption();

        for (Term t : Term.values()) {
            assertEquals(0, set.term(hold, t.ordinal()), t.key());
        }
        assertEquals(0, set.utility(hold));
    }

    @Test
    void utility_is_the_terms_weighed_by_the_actors_weights() {
        SettingBuilder b = TinySetting.builder();
        for (Term t : Term.values()) {
            b.weights[ATK][t.ordinal()] = 0.1 * (t.ordinal() + 1);
        }
        World w = Worlds.of(b);
        ChoiceSet set = Choices.attack(w, Worlds.attack(w, BELT), k(ModelConstant.ATTACK_HIGH));

        double expected = 0;
        for (Term t : Term.values()) {
            expected += 0.1 * (t.ordinal() + 1) * set.term(0, t.ordinal());
        }
        assertEquals(expected, set.utility(0), 1e-12);
    }
}
