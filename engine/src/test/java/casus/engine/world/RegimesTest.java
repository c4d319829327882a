package casus.engine.world;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.model.UnrestKind;
import casus.engine.testing.TinySetting;
import org.junit.jupiter.api.Test;

/** Each government's hold at home, and the bounds and bookkeeping it keeps. */
class RegimesTest {
    private static final Setting TINY = TinySetting.setting();

    @Test
    void a_government_starts_as_the_scenario_gives_it_with_no_crisis() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.homeFront(b, DEF, 1_000_000, 5_000, 0.7);

        Regimes g = new Regimes(b.build());

        assertEquals(b.stability[DEF], g.stability(DEF));
        assertEquals(0.7, g.loyalty(DEF));
        assertEquals(UnrestKind.PROTEST, g.unrestKind(DEF));
        assertFalse(g.crisisAtHome(DEF));
        assertFalse(g.fallen(DEF));
    }

    @Test
    void every_level_is_kept_within_zero_and_one() {
        Regimes g = new Regimes(TINY);

        g.setStability(DEF, -0.2);
        g.setUnrest(DEF, 3, -1);
        g.setLoyalty(DEF, 1.2);
        g.setCommunal(HOME, 2);

        assertEquals(0, g.stability(DEF));
        assertEquals(1, g.unrest(DEF));
        assertEquals(0, g.unrestAttribution(DEF));
        assertEquals(1, g.loyalty(DEF));
        assertEquals(1, g.communal(HOME));
    }

    @Test
    void the_worst_communal_violence_in_a_land_is_the_greatest_of_its_regions() {
        Regimes g = new Regimes(TINY);

        g.setCommunal(HOME, 0.6);
        g.setCommunal(BORDER, 0.3);
        g.setCommunal(ENCLAVE, 0.9);
        assertEquals(0.6, g.communalIn(DEF), "the enclave is ATK's under international law");
        assertEquals(0.9, g.communalIn(ATK));

        g.setCommunal(HOME, 0);
        assertEquals(0.3, g.communalIn(DEF), "it falls back to the worst that remains");

        g.setCommunal(BORDER, 0);
        assertEquals(0, g.communalIn(DEF));
    }

    @Test
    void a_crisis_at_home_is_unrest_or_violence_between_communities() {
        Regimes g = new Regimes(TINY);

        g.setCommunal(BORDER, 0.2);
        assertTrue(g.crisisAtHome(DEF));

        g.setCommunal(BORDER, 0);
        g.setUnrest(DEF, 0.4, 0);
        assertTrue(g.crisisAtHome(DEF));
        assertFalse(g.crisisAtHome(ATK));
    }

    @Test
    void a_new_crisis_at_home_finds_the_government_yet_to_crack_down_or_concede() {
        Regimes g = new Regimes(TINY);
        g.repress(DEF, true);
        g.concede(DEF);
        g.leaderResigns(DEF);

        g.startCrisisAtHome(DEF);

        assertFalse(g.repressing(DEF));
        assertFalse(g.conceded(DEF));
        assertTrue(g.leaderResigned(DEF), "a leader who stepped down stays gone");
    }

    @Test
    void a_regime_that_falls_stays_fallen_and_only_it_falls() {
        Regimes g = new Regimes(TINY);

        g.fall(DEF);
        g.setStability(DEF, 1);

        assertTrue(g.fallen(DEF));
        assertFalse(g.fallen(ATK));
    }
}
