package casus.engine.rules;

import static casus.engine.model.ModelConstant.THREAT_FIGHTING;
import static casus.engine.model.ModelConstant.THREAT_LOSS;
import static casus.engine.model.ModelConstant.THREAT_SEVERITY;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** How badly an actor needs help: from wars over what it values, incidents against its forces, and its crisis at home. */
class ThreatTest {

    static double k(ModelConstant c) {
        return Constants.k(c);
    }

    @Test
    void calm_threatens_nobody() {
        World w = Worlds.tiny();

        for (int a = 0; a < w.actorCount(); a++) {
            assertEquals(0, Threat.of(w, a));
        }
    }

    @Test
    void a_war_over_ones_land_threatens_by_its_fighting_its_losses_and_its_gravity() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME, BELT);
        w.wars().setIntensity(c, 0.2);
        w.territory().shiftControl(HOME, DEF, ATK, 0.1);
        w.wars().raiseSeverity(c, 0.2);
        double valued = 1 + w.territory().valueOf(BELT, DEF);

        double expected = k(THREAT_FIGHTING) * c.plannedIntensity() + k(THREAT_LOSS) * 0.1 / valued + k(THREAT_SEVERITY) * 0.2;
        assertEquals(Math.min(1, expected), Threat.ofConflict(w, c, DEF), 1e-12, "by the intensity the offensive was launched with");
    }

    @Test
    void a_war_in_a_ceasefire_threatens_only_by_what_it_took_and_its_gravity() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.territory().shiftControl(HOME, DEF, ATK, 0.1);
        w.wars().setPhase(c, Conflict.Phase.CEASEFIRE, NEU, false);

        assertEquals(k(THREAT_LOSS) * 0.1, Threat.ofConflict(w, c, DEF), 1e-12);
    }

    @Test
    void a_war_over_ground_one_does_not_value_is_no_threat() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        assertEquals(0, Threat.ofConflict(w, c, NEU));
    }

    @Test
    void the_attacker_is_not_threatened_by_its_own_offensive() {
        World w = Worlds.tiny();
        Worlds.attack(w, ENCLAVE);

        assertEquals(0, Threat.of(w, ATK));
    }

    @Test
    void an_incident_threatens_only_the_state_whose_forces_it_struck() {
        World w = Worlds.tiny();
        Conflict c = Worlds.incident(w, DEF, 0.4);
        w.wars().raiseSeverity(c, 0.3);

        assertEquals(k(THREAT_FIGHTING) * 0.4 + k(THREAT_SEVERITY) * 0.3, Threat.ofConflict(w, c, DEF), 1e-12);
        assertEquals(0, Threat.ofConflict(w, c, PAT));
        assertEquals(Threat.ofConflict(w, c, DEF), Threat.of(w, DEF), 1e-12);
    }

    @Test
    void unrest_threatens_the_government_by_its_level() {
        World w = Worlds.tiny();
        w.regimes().setUnrest(DEF, 0.4, 0);

        assertEquals(0.4, Threat.of(w, DEF), 1e-12);
        assertEquals(0, Threat.of(w, PAT));
    }

    @Test
    void communal_violence_threatens_the_state_whose_land_it_burns_in() {
        World w = Worlds.tiny();
        w.regimes().setCommunal(HOME, 0.6);
        w.regimes().setCommunal(ENCLAVE, 0.3);

        assertEquals(0.6, Threat.of(w, DEF), 1e-12);
        assertEquals(0.3, Threat.of(w, ATK), 1e-12, "the enclave is ATK's under the law");
    }

    @Test
    void the_gravest_threat_counts() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.regimes().setUnrest(DEF, 0.9, 0);
        double war = Threat.ofConflict(w, c, DEF);

        assertEquals(Math.max(0.9, war), Threat.of(w, DEF), 1e-12);
    }

    @Test
    void the_threat_is_at_most_one() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);
        w.territory().shiftControl(HOME, DEF, ATK, 1);
        w.wars().raiseSeverity(c, 1);

        assertEquals(1, Threat.ofConflict(w, c, DEF), 1e-12);
        assertEquals(1, Threat.of(w, DEF), 1e-12);
    }
}
