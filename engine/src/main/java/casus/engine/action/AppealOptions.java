package casus.engine.action;

import static casus.engine.model.ModelConstant.APPEAL_FRIEND_ALIGNMENT;
import static casus.engine.model.ModelConstant.OUTSIDE_APPEAL_PARTNERS;
import static casus.engine.model.ModelConstant.REAPPEAL_NEED_RISE;
import static casus.engine.model.ModelConstant.THREAT_VALUE_FLOOR;
import static casus.engine.model.ModelConstant.UNREST_APPEAL_LEVEL;

import casus.engine.model.Article;
import casus.engine.model.Ask;
import casus.engine.model.DecisionRule;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.rules.Threat;
import casus.engine.world.Conflict;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * Appeals: one decision per treaty the actor takes part in (appeal under an article for what fits
 * the crisis, suspend its participation, or pass), and one for appeals to friends outside any
 * treaty. An appeal is about the crisis that threatens the actor most: a live conflict over ground
 * it values (or against its forces), or its crisis at home. An appeal once answered may be made
 * again only when the crisis has grown; none is made about a war under a ceasefire.
 */
final class AppealOptions {
    private AppealOptions() {
    }

    static int build(World w, int a, ChoiceSet[] pool, int n) {
        Setting s = w.setting();
        int ref = crisis(w, a);
        boolean crisis = ref >= 0 || ref == HOME;
        int about = ref == HOME ? -1 : ref;
        for (int t = 0; t < s.treatyCount() && n < pool.length; t++) {
            if (!w.treaties().activeMember(t, a)) {
                continue;
            }
            ChoiceSet set = Options.slot(pool, n);
            set.reset(ChoiceKind.APPEAL, a, t);
            set.add(ActionKind.PASS);
            if (crisis) {
                int addressee = s.rule(t) == DecisionRule.UNILATERAL ? otherParty(s, t, a) : -1;
                for (int k = 0; k < s.articles(t).size(); k++) {
                    Obligation o = s.articles(t).get(k).obligation();
                    for (Ask ask : Ask.all()) {
                        if (fits(w, a, about, o, ask, s.rule(t) == DecisionRule.UNILATERAL) && allowed(w, a, t, addressee, k, ask, about)
                                && !(addressee >= 0 && fighting(w, addressee, about) && ask.forces())) {
                            set.add(ActionKind.REQUEST, addressee, about, t, k, 0, ask.ordinal());
                        }
                    }
                }
            }
            if (s.rule(t) == DecisionRule.CONSENSUS && w.treaties().leader(t) != a && !w.appeals().appealOpen(a, t)) {
                set.add(ActionKind.SUSPEND, -1, -1, t, -1, 0);
            }
            if (set.size() > 1) {
                n++;
            }
        }
        if (crisis && n < pool.length) {
            n = outside(w, a, about, pool, n);
        }
        return n;
    }

    /** Marks an appeal about the actor's crisis at home rather than a conflict: neither a conflict's index nor -1. */
    static final int HOME = Integer.MIN_VALUE;

    /** The crisis an appeal would be about: a conflict's index, {@link #HOME}, or -1 for none. */
    static int crisis(World w, int a) {
        int threat = mostThreatening(w, a);
        boolean home = w.regimes().crisisAtHome(a);
        if (home && (threat < 0 || Math.max(w.regimes().unrest(a), w.regimes().communalIn(a)) >= w.k(UNREST_APPEAL_LEVEL))) {
            return HOME;
        }
        return threat;
    }

