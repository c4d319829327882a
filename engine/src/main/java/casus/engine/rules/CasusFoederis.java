package casus.engine.rules;

import static casus.engine.model.ModelConstant.ARMED_ATTACK_FLOOR;
import static casus.engine.model.ModelConstant.KIN_CLARITY;
import static casus.engine.model.ModelConstant.KIN_CONSULTATION;
import static casus.engine.model.ModelConstant.UNDEMARCATED;
import static casus.engine.model.ModelConstant.UNREST_CONSULTATION_SCALE;

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
                best = Math.max(best, w.k(UNDEMARCATED));
            }
            if (s.kin(r) == member) {
                best = Math.max(best, w.k(KIN_CLARITY));
            }
        }
        return best;
    }

    /** How clearly a conflict obliges allies of {@code member} under an obligation, 0 to 1. */
    public static double ofConflict(World w, Conflict c, int member, Obligation obligation) {
        double territorial = territorial(w, c, member);
        if (obligation == Obligation.CONSULTATION) {
            return territorial >= 1 ? 1 : (territorial > 0 ? w.k(KIN_CONSULTATION) : 0);
        }
        return territorial * armedAttack(w, c.severity());
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
            return Math.min(1, w.k(UNREST_CONSULTATION_SCALE) * unrest);
        }
        return w.unrestAttribution(member) * armedAttack(w, unrest);
    }

    /** The clarity an appeal had when it was made, now. */
    public static double ofRequest(World w, Request q) {
        if (q.conflict() < 0) {
            return ofUnrest(w, q.requester(), q.obligation());
        }
        return ofConflict(w, w.conflict(q.conflict()), q.requester(), q.obligation());
    }

    static double armedAttack(World w, double severity) {
        double floor = w.k(ARMED_ATTACK_FLOOR);
        return floor + (1 - floor) * Math.max(0, Math.min(1, severity));
    }
}
