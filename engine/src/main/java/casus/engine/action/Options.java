package casus.engine.action;

import static casus.engine.model.ModelConstant.ARMS_ALIGNMENT;
import static casus.engine.model.ModelConstant.ATTACK_HIGH;
import static casus.engine.model.ModelConstant.ATTACK_LOW;
import static casus.engine.model.ModelConstant.CONDEMN_ALIGNMENT;
import static casus.engine.model.ModelConstant.MEDIATOR_LEANING;
import static casus.engine.model.ModelConstant.MEDIATOR_TIES;
import static casus.engine.model.ModelConstant.PEACEKEEPING_CAPACITY;
import static casus.engine.model.ModelConstant.REALIGN_ALIGNMENT_LIMIT;
import static casus.engine.model.ModelConstant.REALIGN_BELIEF;
import static casus.engine.model.ModelConstant.REALIGN_INTERDEPENDENCE;
import static casus.engine.model.ModelConstant.SUPPORT_ALIGNMENT;
import static casus.engine.model.ModelConstant.THREAT_VALUE_FLOOR;
import static casus.engine.model.ModelConstant.UNREST_APPEAL_LEVEL;

import casus.engine.model.Article;
import casus.engine.model.DecisionRule;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * The legal options of every decision an actor faces today. Only legal actions are ever built:
 * appeals only under treaties the actor takes part in, votes only for active members, attacks
 * only by the attacker, ceasefire answers only by the parties.
 */
public final class Options {
    private Options() {
    }

    /**
     * Fills {@code pool} with today's decisions for actor {@code a}, in canonical order, and
     * returns how many there are.
     */
    public static int build(World w, int a, ChoiceSet[] pool) {
        if (w.regimeFallen(a)) {
            return 0;
        }
        int n = 0;
        n = appeal(w, a, pool, n);
        n = responses(w, a, pool, n);
        n = votes(w, a, pool, n);
        n = posture(w, a, pool, n);
        n = diplomacy(w, a, pool, n);
        n = ceasefires(w, a, pool, n);
        return n;
    }

    /** One decision per treaty the actor takes part in: appeal under an article, suspend, or not. */
    private static int appeal(World w, int a, ChoiceSet[] pool, int n) {
        Setting s = w.setting();
        int threat = mostThreatening(w, a);
        boolean unrest = w.unrest(a) > 0;
        for (int t = 0; t < s.treatyCount() && n < pool.length; t++) {
            if (!w.activeMember(t, a)) {
                continue;
            }
            ChoiceSet set = slot(pool, n);
            set.reset(ChoiceKind.APPEAL, a, t);
            set.add(ActionKind.PASS);
            if (threat >= 0 || unrest) {
                int ref = unrest && (threat < 0 || w.unrest(a) >= w.k(UNREST_APPEAL_LEVEL)) ? -1 : threat;
                for (int k = 0; k < s.articles(t).size(); k++) {
                    if (!w.hasAppealed(a, t, k)) {
                        set.add(ActionKind.REQUEST, -1, ref, t, k, 0);
                    }
                }
            }
            if (s.rule(t) == DecisionRule.CONSENSUS && w.leader(t) != a) {
                set.add(ActionKind.SUSPEND, -1, -1, t, -1, 0);
            }
            if (set.size() > 1) {
                n++;
            }
        }
        return n;
    }

    /** The decision buffer at a slot of the pool, made on first use. */
    static ChoiceSet slot(ChoiceSet[] pool, int n) {
        ChoiceSet set = pool[n];
        if (set == null) {
            set = new ChoiceSet();
            pool[n] = set;
        }
        return set;
    }

    /** The active conflict over ground an actor values most, that it is not waging, or -1. */
    static int mostThreatening(World w, int a) {
        int best = -1;
        double most = 0;
        for (int cIndex = 0; cIndex < w.conflictCount(); cIndex++) {
            Conflict c = w.conflict(cIndex);
            if (c.attacker() == a || c.phase() == Conflict.Phase.DORMANT && c.fightingDays() == 0) {
                continue;
            }
            double value = 0;
            for (int k = 0; k < c.regionCount(); k++) {
                value = Math.max(value, w.valueOf(c.region(k), a));
            }
            if (c.defends(a)) {
                value = Math.max(value, 1);
            }
            if (value > most) {
                most = value;
                best = c.index();
            }
        }
        return most >= w.k(THREAT_VALUE_FLOOR) ? best : -1;
    }

