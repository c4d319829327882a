package casus.engine.action;

import static casus.engine.model.ModelConstant.ATTACK_HIGH;
import static casus.engine.model.ModelConstant.ATTACK_LOW;

import casus.engine.model.Article;
import casus.engine.model.DecisionRule;
import casus.engine.model.Setting;
import casus.engine.rules.Backing;
import casus.engine.world.Conflict;
import casus.engine.world.Proposal;
import casus.engine.world.World;

/**
 * Conduct in each conflict. The attacker holds, presses on hard or lightly, or accepts a
 * ceasefire proposed to it. The principal defender holds its fire, fires back at the attacker (at
 * the intensity of a limited attack),
 * or accepts. A third party with standing to fight (a declared protector of a defender, kin of
 * the ground, a power whose forces stand where the attack lands, the other party of a bilateral
 * military treaty with a defender) holds back or joins the defence. Only the two parties answer
 * proposals, each proposal once, from the day after it was made.
 */
final class PostureOptions {
    private PostureOptions() {
    }

    static int build(World w, int a, ChoiceSet[] pool, int n, boolean thirdParties) {
        for (int cIndex = 0; cIndex < w.wars().conflictCount() && n < pool.length; cIndex++) {
            Conflict c = w.wars().conflict(cIndex);
            if (c.attacker() == a) {
                if (c.startDay() == w.day()) {
                    continue;
                }
                ChoiceSet set = Options.slot(pool, n++);
                set.reset(ChoiceKind.POSTURE, a, c.index());
                set.add(ActionKind.HOLD);
                set.add(ActionKind.ATTACK, -1, c.index(), -1, -1, w.k(ATTACK_HIGH));
                set.add(ActionKind.ATTACK, -1, c.index(), -1, -1, w.k(ATTACK_LOW));
                acceptances(w, a, c, set);
            } else if (w.wars().principalDefender(c) == a) {
                ChoiceSet set = Options.slot(pool, n);
                set.reset(ChoiceKind.POSTURE, a, c.index());
                set.add(ActionKind.HOLD);
                if (c.active()) {
                    set.add(ActionKind.FIRE_BACK, c.attacker(), c.index(), -1, -1, w.k(ATTACK_LOW));
                }
                acceptances(w, a, c, set);
                if (set.size() > 1) {
                    n++;
                }
            } else if (thirdParties && c.active() && !c.sideOfDefence(a) && standing(w, a, c)) {
                ChoiceSet set = Options.slot(pool, n++);
                set.reset(ChoiceKind.POSTURE, a, c.index());
                set.add(ActionKind.HOLD);
                set.add(ActionKind.INTERVENE, w.wars().principalDefender(c), c.index(), -1, -1, 1);
            }
        }
        return n;
    }

    /** The open proposals for a conflict a party has yet to accept, made before today. */
    private static void acceptances(World w, int a, Conflict c, ChoiceSet set) {
        if (c.phase() == Conflict.Phase.CEASEFIRE) {
            return;
        }
        for (int pIndex = 0; pIndex < w.talks().openProposals().size(); pIndex++) {
            Proposal p = w.talks().openProposals().get(pIndex);
            if (p.conflict() == c.index() && !p.acceptedBy(a) && p.day() < w.day() && p.proposer() != a) {
                set.add(ActionKind.ACCEPT, p.proposer(), p.index(), -1, -1, 0);
            }
        }
    }

    /**
     * Whether a third party has standing to fight for a conflict's defenders: it protects one of
     * them, the ground is its kin's, its forces stand where the attack lands, or it is the other
     * party of a bilateral military treaty with one of them.
     */
    static boolean standing(World w, int a, Conflict c) {
        if (w.military().available(a) <= 0) {
            return false;
        }
        long defenders = c.defenders() | (1L << w.wars().principalDefender(c));
        Setting s = w.setting();
        for (int d = 0; d < w.actorCount(); d++) {
            if ((defenders & (1L << d)) == 0 || d == a) {
                continue;
            }
            if (w.treaties().protects(a, d)) {
                return true;
            }
            for (int t = 0; t < s.treatyCount(); t++) {
                if (s.rule(t) == DecisionRule.UNILATERAL && w.treaties().activeMember(t, a) && w.treaties().activeMember(t, d) && s.military(t)) {
                    return true;
                }
            }
        }
        for (int k = 0; k < c.regionCount(); k++) {
            if (s.kin(c.region(k)) == a) {
                return true;
            }
        }
        return Backing.forcesWhereAttackLands(w, a, c);
    }

}
