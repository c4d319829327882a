package casus.engine.rules;

import casus.engine.world.Conflict;
import casus.engine.world.World;

/**
 * The terms every ceasefire proposal carries: the lines are frozen, and the defenders withdraw
 * from ground that is the attacker's under international law where the defenders' kin do not
 * live. This is the formula international mediators have backed for a disputed enclave: the
 * security belt held around it returns to its recognised owner while the enclave's own status
 * is left open (the scenario files cite the agreements that did so). On the victim's own
 * territory it hands over nothing.
 */
public final class Settlement {
    private Settlement() {
    }

    /** Whether a region of a conflict would be handed to the attacker under the terms. */
    static boolean handedOver(World w, Conflict c, int r) {
        return w.setting().deJure(r) == c.attacker() && w.setting().kin(r) < 0;
    }

    /**
     * Value, to an actor, of the ground the terms would hand over: positive for the attacker,
     * negative for those who lose it.
     */
    public static double handoverValue(World w, Conflict c, int actor) {
        double sum = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            if (!handedOver(w, c, r)) {
                continue;
            }
            if (actor == c.attacker()) {
                sum += w.valueOf(r, actor) * (1 - w.control(r, actor));
            } else {
                double held = 0;
                for (int a = 0; a < w.actorCount(); a++) {
                    if (a != c.attacker()) {
                        held += w.control(r, a);
                    }
                }
                sum += w.valueOf(r, actor) * held;
            }
        }
        return sum;
    }

    /** Carries out the terms once a ceasefire is in force. */
    static void handOver(World w, Conflict c) {
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            if (handedOver(w, c, r)) {
                Combat.take(w, r, c.attacker(), 1);
            }
        }
    }
}
