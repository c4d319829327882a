package casus.engine.rules;

import casus.engine.choice.Alliances;
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
    /** Stability lost per day to full unrest with no security at all. */
    public static final double UNREST_EROSION = 0.06;
    /** Share of unrest that fades per day under full security. */
    public static final double UNREST_DECAY = 0.25;
    /** Stability below which a regime falls. */
    public static final double COLLAPSE = 0.1;
    /** Stability lost per region-value unit of ground lost. */
    public static final double DEFEAT_SHOCK = 0.1;
    /** Share of the gap to its starting stability a calm regime recovers per day. */
    public static final double RECOVERY = 0.02;

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
                double luck = Math.exp(0.5 * rng.nextGaussian() - 0.125);
                stability -= UNREST_EROSION * unrest * (1 - security) * luck;
                double left = unrest * (1 - UNREST_DECAY * security);
                w.setUnrest(a, left < 0.02 ? 0 : left, w.unrestAttribution(a));
            } else {
                stability += RECOVERY * (w.setting().stability(a) - stability);
            }
            double lost = w.lostValue(a) - lostBefore[a];
            if (lost > 0) {
                stability -= DEFEAT_SHOCK * lost;
            }
            w.setStability(a, stability);
            if (w.stability(a) < COLLAPSE) {
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
        return Math.min(1, troops / Alliances.REGIME_TROOPS);
    }
}
