package casus.engine.rules;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Obligation;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** How clearly an event obliges a member's allies to act. */
class CasusFoederisTest {

    static double territorial(int... regions) {
        World w = Worlds.tiny();
        return CasusFoederis.territorial(w, Worlds.attack(w, regions), DEF);
    }

    @Test
    void an_attack_on_recognised_territory_is_the_clearest_case() {
        assertEquals(1, territorial(HOME));
    }

    @Test
    void an_undemarcated_border_leaves_the_case_in_doubt() {
        assertEquals(Constants.k(ModelConstant.UNDEMARCATED), territorial(BORDER));
    }

    @Test
    void fighting_where_only_kin_live_is_a_weak_case() {
        assertEquals(Constants.k(ModelConstant.KIN_CLARITY), territorial(ENCLAVE));
    }

    @Test
    void fighting_on_anothers_land_without_kin_is_no_case() {
        assertEquals(0, territorial(BELT));
    }

    @Test
    void the_clearest_region_of_an_offensive_decides() {
        assertEquals(1, territorial(ENCLAVE, HOME));
        assertEquals(Constants.k(ModelConstant.UNDEMARCATED), territorial(ENCLAVE, BORDER));
    }

    @Test
    void an_attack_counts_more_clearly_as_aggression_the_graver_it_is() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        double slight = CasusFoederis.ofConflict(w, c, DEF, Obligation.COLLECTIVE_DEFENCE);
        w.raiseSeverity(c, 1);
        double grave = CasusFoederis.ofConflict(w, c, DEF, Obligation.COLLECTIVE_DEFENCE);

        assertEquals(Constants.k(ModelConstant.ARMED_ATTACK_FLOOR), slight, 1e-12);
        assertEquals(1, grave, 1e-12);
    }

    @Test
    void consultation_is_due_in_full_on_recognised_territory_and_in_part_over_kin() {
        World w = Worlds.tiny();
        Conflict home = Worlds.attack(w, HOME);
        Conflict enclave = Worlds.attack(w, ENCLAVE);
        Conflict belt = Worlds.attack(w, BELT);

        assertEquals(1, CasusFoederis.ofConflict(w, home, DEF, Obligation.CONSULTATION));
        assertEquals(Constants.k(ModelConstant.KIN_CONSULTATION), CasusFoederis.ofConflict(w, enclave, DEF, Obligation.CONSULTATION));
        assertEquals(0, CasusFoederis.ofConflict(w, belt, DEF, Obligation.CONSULTATION));
    }

    @Test
    void the_attackers_allies_have_no_case_on_the_victims_land() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        assertEquals(0, CasusFoederis.territorial(w, c, ATK));
        assertEquals(0, CasusFoederis.territorial(w, c, PAT));
    }

    @Test
    void unrest_obliges_military_help_only_as_far_as_it_is_called_aggression_from_abroad() {
        World homegrown = Worlds.tiny();
        homegrown.setUnrest(DEF, 0.8, 0);
        World foreign = Worlds.tiny();
        foreign.setUnrest(DEF, 0.8, 0.9);

        assertEquals(0, CasusFoederis.ofUnrest(homegrown, DEF, Obligation.COLLECTIVE_DEFENCE));
        double clarity = CasusFoederis.ofUnrest(foreign, DEF, Obligation.COLLECTIVE_DEFENCE);
        assertTrue(clarity > 0 && clarity < 0.9);
    }

    @Test
    void unrest_calls_for_consultations_whoever_is_blamed() {
        World w = Worlds.tiny();
        w.setUnrest(DEF, 0.3, 0);

        assertEquals(0.6, CasusFoederis.ofUnrest(w, DEF, Obligation.CONSULTATION), 1e-12);
    }

    @Test
    void calm_obliges_nobody() {
        World w = Worlds.tiny();

        assertEquals(0, CasusFoederis.ofUnrest(w, DEF, Obligation.CONSULTATION));
        assertEquals(0, CasusFoederis.ofUnrest(w, DEF, Obligation.MUTUAL_ASSISTANCE));
    }
}