    private static int responses(World w, int a, ChoiceSet[] pool, int n) {
        Setting s = w.setting();
        for (int qIndex = 0; qIndex < w.requestCount(); qIndex++) {
            Request q = w.request(qIndex);
            if (!q.open() || q.day() >= w.day() || q.requester() == a || s.rule(q.treaty()) != DecisionRule.UNILATERAL
                    || !s.member(q.treaty(), a) || n >= pool.length) {
                continue;
            }
            ChoiceSet set = slot(pool, n++);
            set.reset(ChoiceKind.RESPONSE, a, q.index());
            if (q.obligation().military()) {
                set.add(ActionKind.HONOUR, q.requester(), q.index(), q.treaty(), q.article(), 0);
            }
            set.add(ActionKind.CONSULT, q.requester(), q.index(), q.treaty(), q.article(), 0);
            set.add(ActionKind.DECLINE, q.requester(), q.index(), q.treaty(), q.article(), 0);
        }
        return n;
    }

    private static int votes(World w, int a, ChoiceSet[] pool, int n) {
        for (int mIndex = 0; mIndex < w.motionCount(); mIndex++) {
            Motion m = w.motion(mIndex);
            if (!m.open() || m.tabledDay() >= w.day() || !w.activeMember(m.treaty(), a)
                    || w.request(m.request()).requester() == a || m.vote(a) != Motion.Vote.NONE || n >= pool.length) {
                continue;
            }
            ChoiceSet set = slot(pool, n++);
            set.reset(ChoiceKind.VOTE, a, m.index());
            set.add(ActionKind.VOTE_YES, -1, m.index(), m.treaty(), -1, 0);
            set.add(ActionKind.VOTE_NO, -1, m.index(), m.treaty(), -1, 0);
            set.add(ActionKind.VOTE_ABSTAIN, -1, m.index(), m.treaty(), -1, 0);
        }
        return n;
    }

    private static int posture(World w, int a, ChoiceSet[] pool, int n) {
        for (int cIndex = 0; cIndex < w.conflictCount(); cIndex++) {
            Conflict c = w.conflict(cIndex);
            if (n >= pool.length) {
                break;
            }
            if (c.attacker() == a) {
                if (c.startDay() == w.day()) {
                    continue;
                }
                ChoiceSet set = slot(pool, n++);
                set.reset(ChoiceKind.POSTURE, a, c.index());
                set.add(ActionKind.HOLD);
                set.add(ActionKind.ATTACK, -1, c.index(), -1, -1, w.k(ATTACK_HIGH));
                set.add(ActionKind.ATTACK, -1, c.index(), -1, -1, w.k(ATTACK_LOW));
            } else if (c.active() && !c.sideOfDefence(a) && keepsPeaceIn(w, a, c)) {
                ChoiceSet set = slot(pool, n++);
                set.reset(ChoiceKind.POSTURE, a, c.index());
                set.add(ActionKind.HOLD);
                set.add(ActionKind.INTERVENE, -1, c.index(), -1, -1, 1);
            }
        }
        return n;
    }

    /** Whether an actor has peacekeepers in one of a conflict's regions. */
    static boolean keepsPeaceIn(World w, int a, Conflict c) {
        for (int pIndex = 0; pIndex < w.presenceCount(); pIndex++) {
            Presence p = w.presence(pIndex);
            if (p.actor() == a && p.kind() == DeploymentKind.PEACEKEEPERS && p.region() >= 0 && c.targets(p.region())) {
                return true;
            }
        }
        return false;
    }

