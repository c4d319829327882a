package casus.engine.world;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import org.junit.jupiter.api.Test;

/** Who answers proposals and fires back in a conflict: its principal defender, found as it opens. */
class PrincipalDefenderTest {
    /** A world where ATK already holds every region. */
    static World allHeldByTheAttacker() {
        SettingBuilder b = TinySetting.builder();
        for (int r = 0; r < b.regionCount(); r++) {
            b.control[r][DEF] = 0;
            b.control[r][ATK] = 1;
        }
        return Worlds.of(b);
    }

    @Test
    void is_the_recognised_owner_of_the_ground() {
        World w = Worlds.tiny();

        assertEquals(DEF, w.wars().principalDefender(Worlds.attack(w, HOME)));
    }

    @Test
    void is_the_kin_of_the_ground_when_they_defend_it() {
        World w = Worlds.tiny();

        assertEquals(DEF, w.wars().principalDefender(Worlds.attack(w, ENCLAVE)), "the enclave is ATK's, its people DEF's");
    }

    @Test
    void is_whoever_defends_the_attackers_own_ground() {
        SettingBuilder b = TinySetting.builder();
        b.control[BELT][DEF] = 0;
        b.control[BELT][NEU] = 1;
        World w = Worlds.of(b);

        assertEquals(NEU, w.wars().principalDefender(Worlds.attack(w, BELT)));
    }

    @Test
    void is_never_the_attacker_in_a_conflict_over_anothers_land() {
        World w = allHeldByTheAttacker();

        Conflict c = w.wars().openConflict("belt-and-home", ATK, new int[] {BELT, HOME}, 1.0, 1.0);

        assertEquals(DEF, w.wars().principalDefender(c), "nobody defends, but the home province is DEF's");
    }

    @Test
    void is_the_attacker_only_for_ground_all_its_own_that_nobody_defends() {
        World w = allHeldByTheAttacker();

        assertEquals(ATK, w.wars().principalDefender(Worlds.attack(w, BELT)));
    }
}
