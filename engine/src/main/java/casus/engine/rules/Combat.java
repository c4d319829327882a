package casus.engine.rules;

import static casus.engine.model.ModelConstant.AIR_DEFENCE_SHIELD;
import static casus.engine.model.ModelConstant.ATTRITION;
import static casus.engine.model.ModelConstant.ATTRITION_CAP;
import static casus.engine.model.ModelConstant.INTERVENTION_SHARE;
import static casus.engine.model.ModelConstant.LETHALITY;
import static casus.engine.model.ModelConstant.LUCK;
import static casus.engine.model.ModelConstant.SEVERITY_AREA;
import static casus.engine.model.ModelConstant.SEVERITY_DEATHS;

import casus.engine.model.DeploymentKind;
import casus.engine.model.Numeric;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
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
        return w.military().availableTroops(c.attacker()) * x;
    }

    /** Troops engaged by the defence: each defender's share as in {@link Forces#contribution}. */
    public static double defenceTroops(World w, Conflict c) {
        double sum = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (c.defends(a)) {
                double ready = w.military().available(a);
                sum += ready <= 0 ? 0 : w.military().availableTroops(a) * Forces.contribution(w, c, a) / ready;
            } else if ((c.interveners() & (1L << a)) != 0) {
                sum += w.military().availableTroops(a) * w.k(INTERVENTION_SHARE);
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
     * Resolves today's fighting in a conflict at the intensity the attacker chose and the intensity
     * at which the principal defender fires back; returns the deaths. An offensive for ground moves
     * control as far as the force ratio allows and kills on both sides in proportion to the troops
     * engaged; fire that seeks no ground kills on the side it strikes in proportion to the fire
     * (less where air defence guards), and fire back kills on the attacker's in proportion to the
     * smaller of the two forces facing each other. Nothing happens on a day both hold.
     */
    public static double resolve(World w, Conflict c, RandomGenerator rng) {
        double x = c.intensity();
        double y = c.counterIntensity();
        if (x <= 0 && y <= 0 || c.phase() != Conflict.Phase.ACTIVE) {
            return 0;
        }
        double area = 0;
        double deaths = 0;
        if (x > 0 && c.strike()) {
            double struck = w.k(LETHALITY) * attackTroops(w, c, x) * (1 - w.k(AIR_DEFENCE_SHIELD) * shielded(w, c)) * luck(w, rng);
            killDefence(w, c, struck);
            deaths += struck;
        } else if (x > 0) {
            double rho = meanRatio(w, c, x);
            area = advance(w, c, x, rng);
            double fought = expectedDeaths(w, c, x) * luck(w, rng);
            double attackerDeaths = fought / (1 + rho);
            w.military().addCasualties(c.attacker(), attackerDeaths);
            wear(w, c.attacker(), attackerDeaths);
            killDefence(w, c, fought - attackerDeaths);
            deaths += fought;
        }
        if (y > 0) {
            double engaged = w.military().availableTroops(c.attacker()) * Math.max(x, y);
            // Outside any region the attacker's engaged forces face the target's own, which fire back at them.
            double facing = c.regionCount() == 0 ? engaged : Math.min(defenceTroops(w, c), engaged);
            double returned = w.k(LETHALITY) * y * facing * luck(w, rng);
            w.military().addCasualties(c.attacker(), returned);
            wear(w, c.attacker(), returned);
            deaths += returned;
        }
        w.wars().raiseSeverity(c, deaths / w.k(SEVERITY_DEATHS) + area / w.k(SEVERITY_AREA));
        w.wars().recordFighting(c);
        return deaths;
    }

    /** Control moves toward the attacker in each target region; returns km² taken. */
    private static double advance(World w, Conflict c, double x, RandomGenerator rng) {
        double area = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            double shift = Math.min(Forces.remaining(w, c, r), Forces.expectedShift(w, c, r, x) * luck(w, rng));
            if (shift > 0) {
                area += take(w, r, c.attacker(), shift);
            }
        }
        return area;
    }

    private static double meanRatio(World w, Conflict c, double x) {
        double sum = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            sum += Forces.ratio(w, c, c.region(k), x);
        }
        return sum / c.regionCount();
    }

    /** Deaths on the defence's side, shared among those defending by the troops each engages. */
    private static void killDefence(World w, Conflict c, double deaths) {
        double defenceTroops = defenceTroops(w, c);
        if (deaths <= 0) {
            return;
        }
        if (defenceTroops <= 0) {
            int d = w.wars().principalDefender(c);
            w.military().addCasualties(d, deaths);
            return;
        }
        for (int a = 0; a < w.actorCount(); a++) {
            double share = 0;
            if (c.defends(a)) {
                double ready = w.military().available(a);
                share = ready <= 0 ? 0 : w.military().availableTroops(a) * Forces.contribution(w, c, a) / ready;
            } else if ((c.interveners() & (1L << a)) != 0) {
                share = w.military().availableTroops(a) * w.k(INTERVENTION_SHARE);
            }
            if (share > 0) {
                double d = deaths * share / defenceTroops;
                w.military().addCasualties(a, d);
                wear(w, a, d);
            }
        }
    }

    /** 1 when an ally's air defence guards where the fire falls, else 0. */
    static double shielded(World w, Conflict c) {
        for (int pIndex = 0; pIndex < w.military().presenceCount(); pIndex++) {
            Presence p = w.military().presence(pIndex);
            if (p.kind() == DeploymentKind.AIR_DEFENCE
                    && (p.region() >= 0 && c.targets(p.region()) || c.regionCount() == 0 && p.host() == w.wars().principalDefender(c))) {
                return 1;
            }
        }
        return 0;
    }

    /** Moves a share of a region from those who hold it to the attacker; returns km² moved. */
    static double take(World w, int r, int attacker, double share) {
        double others = 1 - w.territory().control(r, attacker);
        if (others <= Numeric.NEGLIGIBLE) {
            return 0;
        }
        double moved = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            double held = w.territory().control(r, a);
            if (a != attacker && held > 0) {
                moved += w.territory().shiftControl(r, a, attacker, share * held / others);
            }
        }
        return moved * w.setting().area(r);
    }

    private static void wear(World w, int a, double deaths) {
        double troops = Math.max(1, w.military().availableTroops(a));
        w.military().raisePower(a, -Math.min(w.k(ATTRITION_CAP), w.k(ATTRITION) * deaths / troops));
    }

    private static double luck(World w, RandomGenerator rng) {
        return Numeric.lognormalLuck(w.k(LUCK), rng.nextGaussian());
    }
}
