package casus.engine.choice;

import static casus.engine.model.ModelConstant.APPEAL_COST;
import static casus.engine.model.ModelConstant.APPEAL_STANCE;
import static casus.engine.model.ModelConstant.CONSULTATION_BENEFIT;
import static casus.engine.model.ModelConstant.DEFENSIVE_BENEFIT;
import static casus.engine.model.ModelConstant.FRIENDSHIP_BASIS;
import static casus.engine.model.ModelConstant.LEGAL_BASIS_FLOOR;
import static casus.engine.model.ModelConstant.OUTSIDE_APPEAL_STANCE;
import static casus.engine.model.ModelConstant.REBUFF;
import static casus.engine.model.ModelConstant.RESCUE_BENEFIT;
import static casus.engine.model.ModelConstant.SOVEREIGNTY_COST;
import static casus.engine.model.ModelConstant.SUSPENSION_LEGAL;
import static casus.engine.model.ModelConstant.SUSPENSION_REGIME_BASE;
import static casus.engine.model.ModelConstant.SUSPENSION_STANCE;
import static casus.engine.model.ModelConstant.SUSPENSION_SUPPORT_BASE;

import casus.engine.action.ChoiceSet;
import casus.engine.model.Ask;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.rules.Alliances;
import casus.engine.rules.CasusFoederis;
import casus.engine.rules.Threat;
import casus.engine.world.World;

/** The terms of appealing for help, and of suspending one's part in an alliance. */
final class Appeals {
    private Appeals() {
    }

    /**
     * An appeal: what it can bring (the hope that it is answered, as the appellant believes in the
     * one it asks and the treaty applies, times its need and what it asks for) against the
     * humiliation of a refusal, the political price of asking, the cost at home of inviting foreign
     * troops against one's own people, and the offence to one's treaty leaders of turning to their
     * rivals.
     */
    static void request(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        Setting s = w.setting();
        int a = set.actor();
        int treaty = set.treaty(i);
        Ask ask = Ask.of(set.variant(i));
        Obligation o = treaty >= 0 ? s.articles(treaty).get(set.article(i)).obligation() : Obligation.NONE;
        int conflict = set.ref(i);
        double basis;
        int subject;
        if (treaty >= 0) {
            basis = conflict < 0 ? CasusFoederis.ofCrisisAtHome(w, a, o, ask) : CasusFoederis.ofConflict(w, w.wars().conflict(conflict), a, treaty, o);
            subject = Alliances.subject(w, treaty, a);
        } else {
            basis = w.k(FRIENDSHIP_BASIS);
            subject = set.target(i);
        }
        double need = conflict < 0 ? Threat.of(w, a) : Threat.ofConflict(w, w.wars().conflict(conflict), a);
        double hope = w.minds().belief(a, subject) * basis;
        t[Term.SUPPORT.ordinal()] = hope * need * benefit(w, ask) - w.k(REBUFF) * (1 - hope);
        if (treaty >= 0) {
            t[Term.LEGAL.ordinal()] = -Math.max(0, w.k(LEGAL_BASIS_FLOOR) - basis);
        }
        t[Term.COST.ordinal()] = -w.k(APPEAL_COST);
        Stances st = x.stances();
        st.clear();
        if (conflict < 0) {
            double home = Math.max(w.regimes().unrest(a), w.regimes().communalIn(a));
            t[Term.REGIME.ordinal()] = hope * home * benefit(w, ask);
            if (ask == Ask.PEACEKEEPERS || ask == Ask.MILITARY_AID) {
                t[Term.REGIME.ordinal()] -= w.k(SOVEREIGNTY_COST);
            }
        } else {
            st.set(w.wars().conflict(conflict).attacker(), -w.k(APPEAL_STANCE));
        }
        if (treaty < 0) {
            int friend = set.target(i);
            for (int tr = 0; tr < s.treatyCount(); tr++) {
                int leader = w.treaties().leader(tr);
                if (w.treaties().activeMember(tr, a) && leader >= 0 && leader != a && leader != friend && w.minds().alignment(leader, friend) < 0) {
                    st.set(leader, Math.min(st.get(leader), w.k(OUTSIDE_APPEAL_STANCE) * w.minds().alignment(leader, friend)));
                }
            }
        }
        st.relations(w, set, i, t);
    }

    /** What an ask is worth to the one who asks, against forces that fight for it. */
    static double benefit(World w, Ask ask) {
        return switch (ask) {
            case MILITARY_AID, PEACEKEEPERS -> 1;
            case DEFENSIVE_DEPLOYMENT -> w.k(DEFENSIVE_BENEFIT);
            case CONSULTATIONS -> w.k(CONSULTATION_BENEFIT);
            case RESCUE -> w.k(RESCUE_BENEFIT);
        };
    }

    /**
     * Suspending one's part in an alliance: the duty and support given up as far as the alliance
     * is believed, the support at home of leaving a discredited one, and the leader's offence.
     */
    static void suspend(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int a = set.actor();
        int treaty = set.treaty(i);
        double belief = w.minds().belief(a, w.setting().treatySubject(treaty));
        t[Term.DUTY.ordinal()] = -belief;
        t[Term.SUPPORT.ordinal()] = -belief * (w.k(SUSPENSION_SUPPORT_BASE) + x.assessment().threat(a));
        t[Term.LEGAL.ordinal()] = -w.k(SUSPENSION_LEGAL);
        t[Term.REGIME.ordinal()] = w.k(SUSPENSION_REGIME_BASE) - belief;
        int leader = w.treaties().leader(treaty);
        Stances st = x.stances();
        st.clear();
        for (int j = 0; j < st.size(); j++) {
            if (j != a && leader >= 0) {
                st.set(j, j == leader ? -w.k(SUSPENSION_STANCE) : -w.k(SUSPENSION_STANCE) * w.minds().alignment(j, leader));
            }
        }
        st.relations(w, set, i, t);
    }
}
