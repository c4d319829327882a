package casus.engine.rules;

import static casus.engine.model.ModelConstant.COLLAPSE;
import static casus.engine.model.ModelConstant.DEFEAT_SHOCK;
import static casus.engine.model.ModelConstant.RECOVERY;
import static casus.engine.model.ModelConstant.REGIME_TROOPS;
import static casus.engine.model.ModelConstant.UNREST_DECAY;
import static casus.engine.model.ModelConstant.UNREST_EROSION;
import static casus.engine.model.ModelConstant.UNREST_FLOOR;
import static casus.engine.model.ModelConstant.UNREST_LUCK;

import casus.engine.model.Numeric;
import casus.engine.world.Presence;
import casus.engine.world.World;
import java.util.random.RandomGenerator;

/**
 * Domestic stability. Unrest wears a government down unless security forces hold: its own, as far
 * as they stay loyal, and any foreign peacekeepers guarding its key sites. Defeats in war shake a
 * government too. Calm lets stability recover. A regime whose stability falls below the collapse
 * line falls.
 */
public final class Stability {

    private Stability() {
    }

    /** One day of every actor's domestic politics; returns a bit set of regimes that fell today. */
    public static long update(World w, double[] lostBefore, RandomGenerator rng) {
        long fell = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (w.regimeFallen(a)) {
                continue;
            }
            double stability = w.stability(a);
            double unrest = w.unrest(a);
            if (unrest > 0) {
                double security = Math.min(1, w.setting().readiness(a) * stability + foreignSecurity(w, a));
                double luck = Numeric.lognormalLuck(w.k(UNREST_LUCK), rng.nextGaussian());
                stability -= w.k(UNREST_EROSION) * unrest * (1 - security) * luck;
                double left = unrest * (1 - w.k(UNREST_DECAY) * security);
                w.setUnrest(a, left < w.k(UNREST_FLOOR) ? 0 : left, w.unrestAttribution(a));
            } else {
                stability += w.k(RECOVERY) * (w.setting().stability(a) - stability);
            }
            double lost = w.lostValue(a) - lostBefore[a];
            if (lost > 0) {
                stability -= w.k(DEFEAT_SHOCK) * lost;
            }
            w.setStability(a, stability);
            if (w.stability(a) < w.k(COLLAPSE)) {
                w.regimeFalls(a);
                fell |= 1L << a;
            }
        }
        return fell;
    }

    /** Security foreign peacekeepers give a host government, 0 to 1. */
    public static double foreignSecurity(World w, int host) {
        double troops = 0;
        for (int pIndex = 0; pIndex < w.presenceCount(); pIndex++) {
            Presence p = w.presence(pIndex);
            if (p.host() == host) {
                troops += p.troops();
            }
        }
        return Math.min(1, troops / w.k(REGIME_TROOPS));
    }
}
