package casus.engine.rules;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Proposal;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** The terms every ceasefire carries: who leaves which ground. */
class SettlementTest {

    static void agree(World w, Conflict c) {
        Proposal p = w.propose(NEU, c.index(), false);
        w.accept(p, ATK);
        w.accept(p, DEF);
        Ceasefires.settle(w, c);
    }

    @Test
    void the_defenders_leave_the_attackers_recognised_land_where_none_of_their_kin_live() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, BELT, ENCLAVE);

        agree(w, c);

        assertEquals(1, w.control(BELT, ATK), 1e-12);
        assertEquals(0, w.control(BELT, DEF), 1e-12);
    }

    @Test
    void the_defenders_keep_the_attackers_recognised_land_where_their_kin_live() {
        World w = Worlds.tiny();
        w.shiftControl(ENCLAVE, DEF, ATK, 0.3);
        Conflict c = Worlds.attack(w, BELT, ENCLAVE);

        agree(w, c);

        assertEquals(0.3, w.control(ENCLAVE, ATK), 1e-12);
        assertEquals(0.7, w.control(ENCLAVE, DEF), 1e-12);
    }

    @Test
    void nothing_is_handed_over_on_the_victims_own_territory() {
        World w = Worlds.tiny();
        w.shiftControl(HOME, DEF, ATK, 0.2);
        Conflict c = Worlds.attack(w, HOME);

        agree(w, c);

        assertEquals(0.2, w.control(HOME, ATK), 1e-12);
        assertEquals(0, Settlement.handoverValue(w, c, ATK), 1e-12);
        assertEquals(0, Settlement.handoverValue(w, c, DEF), 1e-12);
    }

    @Test
    void the_handover_is_worth_the_ground_to_the_attacker_and_its_stake_to_the_defender() {
        World w = Worlds.tiny();
        w.shiftControl(BELT, DEF, ATK, 0.4);
        Conflict c = Worlds.attack(w, BELT, ENCLAVE);

        assertEquals(0.6, Settlement.handoverValue(w, c, ATK), 1e-12);
        assertEquals(0.5 * 0.6, Settlement.handoverValue(w, c, DEF), 1e-12);
        assertTrue(w.valueOf(BELT, DEF) < 1, "DEF values the belt by its stake only");
    }
}
