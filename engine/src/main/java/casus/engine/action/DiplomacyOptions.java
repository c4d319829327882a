package casus.engine.action;

import static casus.engine.model.ModelConstant.ARMS_ALIGNMENT;
import static casus.engine.model.ModelConstant.BACK_ALIGNMENT;
import static casus.engine.model.ModelConstant.CONDEMN_ALIGNMENT;
import static casus.engine.model.ModelConstant.HOLDING_SHARE;
import static casus.engine.model.ModelConstant.MEDIATOR_LEANING;
import static casus.engine.model.ModelConstant.MEDIATOR_TIES;
import static casus.engine.model.ModelConstant.REALIGN_ALIGNMENT_LIMIT;
import static casus.engine.model.ModelConstant.REALIGN_BELIEF;
import static casus.engine.model.ModelConstant.REALIGN_INTERDEPENDENCE;
import static casus.engine.model.ModelConstant.SUPPORT_ALIGNMENT;

import casus.engine.model.DecisionRule;
import casus.engine.model.Packages;
import casus.engine.model.Setting;
import casus.engine.rules.Settlement;
import casus.engine.world.Conflict;
import casus.engine.world.World;

/**
 * Diplomacy, one decision a day: propose a ceasefire on one of the packages that fit a war while
 * the fighting goes on (as a mediator with standing with both sides, or as one of the two parties to the other), speak for
 * the victim or against the attacker, arm a friend at war, back a friendly government in a crisis
 * at home (or recognise a de facto authority at war), or turn toward a new partner when the old
 * alliances are doubted; or pass.
 */
final class DiplomacyOptions {
    private DiplomacyOptions() {
    }

    static int build(World w, int a, ChoiceSet[] pool, int n) {
        if (n >= pool.length) {
            return n;
        }
        Setting s = w.setting();
        ChoiceSet set = Options.slot(pool, n);
        set.reset(ChoiceKind.DIPLOMACY, a, -1);
        set.add(ActionKind.PASS);
        for (int cIndex = 0; cIndex < w.wars().conflictCount(); cIndex++) {
            Conflict c = w.wars().conflict(cIndex);
            int victim = w.wars().principalDefender(c);
            boolean party = c.attacker() == a || victim == a;
            boolean side = party || c.sideOfDefence(a);
            if (c.fighting(w.day())) {
                if (!w.talks().hasOpenProposal(a, c.index()) && (party || !side && standing(w, a, c.attacker()) && standing(w, a, victim))) {
                    for (int v = 0; v < Packages.count(s); v++) {
                        if (Settlement.available(w, c, a, v)) {
                            set.add(ActionKind.MEDIATE, -1, c.index(), -1, -1, 0, v);
                        }
                    }
                }
                if (!side && !c.spoke(a, true) && w.minds().alignment(a, victim) > w.k(SUPPORT_ALIGNMENT)
                        && !offers(set, ActionKind.STATEMENT_SUPPORT, victim)) {
                    set.add(ActionKind.STATEMENT_SUPPORT, victim, c.index(), -1, -1, 0);
                }
                if (!side && !c.spoke(a, false) && w.minds().alignment(a, c.attacker()) < w.k(CONDEMN_ALIGNMENT)
                        && !offers(set, ActionKind.STATEMENT_CONDEMN, c.attacker())) {
                    set.add(ActionKind.STATEMENT_CONDEMN, c.attacker(), c.index(), -1, -1, 0);
                }
            }
            if (!side && c.active()) {
                armsOption(w, a, c.attacker(), set);
                armsOption(w, a, victim, set);
            }
        }
        for (int g = 0; g < s.actorCount(); g++) {
            if ((w.regimes().crisisAtHome(g) || s.deFacto(g) && atWar(w, g)) && g != a && !w.regimes().fallen(g) && !w.aid().backedBy(a, g)
                    && w.minds().alignment(a, g) >= w.k(BACK_ALIGNMENT)) {
                set.add(ActionKind.BACK, g, -1, -1, -1, 0);
            }
        }
        if (doubtsAllies(w, a)) {
            for (int p = 0; p < s.actorCount(); p++) {
                if (p != a && !w.minds().realigned(a, p) && w.minds().alignment(a, p) < w.k(REALIGN_ALIGNMENT_LIMIT)
                        && w.setting().interdependence(a, p) >= w.k(REALIGN_INTERDEPENDENCE) && !s.shareTreaty(a, p)) {
                    set.add(ActionKind.REALIGN, p, -1, -1, -1, 0);
                }
            }
        }
        return set.size() > 1 ? n + 1 : n;
    }

    /**
     * Whether a mediator has standing with a party: ties to it, and not leaning too far either
     * way. A de facto authority is reached through its patrons (the states that declared they
     * protect it, and the state whose kin live on the ground it holds): standing with one of them
     * is standing with it.
     */
    static boolean standing(World w, int mediator, int party) {
        if (direct(w, mediator, party)) {
            return true;
        }
        Setting s = w.setting();
        if (!s.deFacto(party)) {
            return false;
        }
        for (int p = 0; p < s.actorCount(); p++) {
            if (p != party && p != mediator && patron(w, p, party) && direct(w, mediator, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean direct(World w, int mediator, int party) {
        return w.setting().interdependence(mediator, party) >= w.k(MEDIATOR_TIES) && Math.abs(w.minds().alignment(mediator, party)) <= w.k(MEDIATOR_LEANING);
    }

    /** Whether a state protects a de facto authority, or its kin live on ground the authority holds. */
    static boolean patron(World w, int state, int authority) {
        if (w.treaties().protects(state, authority)) {
            return true;
        }
        for (int r = 0; r < w.setting().regionCount(); r++) {
            if (w.setting().kin(r) == state && w.territory().control(r, authority) > w.k(HOLDING_SHARE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor defends in a conflict that is not over. */
    private static boolean atWar(World w, int a) {
        for (int cIndex = 0; cIndex < w.wars().conflictCount(); cIndex++) {
            Conflict c = w.wars().conflict(cIndex);
            if (c.phase() != Conflict.Phase.DORMANT && w.wars().principalDefender(c) == a) {
                return true;
            }
        }
        return false;
    }

    private static void armsOption(World w, int a, int b, ChoiceSet set) {
        if (b != a && w.minds().alignment(a, b) > w.k(ARMS_ALIGNMENT) && !w.aid().supports(a, b) && !offers(set, ActionKind.ARM, b)) {
            set.add(ActionKind.ARM, b, -1, -1, -1, 0);
        }
    }

    /**
     * Whether a decision already offers an act of a kind toward an actor: a state at war in two
     * conflicts is armed, spoken for or condemned once a day, under one key.
     */
    private static boolean offers(ChoiceSet set, ActionKind kind, int target) {
        for (int i = 0; i < set.size(); i++) {
            if (set.actionKind(i) == kind && set.target(i) == target) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor's belief in the councils with a military article it takes part in has fallen low. */
    static boolean doubtsAllies(World w, int a) {
        Setting s = w.setting();
        for (int t = 0; t < s.treatyCount(); t++) {
            if (s.member(t, a) && s.rule(t) == DecisionRule.CONSENSUS && s.military(t) && w.minds().belief(a, s.treatySubject(t)) < w.k(REALIGN_BELIEF)) {
                return true;
            }
        }
        return false;
    }
}
