package casus.engine.rules;

import static casus.engine.model.ModelConstant.ATTRITION;
import static casus.engine.model.ModelConstant.ATTRITION_CAP;
import static casus.engine.model.ModelConstant.INTERVENTION_SHARE;
import static casus.engine.model.ModelConstant.LETHALITY;
import static casus.engine.model.ModelConstant.LUCK;
import static casus.engine.model.ModelConstant.SEVERITY_AREA;
import static casus.engine.model.ModelConstant.SEVERITY_DEATHS;

import casus.engine.model.Numeric;
import casus.engine.world.Conflict;
import casus.engine.world.World;
import java.util.random.RandomGenerator;

/**
 * A day of fighting: control shifts toward the attacker as far as the force ratio allows, both
 * sides lose soldiers in proportion to the troops engaged, the weaker side more, and losses wear
 * down power. Daily luck multiplies both.
 */
public final class Combat {
    private Combat() {
    }

    /** Troops engaged by the attacker at an intensity. */
    static double attackTroops(World w, Conflict c, double x) {
        return w.availableTroops(c.attacker()) * x;
    }

    /** Troops engaged by the defence: each defender's share as in {@link Forces#contribution}. */
    public static double defenceTroops(World w, Conflict c) {
        double sum = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (c.defends(a)) {
                double ready = w.available(a);
                sum += ready <= 0 ? 0 : w.availableTroops(a) * Forces.contribution(w, c, a) / ready;
            } else if ((c.interveners() & (1L << a)) != 0) {
                sum += w.availableTroops(a) * w.k(INTERVENTION_SHARE);
            }
        }
        return sum;
    }

    /** Deaths on both sides expected in a day at an intensity, before luck. */
    public static double expectedDeaths(World w, Conflict c, double x) {
        return expectedDeaths(w, c, x, defenceTroops(w, c));
    }

    /** {@link #expectedDeaths(World, Conflict, double)} given the {@link #defenceTroops}. */
    public static double expectedDeaths(World w, Conflict c, double x, double defenceTroops) {
        return w.k(LETHALITY) * x * (attackTroops(w, c, x) + defenceTroops);
    }

    /**
     * Resolves today's fighting in a conflict at the intensity the attacker chose; returns the
     * deaths. Does nothing on a day the attacker holds.
     */
    public static double resolve(World w, Conflict c, RandomGenerator rng) {
        double x = c.intensity();
        if (x <= 0 || c.phase() != Conflict.Phase.ACTIVE) {
            return 0;
        }
        int attacker = c.attacker();
        double area = 0;
        double rhoSum = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            rhoSum += Forces.ratio(w, c, r, x);
            double shift = Math.min(Forces.remaining(w, c, r), Forces.expectedShift(w, c, r, x) * luck(w, rng));
            if (shift > 0) {
                area += take(w, r, attacker, shift);
            }
        }
        double rho = rhoSum / c.regionCount();
        double deaths = expectedDeaths(w, c, x) * luck(w, rng);
        double attackerDeaths = deaths / (1 + rho);
        w.addCasualties(attacker, attackerDeaths);
        wear(w, attacker, attackerDeaths);
        double defenceDeaths = deaths - attackerDeaths;
        double defenceTroops = defenceTroops(w, c);
        if (defenceTroops > 0) {
            for (int a = 0; a < w.actorCount(); a++) {
                double share = 0;
                if (c.defends(a)) {
                    double ready = w.available(a);
                    share = ready <= 0 ? 0 : w.availableTroops(a) * Forces.contribution(w, c, a) / ready;
                } else if ((c.interveners() & (1L << a)) != 0) {
                    share = w.availableTroops(a) * w.k(INTERVENTION_SHARE);
                }
                if (share > 0) {
                    double d = defenceDeaths * share / defenceTroops;
                    w.addCasualties(a, d);
                    wear(w, a, d);
                }
            }
        }
        w.raiseSeverity(c, deaths / w.k(SEVERITY_DEATHS) + area / w.k(SEVERITY_AREA));
        w.recordFighting(c);
        return deaths;
    }

    /** Moves a share of a region from those who hold it to the attacker; returns km² moved. */
    static double take(World w, int r, int attacker, double share) {
        double others = 1 - w.control(r, attacker);
        if (others <= Numeric.NEGLIGIBLE) {
            return 0;
        }
        double moved = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            double held = w.control(r, a);
            if (a != attacker && held > 0) {
                moved += w.shiftControl(r, a, attacker, share * held / others);
            }
        }
        return moved * w.setting().area(r);
    }

    private static void wear(World w, int a, double deaths) {
        double troops = Math.max(1, w.availableTroops(a));
        w.raisePower(a, -Math.min(w.k(ATTRITION_CAP), w.k(ATTRITION) * deaths / troops));
    }

    private static double luck(World w, RandomGenerator rng) {
        return Numeric.lognormalLuck(w.k(LUCK), rng.nextGaussian());
    }
}
