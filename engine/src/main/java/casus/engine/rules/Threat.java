package casus.engine.rules;

import static casus.engine.model.ModelConstant.THREAT_FIGHTING;
import static casus.engine.model.ModelConstant.THREAT_LOSS;
import static casus.engine.model.ModelConstant.THREAT_SEVERITY;

import casus.engine.world.Conflict;
import casus.engine.world.Territory;
import casus.engine.world.World;

/**
 * How badly an actor needs help, 0 to 1: from the wars over ground it values or against its
 * forces (their intensity, what it has lost, how grave they have become), from unrest against its
 * government, and from violence between communities in its land.
 */
public final class Threat {
    private Threat() {
    }

    public static double of(World w, int actor) {
        double need = Math.max(w.regimes().unrest(actor), w.regimes().communalIn(actor));
        for (int cIndex = 0; cIndex < w.wars().conflictCount(); cIndex++) {
            Conflict c = w.wars().conflict(cIndex);
            if (c.attacker() != actor) {
                need = Math.max(need, ofConflict(w, c, actor));
            }
        }
        return Math.min(1, need);
    }

    /** The threat one conflict poses to an actor who values its regions, or whose forces it strikes. */
    public static double ofConflict(World w, Conflict c, int actor) {
        double fighting = c.active() ? w.k(THREAT_FIGHTING) * c.plannedIntensity() : 0;
        if (c.regionCount() == 0) {
            return c.target() == actor ? Math.min(1, fighting + w.k(THREAT_SEVERITY) * c.severity()) : 0;
        }
        Territory ground = w.territory();
        double valued = 0;
        double lost = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            double v = ground.valueOf(r, actor);
            valued += v;
            lost += v * c.ofAim(k, c.attackerGain(k, ground.control(r, c.attacker())));
        }
        if (valued <= 0) {
            return 0;
        }
        return Math.min(1, fighting + w.k(THREAT_LOSS) * lost / valued + w.k(THREAT_SEVERITY) * c.severity());
    }
}
