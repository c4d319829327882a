package casus.engine.action;

import casus.engine.world.World;

/**
 * A government's answer to a crisis at home, while it lasts: order the security forces in (once),
 * make concessions to the protesters (once), have the leader step down (once), or let it run.
 * Violence between communities allows only the first.
 */
final class DomesticOptions {
    private DomesticOptions() {
    }

    static int build(World w, int a, ChoiceSet[] pool, int n) {
        if (n >= pool.length || !w.regimes().crisisAtHome(a)) {
            return n;
        }
        ChoiceSet set = Options.slot(pool, n);
        set.reset(ChoiceKind.DOMESTIC, a, -1);
        set.add(ActionKind.PASS);
        if (!w.regimes().repressing(a)) {
            set.add(ActionKind.CRACK_DOWN);
        }
        if (w.regimes().unrest(a) > 0 && !w.regimes().conceded(a)) {
            set.add(ActionKind.CONCEDE);
        }
        if (w.regimes().unrest(a) > 0 && !w.regimes().leaderResigned(a)) {
            set.add(ActionKind.RESIGN);
        }
        return set.size() > 1 ? n + 1 : n;
    }
}
