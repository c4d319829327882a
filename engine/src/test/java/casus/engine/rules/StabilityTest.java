package casus.engine.rules;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.rules.Alliances;
import casus.engine.model.DeploymentKind;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.FixedRandom;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Presence;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** A government's stability under unrest, defeat and calm. */
class StabilityTest {

    static double[] nothingLostBefore(World w) {
        double[] lost = new double[w.actorCount()];
        for (int a = 0; a < lost.length; a++) {
            lost[a] = w.lostValue(a);
        }
        return lost;
    }

    static long day(World w) {
        return Stability.update(w, nothingLostBefore(w), FixedRandom.median());
    }

    @Test
    void unrest_erodes_stability_when_security_does_not_hold() {
        World w = Worlds.tiny();
        w.setUnrest(DEF, 1, 0);
        double before = w.stability(DEF);

        day(w);

        assertTrue(w.stability(DEF) < before);
    }

    @Test
    void more_unrest_erodes_more() {
        World calmer = Worlds.tiny();
        calmer.setUnrest(DEF, 0.3, 0);
        World wilder = Worlds.tiny();
        wilder.setUnrest(DEF, 0.9, 0);

        day(calmer);
        day(wilder);

        assertTrue(wilder.stability(DEF) < calmer.stability(DEF));
    }

    @Test
    void foreign_peacekeepers_guarding_the_government_stop_the_erosion() {
        World w = Worlds.tiny();
        w.setUnrest(DEF, 1, 0.8);
        w.deploy(new Presence(-1, BLOC, -1, DEF, (long) Constants.k(ModelConstant.REGIME_TROOPS), DeploymentKind.PEACEKEEPERS, 0));
        double before = w.stability(DEF);

        day(w);

        assertEquals(1, Stability.foreignSecurity(w, DEF), 1e-12);
        assertEquals(before, w.stability(DEF), 1e-12);
        assertTrue(w.unrest(DEF) < 1, "unrest fades under security");
    }

    @Test
    void peacekeepers_hosted_elsewhere_give_no_security() {
        World w = Worlds.tiny();
        w.deploy(new Presence(-1, BLOC, -1, ATK, (long) Constants.k(ModelConstant.REGIME_TROOPS), DeploymentKind.PEACEKEEPERS, 0));

        assertEquals(0, Stability.foreignSecurity(w, DEF));
    }

    @Test
    void a_regime_below_the_collapse_line_falls() {
        SettingBuilder b = TinySetting.builder();
        b.stability[DEF] = Constants.k(ModelConstant.COLLAPSE) + 0.01;
        World w = Worlds.of(b);
        w.setUnrest(DEF, 1, 0);

        long fell = day(w);

        assertTrue(w.stability(DEF) < Constants.k(ModelConstant.COLLAPSE));
        assertTrue(w.regimeFallen(DEF));
        assertEquals(1L << DEF, fell);
    }

    @Test
    void a_regime_that_holds_above_the_line_stands() {
        World w = Worlds.tiny();
        w.setUnrest(DEF, 0.2, 0);

        assertEquals(0, day(w));
        assertFalse(w.regimeFallen(DEF));
    }

    @Test
    void losing_valued_ground_shakes_the_government() {
        World w = Worlds.tiny();
        double[] before = nothingLostBefore(w);
        double stability = w.stability(DEF);
        w.shiftControl(HOME, DEF, ATK, 0.5);

        Stability.update(w, before, FixedRandom.median());

        assertEquals(stability - Constants.k(ModelConstant.DEFEAT_SHOCK) * 0.5, w.stability(DEF), 1e-12);
    }

    @Test
    void calm_lets_stability_recover_toward_where_it_started() {
        World w = Worlds.tiny();
        double start = w.stability(DEF);
        w.setStability(DEF, start - 0.2);

        day(w);

        assertEquals(start - 0.2 * (1 - Constants.k(ModelConstant.RECOVERY)), w.stability(DEF), 1e-12);
    }
}
