package casus.engine.rules;

import static casus.engine.model.ModelConstant.ARMED_ATTACK_FLOOR;
import static casus.engine.model.ModelConstant.CLAIM_CREDENCE;
import static casus.engine.model.ModelConstant.COMMUNAL_CONSULTATION;
import static casus.engine.model.ModelConstant.COMMUNAL_PEACEKEEPING;
import static casus.engine.model.ModelConstant.FORCES_ABROAD_CLARITY;
import static casus.engine.model.ModelConstant.INTRA_ALLIANCE_CLARITY;
import static casus.engine.model.ModelConstant.KIN_CLARITY;
import static casus.engine.model.ModelConstant.KIN_CONSULTATION;
import static casus.engine.model.ModelConstant.UNDEMARCATED;
import static casus.engine.model.ModelConstant.UNREST_CONSULTATION_SCALE;

import casus.engine.model.Ask;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * How clearly an event obliges a member's allies to act: the legal trigger. Collective defence
 * and mutual assistance cover armed aggression against a member's recognised territory; fighting
 * where only the member's kin live (territory recognised as another state's) gives a weak case,
 * and an attack on its forces outside its territory (at sea, in the air) a partial one. An attack
 * counts more clearly as armed aggression the graver it is. Where the border was never delimited,
 * whose ground was taken can be argued. When the attacker is itself a member of the same treaty,
 * the treaty's defence clause reads weakly: an alliance is made against outsiders. Consultation is
 * due when a member's security is threatened. Unrest obliges allies militarily only as far as they
 * credit the government's claim of aggression from abroad; violence between communities is no
 * aggression at all, though peacekeepers may be asked for.
 */
public final class CasusFoederis {
    private CasusFoederis() {
    }

    /**
     * How clearly a conflict's target is the member's own: 1 for its recognised territory (less
     * where the border was never delimited), the kin clarity for its kin's land, the forces-abroad
     * clarity for an incident against its forces outside any region, else 0.
     */
    public static double territorial(World w, Conflict c, int member) {
        if (c.regionCount() == 0) {
            return c.target() == member ? w.k(FORCES_ABROAD_CLARITY) : 0;
        }
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

    /** How clearly a conflict obliges allies of {@code member} under an obligation of a treaty, 0 to 1. */
    public static double ofConflict(World w, Conflict c, int member, int treaty, Obligation obligation) {
        double territorial = territorial(w, c, member);
        if (obligation == Obligation.CONSULTATION) {
            return territorial >= 1 ? 1 : (territorial > 0 ? w.k(KIN_CONSULTATION) : 0);
        }
        if (!obligation.military()) {
            return 0;
        }
        double clarity = territorial * armedAttack(w, c.severity());
        return treaty >= 0 && w.treaties().activeMember(treaty, c.attacker()) ? clarity * w.k(INTRA_ALLIANCE_CLARITY) : clarity;
    }

    /**
     * How clearly a member's crisis at home obliges its allies under an obligation: for unrest,
     * consultation as far as the unrest threatens its security, military help as far as allies
     * credit the government's claim of aggression from abroad; for violence between communities,
     * consultation and peacekeepers on a weaker footing, never collective defence.
     */
    public static double ofCrisisAtHome(World w, int member, Obligation obligation, Ask ask) {
        double unrest = w.regimes().unrest(member);
        if (unrest > 0) {
            if (obligation == Obligation.CONSULTATION) {
                return Math.min(1, w.k(UNREST_CONSULTATION_SCALE) * unrest);
            }
            if (!obligation.military()) {
                return 0;
            }
            return w.regimes().unrestAttribution(member) * w.k(CLAIM_CREDENCE) * armedAttack(w, unrest);
        }
        if (w.regimes().communalIn(member) > 0) {
            if (obligation == Obligation.CONSULTATION) {
                return w.k(COMMUNAL_CONSULTATION);
            }
            return obligation.military() && ask == Ask.PEACEKEEPERS ? w.k(COMMUNAL_PEACEKEEPING) : 0;
        }
        return 0;
    }

    /** The clarity an appeal has now. */
    public static double ofRequest(World w, Request q) {
        if (q.conflict() < 0) {
            return ofCrisisAtHome(w, q.requester(), q.obligation(), q.ask());
        }
        return ofConflict(w, w.wars().conflict(q.conflict()), q.requester(), q.treaty(), q.obligation());
    }

    static double armedAttack(World w, double severity) {
        double floor = w.k(ARMED_ATTACK_FLOOR);
        return floor + (1 - floor) * Math.max(0, Math.min(1, severity));
    }
}
