package casus.engine.choice;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.Choices.term;
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
import casus.engine.model.DeploymentKind;
import casus.engine.model.Obligation;
import casus.engine.model.SettingBuilder;
import casus.engine.model.Term;
import casus.engine.rules.CasusFoederis;
import casus.engine.testing.Choices;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
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
        double clarity = CasusFoederis.ofConflict(w, c, DEF, Obligation.MUTUAL_ASSISTANCE);
        return w.openRequest(DEF, PACT, MILITARY_ARTICLE, Obligation.MUTUAL_ASSISTANCE, c.index(), clarity);
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

            assertEquals(2 * doubted, trusted, 1e-12, "half the stake is always at risk, the rest as far as the treaty is believed");
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
            Request q = w.openRequest(DEF, BLOC, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, c.index(), 1);
            Motion deployment = w.tableMotion(BLOC, q.index(), Motion.Kind.DEPLOYMENT);
            Motion mission = w.tableMotion(BLOC, q.index(), Motion.Kind.MISSION);

            double forDeployment = term(Choices.vote(w, MBA, deployment, ActionKind.VOTE_YES), Term.DUTY);
            double forMission = term(Choices.vote(w, MBA, mission, ActionKind.VOTE_YES), Term.DUTY);

            assertTrue(forDeployment > 0);
            assertEquals(Constants.k(ModelConstant.MISSION_SHARE) * forDeployment, forMission, 1e-12);
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
            assertEquals(-Constants.k(ModelConstant.COST_CAP), costOfIntervening(0.999), 1e-12);
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
            double withoutTripwire = term(Choices.attack(open, Worlds.attack(open, ENCLAVE), Constants.k(ModelConstant.ATTACK_HIGH)), Term.ESCALATION);

            World guarded = Worlds.tiny();
            guarded.deploy(new Presence(PAT, -1, ENCLAVE, -1, 2000, DeploymentKind.PEACEKEEPERS, 0));
            double withTripwire = term(Choices.attack(guarded, Worlds.attack(guarded, ENCLAVE), Constants.k(ModelConstant.ATTACK_HIGH)), Term.ESCALATION);

            assertTrue(withTripwire < withoutTripwire, withTripwire + " should be below " + withoutTripwire);
        }

        @Test
        void of_attacking_at_low_intensity_is_smaller() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);

            double high = term(Choices.attack(w, c, Constants.k(ModelConstant.ATTACK_HIGH)), Term.ESCALATION);
            double low = term(Choices.attack(w, c, Constants.k(ModelConstant.ATTACK_LOW)), Term.ESCALATION);

            assertTrue(high < low && low < 0);
        }
    }

    @Nested
    class Territory {
        /** ATK attacking its own recognised BELT, aiming to hold 60% of it, already holding some. */
        double territoryOfAttacking(double attackerHolds) {
            World w = Worlds.tiny();
            w.shiftControl(BELT, DEF, ATK, attackerHolds);
            Conflict c = w.openConflict("belt", ATK, new int[] {BELT}, 0.6, 1.0);
            return term(Choices.attack(w, c, Constants.k(ModelConstant.ATTACK_HIGH)), Term.TERRITORY);
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

            assertEquals(0, term(Choices.attack(w, c, Constants.k(ModelConstant.ATTACK_HIGH)), Term.TERRITORY), 1e-12);
        }

        @Test
        void of_attacking_is_nil_when_the_defence_is_as_strong_as_the_attack() {
            double balanced = termIn(b -> b.power[DEF] = 50 / 1.6, w -> term(
                    Choices.attack(w, Worlds.attack(w, BELT), Constants.k(ModelConstant.ATTACK_HIGH)), Term.TERRITORY));

            assertEquals(0, balanced, 1e-9);
        }
    }

    @Nested
    class RegimeSecurity {
        double regimeTermOfVotingYes(double unrest) {
            World w = Worlds.tiny();
            w.setUnrest(DEF, unrest, 0.8);
            Request q = w.openRequest(DEF, BLOC, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, -1, 0.5);
            Motion m = w.tableMotion(BLOC, q.index(), Motion.Kind.DEPLOYMENT);
            return term(Choices.vote(w, MBA, m, ActionKind.VOTE_YES), Term.REGIME);
        }

        @Test
        void of_voting_for_a_regime_protection_deployment_scales_with_unrest() {
            assertEquals(0.2, regimeTermOfVotingYes(0.2), 1e-12);
            assertEquals(0.9, regimeTermOfVotingYes(0.9), 1e-12);
        }

        @Test
        void of_voting_against_it_is_nil() {
            World w = Worlds.tiny();
            w.setUnrest(DEF, 0.9, 0.8);
            Request q = w.openRequest(DEF, BLOC, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, -1, 0.5);
            Motion m = w.tableMotion(BLOC, q.index(), Motion.Kind.DEPLOYMENT);

            assertEquals(0, term(Choices.vote(w, MBA, m, ActionKind.VOTE_NO), Term.REGIME), 1e-12);
        }

        @Test
        void of_appealing_against_unrest_rises_with_the_belief_in_the_alliance() {
            double doubted = termIn(b -> b.belief[DEF][b.subject("BLOC")] = 0.2, w -> {
                w.setUnrest(DEF, 0.9, 0.8);
                return term(Choices.request(w, DEF, BLOC, MILITARY_ARTICLE, -1), Term.REGIME);
            });
            double trusted = termIn(b -> b.belief[DEF][b.subject("BLOC")] = 0.9, w -> {
                w.setUnrest(DEF, 0.9, 0.8);
                return term(Choices.request(w, DEF, BLOC, MILITARY_ARTICLE, -1), Term.REGIME);
            });

            assertTrue(doubted > 0);
            assertTrue(trusted > doubted);
        }
    }

    @Nested
    class Prestige {
        double prestigeOfMediating(double trust, boolean withPeacekeepers) {
            return termIn(b -> {
                b.belief[ATK][NEU] = trust;
                b.belief[DEF][NEU] = trust;
            }, w -> term(Choices.mediate(w, NEU, Worlds.attack(w, HOME), withPeacekeepers), Term.PRESTIGE));
        }

        @Test
        void of_mediating_scales_with_the_parties_trust_in_the_mediator() {
            double little = prestigeOfMediating(0.2, false);
            double much = prestigeOfMediating(0.8, false);

            assertTrue(little > 0);
            assertEquals(4 * little, much, 1e-12);
        }

        @Test
        void of_mediating_rises_with_the_gravity_of_the_war() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            double early = term(Choices.mediate(w, NEU, c, false), Term.PRESTIGE);
            w.raiseSeverity(c, 1);
            double grave = term(Choices.mediate(w, NEU, c, false), Term.PRESTIGE);

            assertTrue(grave > early);
        }

        @Test
        void of_guaranteeing_the_peace_with_ones_own_peacekeepers_is_greater() {
            assertTrue(prestigeOfMediating(0.5, true) > prestigeOfMediating(0.5, false));
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
            assertEquals(Constants.k(ModelConstant.LEGAL_RECLAIM), legalOfAttacking(BELT, Constants.k(ModelConstant.ATTACK_HIGH)), 1e-12);
            assertEquals(-1, legalOfAttacking(HOME, Constants.k(ModelConstant.ATTACK_HIGH)), 1e-12);
        }

        @Test
        void of_attacking_scales_with_intensity() {
            assertEquals(Constants.k(ModelConstant.ATTACK_LOW) * -1, legalOfAttacking(HOME, Constants.k(ModelConstant.ATTACK_LOW)), 1e-12);
        }

        @Test
        void of_attacking_through_a_ceasefire_carries_the_breach() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, BELT);
            double before = term(Choices.attack(w, c, Constants.k(ModelConstant.ATTACK_HIGH)), Term.LEGAL);
            w.setPhase(c, Conflict.Phase.CEASEFIRE, NEU);
            double breach = term(Choices.attack(w, c, Constants.k(ModelConstant.ATTACK_HIGH)), Term.LEGAL);

            assertEquals(before - Constants.k(ModelConstant.CEASEFIRE_BREACH), breach, 1e-12);
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
                w.raiseSeverity(c, 1);
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
            assertEquals(-Constants.k(ModelConstant.REBUFF), supportOfAppealing(0), 1e-12);
            assertTrue(supportOfAppealing(0.1) < 0);
        }

        @Test
        void of_an_appeal_for_consultations_is_worth_less_than_one_for_assistance() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            w.raiseSeverity(c, 1);
            w.setBelief(DEF, PAT, 1);

            double assistance = term(Choices.request(w, DEF, PACT, MILITARY_ARTICLE, c.index()), Term.SUPPORT);
            double consultations = term(Choices.request(w, DEF, PACT, CONSULTATION_ARTICLE, c.index()), Term.SUPPORT);

            assertEquals(Constants.k(ModelConstant.CONSULTATION_BENEFIT) * assistance, consultations, 1e-12);
        }
    }

    @Nested
    class CeasefireAndSuspension {
        @Test
        void accepting_a_ceasefire_is_worth_to_the_attacker_the_ground_its_terms_hand_over() {
            SettingBuilder b = TinySetting.builder();
            b.power[DEF] = 500; // the attacker expects to take nothing by fighting on
            World w = Worlds.of(b);
            Conflict c = Worlds.attack(w, BELT);
            Proposal p = w.propose(NEU, c.index(), false);

            double territory = term(Choices.accept(w, ATK, p), Term.TERRITORY);

            assertEquals(Constants.k(ModelConstant.TERRITORY_SCALE) * 1.0, territory, 1e-9, "all of the belt is handed over");
        }

        @Test
        void accepting_a_ceasefire_costs_the_defender_the_ground_it_hands_over() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, BELT);
            Proposal p = w.propose(NEU, c.index(), false);
            w.setBelief(DEF, NEU, 0);

            double territory = term(Choices.accept(w, DEF, p), Term.TERRITORY);

            assertEquals(-Constants.k(ModelConstant.TERRITORY_SCALE) * 0.5, territory, 1e-9, "DEF's stake in the belt");
        }

        @Test
        void a_defender_values_a_ceasefire_guarded_by_peacekeepers_more() {
            World w = Worlds.tiny();
            Conflict c = Worlds.attack(w, HOME);
            Proposal bare = w.propose(NEU, c.index(), false);
            Proposal guarded = w.propose(PAT, c.index(), true);
            w.setBelief(DEF, NEU, 0.6);
            w.setBelief(DEF, PAT, 0.6);

            assertTrue(term(Choices.accept(w, DEF, guarded), Term.TERRITORY) > term(Choices.accept(w, DEF, bare), Term.TERRITORY));
        }

        @Test
        void suspending_costs_less_duty_and_helps_the_regime_more_the_less_the_alliance_is_believed() {
            World believing = Worlds.tiny();
            believing.setBelief(DEF, believing.setting().treatySubject(BLOC), 0.9);
            World doubting = Worlds.tiny();
            doubting.setBelief(DEF, doubting.setting().treatySubject(BLOC), 0.1);

            ChoiceSet keen = Choices.suspend(believing, DEF, BLOC);
            ChoiceSet disillusioned = Choices.suspend(doubting, DEF, BLOC);

            assertEquals(-0.9, term(keen, Term.DUTY), 1e-12);
            assertEquals(-0.1, term(disillusioned, Term.DUTY), 1e-12);
            assertTrue(term(disillusioned, Term.REGIME) > term(keen, Term.REGIME));
            assertTrue(term(disillusioned, Term.SUPPORT) > term(keen, Term.SUPPORT));
            assertTrue(term(keen, Term.RELATIONS) < 0, "suspending offends the council's leader");
        }
    }

    @Test
    void the_quiet_option_scores_nothing_on_any_term() {
        World w = Worlds.tiny();
        ChoiceSet set = Choices.attack(w, Worlds.attack(w, BELT), Constants.k(ModelConstant.ATTACK_HIGH));
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
        ChoiceSet set = Choices.attack(w, Worlds.attack(w, BELT), Constants.k(ModelConstant.ATTACK_HIGH));

        double expected = 0;
        for (Term t : Term.values()) {
            expected += 0.1 * (t.ordinal() + 1) * set.term(0, t.ordinal());
        }
        assertEquals(expected, set.utility(0), 1e-12);
    }
}
