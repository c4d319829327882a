package casus.engine.rules;

import static casus.engine.model.ModelConstant.ARMED_ATTACK_FLOOR;
import static casus.engine.model.ModelConstant.CLAIM_CREDENCE;
import static casus.engine.model.ModelConstant.COMMUNAL_CONSULTATION;
import static casus.engine.model.ModelConstant.COMMUNAL_PEACEKEEPING;
import static casus.engine.model.ModelConstant.FORCES_ABROAD_CLARITY;
import static casus.engine.model.ModelConstant.INTRA_ALLIANCE_CLARITY;
import static casus.engine.model.ModelConstant.KIN_CLARITY;
import static casus.engine.model.ModelConstant.KIN_CONSULTATION;
import static casus.engine.model.ModelConstant.UNDEMARCATED;
import static casus.engine.model.ModelConstant.UNREST_CONSULTATION_SCALE;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MILITARY_ARTICLE;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Ask;
import casus.engine.model.ModelConstant;
import casus.engine.model.Obligation;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.Constants;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Request;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** How clearly an event obliges a member's allies to act. */
class CasusFoederisTest {

    static double k(ModelConstant c) {
        return Constants.k(c);
    }

    static double territorial(int... regions) {
        World w = Worlds.tiny();
        return CasusFoederis.territorial(w, Worlds.attack(w, regions), DEF);
    }

    /** The share of an attack that counts as armed aggression at a severity. */
    static double armedAttack(double severity) {
        return k(ARMED_ATTACK_FLOOR) + (1 - k(ARMED_ATTACK_FLOOR)) * severity;
    }

    // --- whose ground -----------------------------------------------------------------------

    @Test
    void an_attack_on_recognised_territory_is_the_clearest_case() {
        assertEquals(1, territorial(HOME));
    }

    @Test
    void an_undemarcated_border_leaves_the_case_in_doubt() {
        assertEquals(k(UNDEMARCATED), territorial(BORDER));
    }

    @Test
    void fighting_where_only_kin_live_is_a_weak_case() {
        assertEquals(k(KIN_CLARITY), territorial(ENCLAVE));
    }

    @Test
    void fighting_on_anothers_land_without_kin_is_no_case() {
        assertEquals(0, territorial(BELT));
    }

    @Test
    void the_clearest_region_of_an_offensive_decides() {
        assertEquals(1, territorial(ENCLAVE, HOME));
        assertEquals(1, territorial(BORDER, HOME));
        assertEquals(k(UNDEMARCATED), territorial(ENCLAVE, BORDER));
    }