    private static int diplomacy(World w, int a, ChoiceSet[] pool, int n) {
        if (n >= pool.length) {
            return n;
        }
        Setting s = w.setting();
        ChoiceSet set = slot(pool, n);
        set.reset(ChoiceKind.DIPLOMACY, a, -1);
        set.add(ActionKind.PASS);
        for (int cIndex = 0; cIndex < w.conflictCount(); cIndex++) {
            Conflict c = w.conflict(cIndex);
            boolean party = c.attacker() == a || c.sideOfDefence(a);
            if (!party && c.active() && c.fightingDays() > 0) {
                int victim = w.principalDefender(c);
                if (!w.hasOpenProposal(a, c.index()) && standing(w, a, c.attacker()) && standing(w, a, victim)) {
                    set.add(ActionKind.MEDIATE, -1, c.index(), -1, -1, 0);
                    if (w.availableTroops(a) >= w.k(PEACEKEEPING_CAPACITY)) {
                        set.add(ActionKind.MEDIATE_WITH_PEACEKEEPERS, -1, c.index(), -1, -1, 0);
                    }
                }
                if (!c.spoke(a, true) && w.alignment(a, victim) > w.k(SUPPORT_ALIGNMENT)) {
                    set.add(ActionKind.STATEMENT_SUPPORT, victim, c.index(), -1, -1, 0);
                }
                if (!c.spoke(a, false) && w.alignment(a, c.attacker()) < w.k(CONDEMN_ALIGNMENT)) {
                    set.add(ActionKind.STATEMENT_CONDEMN, c.attacker(), c.index(), -1, -1, 0);
                }
            }
            if (!party && c.active()) {
                armsOption(w, a, c.attacker(), set);
                armsOption(w, a, w.principalDefender(c), set);
            }
        }
        if (doubtsAllies(w, a)) {
            for (int p = 0; p < s.actorCount(); p++) {
                if (p != a && !w.realigned(a, p) && w.alignment(a, p) < w.k(REALIGN_ALIGNMENT_LIMIT)
                        && w.interdependence(a, p) >= w.k(REALIGN_INTERDEPENDENCE) && !sharesTreaty(w, a, p)) {
                    set.add(ActionKind.REALIGN, p, -1, -1, -1, 0);
                }
            }
        }
        return set.size() > 1 ? n + 1 : n;
    }

    /** Whether a mediator has standing with a party: ties to it, and not leaning too far either way. */
    static boolean standing(World w, int mediator, int party) {
        return w.interdependence(mediator, party) >= w.k(MEDIATOR_TIES) && Math.abs(w.alignment(mediator, party)) <= w.k(MEDIATOR_LEANING);
    }

    private static void armsOption(World w, int a, int b, ChoiceSet set) {
        if (b != a && w.alignment(a, b) > w.k(ARMS_ALIGNMENT) && !w.supports(a, b)) {
            set.add(ActionKind.ARM, b, -1, -1, -1, 0);
        }
    }

    /** Whether an actor's belief in the treaties it takes part in has fallen low. */
    static boolean doubtsAllies(World w, int a) {
        Setting s = w.setting();
        for (int t = 0; t < s.treatyCount(); t++) {
            if (s.member(t, a) && s.rule(t) == DecisionRule.CONSENSUS && military(s, t)
                    && w.belief(a, s.treatySubject(t)) < w.k(REALIGN_BELIEF)) {
                return true;
            }
        }
        return false;
    }

    static boolean sharesTreaty(World w, int a, int b) {
        Setting s = w.setting();
        for (int t = 0; t < s.treatyCount(); t++) {
            if (s.member(t, a) && s.member(t, b)) {
                return true;
            }
        }
        return false;
    }

    static boolean military(Setting s, int t) {
        for (Article art : s.articles(t)) {
            if (art.obligation().military()) {
                return true;
            }
        }
        return false;
    }

    private static int ceasefires(World w, int a, ChoiceSet[] pool, int n) {
        if (!partyToAny(w, a)) {
            return n;
        }
        for (int pIndex = 0; pIndex < w.proposalCount(); pIndex++) {
            Proposal p = w.proposal(pIndex);
            if (!p.open() || p.acceptedBy(a) || p.day() >= w.day() || n >= pool.length) {
                continue;
            }
            Conflict c = w.conflict(p.conflict());
            if (c.attacker() != a && w.principalDefender(c) != a) {
                continue;
            }
            ChoiceSet set = slot(pool, n++);
            set.reset(ChoiceKind.CEASEFIRE, a, p.index());
            set.add(ActionKind.REJECT, -1, p.index(), -1, -1, 0);
            set.add(ActionKind.ACCEPT, -1, p.index(), -1, -1, 0);
        }
        return n;
    }

    /** Whether an actor is the attacker or the principal defender in some conflict: only they answer proposals. */
    private static boolean partyToAny(World w, int a) {
        for (int cIndex = 0; cIndex < w.conflictCount(); cIndex++) {
            Conflict c = w.conflict(cIndex);
            if (c.attacker() == a || w.principalDefender(c) == a) {
                return true;
            }
        }
        return false;
    }
}
