package casus.engine.rules;

import static casus.engine.model.ModelConstant.BASE_TRIPWIRE;
import static casus.engine.model.ModelConstant.INTRA_ALLIANCE_CLARITY;
import static casus.engine.model.ModelConstant.PARTNER_ALIGNMENT;
import static casus.engine.model.ModelConstant.PARTNER_RESOLVE;
import static casus.engine.model.ModelConstant.PROTECTION_RESOLVE;
import static casus.engine.model.ModelConstant.RED_LINE_RESOLVE;

import casus.engine.model.Article;
import casus.engine.model.DecisionRule;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.Minds;
import casus.engine.world.Presence;
import casus.engine.world.Treaties;
import casus.engine.world.World;

/**
 * Who would stand by whom: the chance, as an actor sees it, that a third power fights for one
 * side of a conflict. Treaty allies stand by as far as the actor believes they honour their word
 * and the casus is clear; a state that has declared it protects the side stands by it as far as it
 * is believed; a power with a red line in a region stands by its line; a power with a stake in a
 * region may step in to keep it from being lost, the likelier the more is lost; a power whose
 * forces stand where the attack lands (a base, peacekeepers, air defence, a tripwire) is drawn in,
 * as far as it is believed; a close partner without a treaty may stand by too.
 */
public final class Backing {
    private Backing() {
    }

    /** As {@code viewer} sees it, the chance that {@code backer} fights for {@code side} in c. */
    public static double resolve(World w, int viewer, int backer, int side, Conflict c) {
        Setting s = w.setting();
        Treaties treaties = w.treaties();
        Minds minds = w.minds();
        double p = 0;
        for (int t = 0; t < s.treatyCount(); t++) {
            if (!treaties.activeMember(t, backer) || !treaties.activeMember(t, side) || !s.military(t)) {
                continue;
            }
            int subject = s.rule(t) == DecisionRule.CONSENSUS ? s.treatySubject(t) : backer;
            double clarity = CasusFoederis.territorial(w, c, side);
            int opponent = side == c.attacker() ? w.wars().principalDefender(c) : c.attacker();
            if (treaties.activeMember(t, opponent)) {
                clarity *= w.k(INTRA_ALLIANCE_CLARITY);
            }
            p = Math.max(p, minds.belief(viewer, subject) * clarity);
        }
        if (treaties.protects(backer, side)) {
            p = Math.max(p, w.k(PROTECTION_RESOLVE) * minds.belief(viewer, backer));
        }
        if (side != c.attacker()) {
            for (int k = 0; k < c.regionCount(); k++) {
                int r = c.region(k);
                if (s.redLine(r, backer)) {
                    p = Math.max(p, w.k(RED_LINE_RESOLVE));
                }
                p = Math.max(p, s.stake(r, backer) * w.territory().control(r, c.attacker()));
            }
            if (forcesWhereAttackLands(w, backer, c)) {
                p = Math.max(p, w.k(BASE_TRIPWIRE) * minds.belief(viewer, backer));
            }
        }
        double alignment = minds.alignment(backer, side);
        double threshold = w.k(PARTNER_ALIGNMENT);
        if (alignment > threshold) {
            p = Math.max(p, w.k(PARTNER_RESOLVE) * (alignment - threshold) / (1 - threshold));
        }
        return p;
    }

    /**
     * Whether an actor keeps forces where a conflict's attack lands: a base, combat forces,
     * peacekeepers or air defence in one of its regions, or guarding the target of an incident.
     */
    public static boolean forcesWhereAttackLands(World w, int actor, Conflict c) {
        for (int pIndex = 0; pIndex < w.military().presenceCount(); pIndex++) {
            Presence p = w.military().presence(pIndex);
            if (p.actor() != actor || p.troops() <= 0 || p.kind() == DeploymentKind.OBSERVERS) {
                continue;
            }
            if (p.region() >= 0 && c.targets(p.region()) || c.regionCount() == 0 && p.host() == c.target()) {
                return true;
            }
        }
        return false;
    }

}
