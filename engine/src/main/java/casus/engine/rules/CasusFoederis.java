package casus.engine.rules;

import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * How clearly an event obliges a member's allies to act: the legal trigger. Collective defence
 * and mutual assistance cover armed aggression against a member's recognised territory; fighting
 * where only the member's kin live (territory recognised as another state's) gives a weak case.
 * An attack counts more clearly as armed aggression the graver it is. Consultation is due when a
 * member's security is threatened, which a war over its kin also does. Where the border was never
 * delimited, whose ground was taken can be argued, and the case is weaker.
 */
public final class CasusFoederis {
    /** Clarity of a military obligation when the fighting is on territory where the member's kin live. */
    public static final double KIN_CLARITY = 0.15;
    /** Clarity of a consultation obligation when the member's kin, not its territory, are attacked. */
    public static final double KIN_CONSULTATION = 0.5;
    /** Clarity of a military obligation for the least grave attack on recognised territory. */
    public static final double ARMED_ATTACK_FLOOR = 0.3;
    /** How far an undelimited border leaves a member's claim to the ground in doubt. */
    public static final double UNDEMARCATED = 0.5;

    private CasusFoederis() {
    }

    /**
     * 1 when a conflict's target regions include the member's recognised territory, the kin
     * clarity when they include its kin's land, else 0.
     */
    public static double territorial(World w, Conflict c, int member) {
        Setting s = w.setting();
        double best = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            if (s.deJure(r) == member) {
                if (!s.undemarcated(r)) {
                    return 1;
                }
                best = Math.max(best, UNDEMARCATED);
            }
            if (s.kin(r) == member) {
                best = Math.max(best, KIN_CLARITY);
            }
        }
        return best;
    }

    /** How clearly a conflict obliges allies of {@code member} under an obligation, 0 to 1. */
    public static double ofConflict(World w, Conflict c, int member, Obligation obligation) {
        double territorial = territorial(w, c, member);
        if (obligation == Obligation.CONSULTATION) {
            return territorial >= 1 ? 1 : (territorial > 0 ? KIN_CONSULTATION : 0);
        }
        return territorial * armedAttack(c.severity());
    }

    /**
     * How clearly unrest against a member's government obliges its allies: only as far as the
     * government can credibly call it aggression from abroad, for military obligations.
     */
    public static double ofUnrest(World w, int member, Obligation obligation) {
        double unrest = w.unrest(member);
        if (unrest <= 0) {
            return 0;
        }
        if (obligation == Obligation.CONSULTATION) {
            return Math.min(1, 2 * unrest);
        }
        return w.unrestAttribution(member) * armedAttack(unrest);
    }

    /** The clarity an appeal had when it was made, now. */
    public static double ofRequest(World w, Request q) {
        if (q.conflict() < 0) {
            return ofUnrest(w, q.requester(), q.obligation());
        }
        return ofConflict(w, w.conflict(q.conflict()), q.requester(), q.obligation());
    }

    static double armedAttack(double severity) {
        return ARMED_ATTACK_FLOOR + (1 - ARMED_ATTACK_FLOOR) * Math.max(0, Math.min(1, severity));
    }
}