    @Test
    void the_attackers_allies_have_no_case_on_the_victims_land() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        assertEquals(0, CasusFoederis.territorial(w, c, ATK));
        assertEquals(0, CasusFoederis.territorial(w, c, PAT));
    }

    @Test
    void an_incident_against_a_members_forces_abroad_is_a_partial_case_for_that_member_only() {
        World w = Worlds.tiny();
        Conflict c = Worlds.incident(w, DEF, 0);

        assertEquals(k(FORCES_ABROAD_CLARITY), CasusFoederis.territorial(w, c, DEF));
        assertEquals(0, CasusFoederis.territorial(w, c, PAT));
        assertEquals(0, CasusFoederis.territorial(w, c, ATK));
    }

    // --- a conflict -------------------------------------------------------------------------

    @Test
    void an_attack_counts_more_clearly_as_aggression_the_graver_it_is() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        double slight = CasusFoederis.ofConflict(w, c, DEF, BLOC, Obligation.COLLECTIVE_DEFENCE);
        w.wars().raiseSeverity(c, 0.5);
        double middling = CasusFoederis.ofConflict(w, c, DEF, BLOC, Obligation.COLLECTIVE_DEFENCE);
        w.wars().raiseSeverity(c, 1);
        double grave = CasusFoederis.ofConflict(w, c, DEF, BLOC, Obligation.COLLECTIVE_DEFENCE);

        assertEquals(k(ARMED_ATTACK_FLOOR), slight, 1e-12);
        assertEquals(armedAttack(0.5), middling, 1e-12);
        assertEquals(1, grave, 1e-12);
    }

    @Test
    void an_incident_obliges_by_the_forces_abroad_case_times_its_gravity() {
        World w = Worlds.tiny();
        Conflict c = Worlds.incident(w, DEF, 0);
        w.wars().raiseSeverity(c, 0.4);

        assertEquals(k(FORCES_ABROAD_CLARITY) * armedAttack(0.4), CasusFoederis.ofConflict(w, c, DEF, PACT, Obligation.MUTUAL_ASSISTANCE), 1e-12);
    }

    @Test
    void consultation_is_due_in_full_on_recognised_territory_and_in_part_over_kin_or_a_doubtful_border() {
        World w = Worlds.tiny();
        Conflict home = Worlds.attack(w, HOME);
        Conflict border = Worlds.attack(w, BORDER);
        Conflict enclave = Worlds.attack(w, ENCLAVE);
        Conflict belt = Worlds.attack(w, BELT);

        assertEquals(1, CasusFoederis.ofConflict(w, home, DEF, BLOC, Obligation.CONSULTATION));
        assertEquals(k(KIN_CONSULTATION), CasusFoederis.ofConflict(w, border, DEF, BLOC, Obligation.CONSULTATION));
        assertEquals(k(KIN_CONSULTATION), CasusFoederis.ofConflict(w, enclave, DEF, BLOC, Obligation.CONSULTATION));
        assertEquals(0, CasusFoederis.ofConflict(w, belt, DEF, BLOC, Obligation.CONSULTATION));
    }

    @Test
    void an_appeal_to_a_friend_outside_any_treaty_has_no_legal_case() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        assertEquals(0, CasusFoederis.ofConflict(w, c, DEF, -1, Obligation.NONE));
    }

    /** The tiny crisis in which ATK is a member of BLOC too. */
    static World attackerInTheBloc() {
        SettingBuilder b = TinySetting.builder();
        b.members[BLOC] |= 1L << ATK;
        return Worlds.of(b);
    }

    @Test
    void an_attack_by_a_fellow_member_reads_weakly_under_that_treaty_only() {
        World w = attackerInTheBloc();
        Conflict c = Worlds.attack(w, HOME);

        assertEquals(k(INTRA_ALLIANCE_CLARITY) * k(ARMED_ATTACK_FLOOR), CasusFoederis.ofConflict(w, c, DEF, BLOC, Obligation.COLLECTIVE_DEFENCE),
                1e-12);
        assertEquals(k(ARMED_ATTACK_FLOOR), CasusFoederis.ofConflict(w, c, DEF, PACT, Obligation.MUTUAL_ASSISTANCE), 1e-12,
                "the bilateral treaty does not bind the attacker");
    }

    @Test
    void a_fellow_member_that_has_suspended_itself_is_an_outsider_again() {
        World w = attackerInTheBloc();
        Conflict c = Worlds.attack(w, HOME);

        w.treaties().suspend(BLOC, ATK);

        assertEquals(k(ARMED_ATTACK_FLOOR), CasusFoederis.ofConflict(w, c, DEF, BLOC, Obligation.COLLECTIVE_DEFENCE), 1e-12);
    }

    @Test
    void consultation_is_due_whoever_attacks() {
        World w = attackerInTheBloc();
        Conflict c = Worlds.attack(w, HOME);

        assertEquals(1, CasusFoederis.ofConflict(w, c, DEF, BLOC, Obligation.CONSULTATION));
    }

    // --- a crisis at home -------------------------------------------------------------------

    @Test
    void homegrown_unrest_obliges_no_military_help() {
        World w = Worlds.tiny();
        w.regimes().setUnrest(DEF, 0.8, 0);

        assertEquals(0, CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.COLLECTIVE_DEFENCE, Ask.MILITARY_AID));
        assertEquals(0, CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.MUTUAL_ASSISTANCE, Ask.PEACEKEEPERS));
    }

    @Test
    void unrest_blamed_abroad_obliges_as_far_as_allies_credit_the_claim() {
        World w = Worlds.tiny();
        w.regimes().setUnrest(DEF, 0.8, 0.9);

        double clarity = CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.COLLECTIVE_DEFENCE, Ask.PEACEKEEPERS);

        assertEquals(0.9 * k(CLAIM_CREDENCE) * armedAttack(0.8), clarity, 1e-12);
        assertTrue(clarity < 0.9, "allies never take the government fully at its word");
    }

    @Test
    void unrest_calls_for_consultations_whoever_is_blamed() {
        World some = Worlds.tiny();
        some.regimes().setUnrest(DEF, 0.3, 0);
        World much = Worlds.tiny();
        much.regimes().setUnrest(DEF, 1, 0);

        assertEquals(Math.min(1, k(UNREST_CONSULTATION_SCALE) * 0.3), CasusFoederis.ofCrisisAtHome(some, DEF, Obligation.CONSULTATION, Ask.CONSULTATIONS),
                1e-12);
        assertEquals(1, CasusFoederis.ofCrisisAtHome(much, DEF, Obligation.CONSULTATION, Ask.CONSULTATIONS), 1e-12, "never more than 1");
    }

    @Test
    void communal_violence_calls_for_consultations_and_peacekeepers_but_never_collective_defence() {
        World w = Worlds.tiny();
        w.regimes().setCommunal(HOME, 0.6);

        assertEquals(k(COMMUNAL_CONSULTATION), CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.CONSULTATION, Ask.CONSULTATIONS));
        assertEquals(k(COMMUNAL_PEACEKEEPING), CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.COLLECTIVE_DEFENCE, Ask.PEACEKEEPERS));
        assertEquals(k(COMMUNAL_PEACEKEEPING), CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.MUTUAL_ASSISTANCE, Ask.PEACEKEEPERS));
        assertEquals(0, CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.COLLECTIVE_DEFENCE, Ask.MILITARY_AID));
        assertEquals(0, CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.COLLECTIVE_DEFENCE, Ask.DEFENSIVE_DEPLOYMENT));
        assertEquals(0, CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.NONE, Ask.PEACEKEEPERS));
    }

    @Test
    void communal_violence_on_another_states_land_obliges_nobody_toward_this_one() {
        World w = Worlds.tiny();
        w.regimes().setCommunal(ENCLAVE, 0.6);

        assertEquals(0, CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.CONSULTATION, Ask.CONSULTATIONS));
        assertEquals(k(COMMUNAL_CONSULTATION), CasusFoederis.ofCrisisAtHome(w, ATK, Obligation.CONSULTATION, Ask.CONSULTATIONS));
    }

    @Test
    void unrest_is_judged_as_unrest_even_while_communities_fight() {
        World w = Worlds.tiny();
        w.regimes().setCommunal(HOME, 0.6);
        w.regimes().setUnrest(DEF, 0.5, 0.8);

        assertEquals(0.8 * k(CLAIM_CREDENCE) * armedAttack(0.5), CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.COLLECTIVE_DEFENCE, Ask.MILITARY_AID),
                1e-12);
    }

    @Test
    void calm_obliges_nobody() {
        World w = Worlds.tiny();

        assertEquals(0, CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.CONSULTATION, Ask.CONSULTATIONS));
        assertEquals(0, CasusFoederis.ofCrisisAtHome(w, DEF, Obligation.MUTUAL_ASSISTANCE, Ask.PEACEKEEPERS));
    }

    // --- an appeal --------------------------------------------------------------------------

    @Test
    void an_appeal_about_the_crisis_at_home_is_as_clear_as_the_crisis_is_now() {
        World w = Worlds.tiny();
        w.regimes().setUnrest(DEF, 0.8, 0.9);
        Request q = w.appeals().openRequest(DEF, BLOC, -1, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, Ask.PEACEKEEPERS, -1, 0, 1);
        double during = CasusFoederis.ofRequest(w, q);

        w.regimes().setUnrest(DEF, 0, 0);

        assertTrue(during > 0);
        assertEquals(0, CasusFoederis.ofRequest(w, q));
    }

    @Test
    void an_appeal_about_a_conflict_is_read_under_its_own_treaty() {
        World w = attackerInTheBloc();
        Conflict c = Worlds.attack(w, HOME);
        Request bloc = w.appeals().openRequest(DEF, BLOC, -1, MILITARY_ARTICLE, Obligation.COLLECTIVE_DEFENCE, Ask.MILITARY_AID, c.index(), 0, 1);
        Request pact = w.appeals().openRequest(DEF, PACT, PAT, MILITARY_ARTICLE, Obligation.MUTUAL_ASSISTANCE, Ask.MILITARY_AID, c.index(), 0, 1);

        assertEquals(k(INTRA_ALLIANCE_CLARITY) * k(ARMED_ATTACK_FLOOR), CasusFoederis.ofRequest(w, bloc), 1e-12);
        assertEquals(k(ARMED_ATTACK_FLOOR), CasusFoederis.ofRequest(w, pact), 1e-12);
    }
}