    /**
     * The live conflict over ground an actor values most (or against its forces), that it is not
     * waging, or -1. A conflict is live while the fighting goes on, and while the attacker holds
     * ground of the actor's recognised territory after the fighting stopped; not under a ceasefire.
     */
    static int mostThreatening(World w, int a) {
        int best = -1;
        double most = 0;
        for (int cIndex = 0; cIndex < w.wars().conflictCount(); cIndex++) {
            Conflict c = w.wars().conflict(cIndex);
            if (c.attacker() == a || c.phase() == Conflict.Phase.CEASEFIRE || c.fightingDays() == 0 && c.phase() != Conflict.Phase.ACTIVE
                    || c.phase() == Conflict.Phase.DORMANT && !occupies(w, c, a)) {
                continue;
            }
            double value = c.target() == a ? 1 : 0;
            for (int k = 0; k < c.regionCount(); k++) {
                value = Math.max(value, w.territory().valueOf(c.region(k), a));
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

    /** Whether the attacker of a conflict holds ground of an actor's recognised territory it took in it. */
    static boolean occupies(World w, Conflict c, int a) {
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            if (w.setting().deJure(r) == a && c.attackerGain(k, w.territory().control(r, c.attacker())) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an article may be invoked for: military help and a defensive deployment against an
     * attack under a military obligation; troops to guard the government (or to stand between
     * communities) at home under one; consultations under a consultation article; money from the
     * other party of a bilateral treaty.
     */
    static boolean fits(World w, int a, int conflict, Obligation o, Ask ask, boolean bilateral) {
        boolean war = conflict >= 0;
        return switch (ask) {
            case MILITARY_AID, DEFENSIVE_DEPLOYMENT -> war && o.military();
            case PEACEKEEPERS -> !war && o.military();
            case CONSULTATIONS -> o == Obligation.CONSULTATION;
            case RESCUE -> !war && bilateral && o == Obligation.CONSULTATION && w.regimes().crisisAtHome(a);
        };
    }

    /**
     * Whether an appeal may be made: never while the same appeal is open; again after an answer
     * only when the crisis has grown by a step, or a new conflict is the cause.
     */
    static boolean allowed(World w, int a, int treaty, int addressee, int article, Ask ask, int conflict) {
        Request last = w.appeals().lastAppeal(a, treaty, addressee, article, ask);
        if (last == null) {
            return true;
        }
        if (last.open()) {
            return false;
        }
        if (last.conflict() != conflict) {
            return true;
        }
        double need = conflict >= 0 ? Threat.ofConflict(w, w.wars().conflict(conflict), a) : Threat.of(w, a);
        return need >= last.need() + w.k(REAPPEAL_NEED_RISE);
    }

    /** Appeals to friends outside any treaty: the closest few, for what fits the crisis. */
    private static int outside(World w, int a, int about, ChoiceSet[] pool, int n) {
        Setting s = w.setting();
        int attacker = about >= 0 ? w.wars().conflict(about).attacker() : -1;
        ChoiceSet set = Options.slot(pool, n);
        set.reset(ChoiceKind.APPEAL, a, -1);
        set.add(ActionKind.PASS);
        int partners = w.whole(OUTSIDE_APPEAL_PARTNERS);
        long taken = 0;
        for (int p = 0; p < partners; p++) {
            int best = -1;
            double closest = 0;
            for (int j = 0; j < s.actorCount(); j++) {
                if (j == a || j == attacker || (taken & (1L << j)) != 0 || w.regimes().fallen(j) || s.shareTreaty(a, j) || fighting(w, j, about)
                        || w.minds().alignment(a, j) < w.k(APPEAL_FRIEND_ALIGNMENT) && !w.treaties().protects(j, a)) {
                    continue;
                }
                double closeness = w.minds().alignment(a, j) * w.setting().interdependence(a, j) + (w.treaties().protects(j, a) ? 1 : 0);
                if (best < 0 || closeness > closest) {
                    best = j;
                    closest = closeness;
                }
            }
            if (best < 0) {
                break;
            }
            taken |= 1L << best;
            for (Ask ask : Ask.all()) {
                if (fitsOutside(w, a, about, ask) && allowed(w, a, -1, best, -1, ask, about)) {
                    set.add(ActionKind.REQUEST, best, about, -1, -1, 0, ask.ordinal());
                }
            }
        }
        return set.size() > 1 ? n + 1 : n;
    }

    /**
     * What a friend outside any treaty may be asked for: in a war, forces or consultations; at
     * home, money, consultations, and troops only to stand between fighting communities. No
     * government asks a state it has no treaty with for soldiers against its own people.
     */
    static boolean fitsOutside(World w, int a, int conflict, Ask ask) {
        if (conflict >= 0) {
            return ask == Ask.MILITARY_AID || ask == Ask.CONSULTATIONS;
        }
        return ask == Ask.RESCUE || ask == Ask.CONSULTATIONS || ask == Ask.PEACEKEEPERS && w.regimes().unrest(a) <= 0 && w.regimes().communalIn(a) > 0;
    }

    /** Whether an actor already fights on the defenders' side of a conflict (-1: none). */
    static boolean fighting(World w, int actor, int conflict) {
        return conflict >= 0 && w.wars().conflict(conflict).sideOfDefence(actor);
    }

    static int otherParty(Setting s, int t, int member) {
        for (int b = 0; b < s.actorCount(); b++) {
            if (b != member && s.member(t, b)) {
                return b;
            }
        }
        return -1;
    }


}
