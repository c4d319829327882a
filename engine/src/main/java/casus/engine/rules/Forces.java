package casus.engine.rules;

import static casus.engine.model.ModelConstant.ADVANCE_KM2;
import static casus.engine.model.ModelConstant.BROKEN_DEFENCE_RATIO;
import static casus.engine.model.ModelConstant.FIRE_BACK_DEFENCE;
import static casus.engine.model.ModelConstant.HOLDING_SHARE;
import static casus.engine.model.ModelConstant.HORIZON_DAYS;
import static casus.engine.model.ModelConstant.INTERVENTION_SHARE;
import static casus.engine.model.ModelConstant.TERRAIN_BONUS;

import casus.engine.model.DeploymentKind;
import casus.engine.model.Numeric;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.World;

/**
 * The balance of forces in a conflict, and what it lets each side expect. Power is defence
 * spending, the same measure for every actor; an actor brings what is ready and not committed
 * elsewhere.
 */
public final class Forces {

    private Forces() {
    }

    /** The attacker's force at an intensity. */
    public static double attack(World w, Conflict c, double intensity) {
        return w.military().available(c.attacker()) * intensity;
    }

    /** What one defender brings: all it has on its own soil or land it holds, a share elsewhere. */
    public static double contribution(World w, Conflict c, int d) {
        Setting s = w.setting();
        double share = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            if (s.deJure(r) == d || w.territory().control(r, d) > w.k(HOLDING_SHARE)) {
                share = Math.max(share, 1 - w.territory().blockade(r));
            }
        }
        if (share < 1) {
            double troops = 0;
            for (int pIndex = 0; pIndex < w.military().presenceCount(); pIndex++) {
                Presence p = w.military().presence(pIndex);
                if (p.actor() == d && p.kind() == DeploymentKind.FORCES && c.targets(p.region())) {
                    troops += p.troops();
                }
            }
            double ready = w.military().availableTroops(d);
            if (ready > 0) {
                share = Math.max(share, Math.min(1, troops / ready));
            }
        }
        return w.military().available(d) * share;
    }

    /**
     * The defence's whole force: defenders, intervening allies and any collective deployment,
     * stiffened on a day the principal defender fires back.
     */
    public static double defence(World w, Conflict c) {
        return (1 + w.k(FIRE_BACK_DEFENCE) * c.counterIntensity()) * standingDefence(w, c);
    }

    /** The defence's whole force before any fire back: defenders, intervening allies, any collective deployment. */
    public static double standingDefence(World w, Conflict c) {
        double sum = c.allianceForce();
        long defenders = c.defenders();
        long interveners = c.interveners() & ~defenders;
        for (int a = 0; a < w.actorCount(); a++) {
            long bit = 1L << a;
            if ((defenders & bit) != 0) {
                sum += contribution(w, c, a);
            } else if ((interveners & bit) != 0) {
                sum += w.military().available(a) * w.k(INTERVENTION_SHARE);
            }
        }
        return sum;
    }

    /** Force ratio in a region: attack over defence, the defence multiplied by terrain. */
    public static double ratio(World w, Conflict c, int region, double intensity) {
        return ratio(w, c, region, intensity, defence(w, c));
    }

    /** {@link #ratio(World, Conflict, int, double)} given the conflict's {@link #defence}. */
    public static double ratio(World w, Conflict c, int region, double intensity, double wholeDefence) {
        double defence = wholeDefence * (1 + w.k(TERRAIN_BONUS) * w.setting().terrain(region));
        double attack = attack(w, c, intensity);
        if (defence <= Numeric.TINY) {
            return attack > 0 ? w.k(BROKEN_DEFENCE_RATIO) : 1;
        }
        return attack / defence;
    }

    /** Share of a region the attacker expects to take in a day, before luck. */
    public static double expectedShift(World w, Conflict c, int region, double intensity) {
        return intensity <= 0 ? 0 : expectedShift(w, c, region, intensity, defence(w, c));
    }

    /** {@link #expectedShift(World, Conflict, int, double)} given the conflict's {@link #defence}. */
    public static double expectedShift(World w, Conflict c, int region, double intensity, double wholeDefence) {
        if (intensity <= 0 || c.strike()) {
            return 0;
        }
        double rho = ratio(w, c, region, intensity, wholeDefence);
        double area = Math.max(1, w.setting().area(region));
        return Math.min(1, w.k(ADVANCE_KM2) / area * intensity * Math.max(0, (rho - 1) / (rho + 1)));
    }

    /** What the attacker still wants of a region: its objective less what it holds. */
    public static double remaining(World w, Conflict c, int region) {
        return Math.max(0, c.objective() - w.territory().control(region, c.attacker()));
    }

    /**
     * Value, to actor {@code a}, of the ground the attacker is expected to take over the horizon
     * at an intensity (positive: the attacker gains it).
     */
    public static double projectedGain(World w, Conflict c, int a, double intensity) {
        return projectedGain(w, c, a, intensity, intensity <= 0 ? 0 : defence(w, c));
    }

    /** {@link #projectedGain(World, Conflict, int, double)} given the conflict's {@link #defence}. */
    public static double projectedGain(World w, Conflict c, int a, double intensity, double wholeDefence) {
        double sum = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            double gain = Math.min(remaining(w, c, r), w.whole(HORIZON_DAYS) * expectedShift(w, c, r, intensity, wholeDefence));
            sum += c.ofAim(k, gain) * w.territory().valueOf(r, a);
        }
        return sum;
    }

    /**
     * The risk an actor runs of war with stronger powers when it fights {@code enemy} at an
     * intensity: for each third power that would stand by the enemy, the chance it does times its
     * weight against the actor (its power, multiplied by its own alliances' backing, over both).
     */
    public static double escalationRisk(World w, int actor, int enemy, Conflict c, double intensity) {
        if (intensity <= 0) {
            return 0;
        }
        return escalationExposure(w, actor, enemy, c) * intensity;
    }

    /** The escalation risk at full intensity: what {@link #escalationRisk} scales by the intensity. */
    public static double escalationExposure(World w, int actor, int enemy, Conflict c) {
        double own = w.military().available(actor);
        double risk = 0;
        for (int k = 0; k < w.actorCount(); k++) {
            if (k == actor || k == enemy) {
                continue;
            }
            double p = Backing.resolve(w, actor, k, enemy, c);
            if (p <= 0) {
                continue;
            }
            double theirs = w.military().available(k) * w.setting().backing(k);
            risk += p * theirs / (theirs + own + Numeric.TINY);
        }
        return Math.min(1, risk);
    }
}
