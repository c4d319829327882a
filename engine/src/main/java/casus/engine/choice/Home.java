package casus.engine.choice;

import static casus.engine.model.ModelConstant.COLLAPSE;
import static casus.engine.model.ModelConstant.CONCESSION_COST;
import static casus.engine.model.ModelConstant.CONCESSION_EFFECT;
import static casus.engine.model.ModelConstant.CRACKDOWN_COST;
import static casus.engine.model.ModelConstant.CRACKDOWN_STANCE;
import static casus.engine.model.ModelConstant.DEFECTION_FEAR;
import static casus.engine.model.ModelConstant.REPRESSION_GAIN;
import static casus.engine.model.ModelConstant.REPRESSION_ILLEGALITY;
import static casus.engine.model.ModelConstant.RESIGNATION_COST;
import static casus.engine.model.ModelConstant.RESIGNATION_RELIEF;
import static casus.engine.model.ModelConstant.RIOT_CONCESSION;

import casus.engine.action.ChoiceSet;
import casus.engine.model.Term;
import casus.engine.model.UnrestKind;
import casus.engine.rules.Domestic;
import casus.engine.world.World;

/** The terms of a government's answer to a crisis at home. */
final class Home {
    private Home() {
    }

    /**
     * Ordering the security forces against the unrest (or between fighting communities): the hold
     * on power it buys (how much more the security holds with the army thrown in), the fear that
     * officers will not fire on peaceful crowds, the unlawfulness of force against peaceful
     * protest, and the censure of every state not allied to the government.
     */
    static void crackDown(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int g = set.actor();
        double unrest = w.regimes().unrest(g);
        boolean peaceful = unrest > 0 && Domestic.peaceful(w.regimes().unrestKind(g));
        double level = Math.max(unrest, w.regimes().communalIn(g));
        double gain = Domestic.securityIf(w, g, true) - Domestic.securityIf(w, g, false);
        t[Term.REGIME.ordinal()] = w.k(REPRESSION_GAIN) * level * gain - (peaceful ? w.k(DEFECTION_FEAR) * (1 - w.regimes().loyalty(g)) * unrest : 0);
        t[Term.COST.ordinal()] = -w.k(CRACKDOWN_COST);
        Stances st = x.stances();
        st.clear();
        if (peaceful) {
            t[Term.LEGAL.ordinal()] = -w.k(REPRESSION_ILLEGALITY) * unrest;
            for (int j = 0; j < st.size(); j++) {
                if (j != g) {
                    st.set(j, -w.k(CRACKDOWN_STANCE) * unrest * (1 - Math.max(0, w.minds().alignment(j, g))));
                }
            }
        }
        st.relations(w, set, i, t);
    }

    /**
     * Concessions (a price cut, a cabinet's resignation): unrest that calms, more so for peaceful
     * protest and strikes than for riots, against the appearance of weakness.
     */
    static void concede(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int g = set.actor();
        double efficacy = Domestic.concessionEfficacy(w, w.regimes().unrestKind(g));
        t[Term.REGIME.ordinal()] = w.k(CONCESSION_EFFECT) * efficacy * w.regimes().unrest(g) - w.k(CONCESSION_COST);
        x.stances().clear();
        x.stances().relations(w, set, i, t);
    }

    /**
     * The leader steps down so that the regime may stand: worth it only as the regime nears its
     * fall, against what a leader gives up.
     */
    static void resign(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int g = set.actor();
        double start = w.setting().stability(g) - w.k(COLLAPSE);
        double left = w.regimes().stability(g) - w.k(COLLAPSE);
        double danger = start <= 0 ? 1 : Math.max(0, Math.min(1, 1 - left / start));
        t[Term.REGIME.ordinal()] = w.k(RESIGNATION_RELIEF) * danger - w.k(RESIGNATION_COST);
        x.stances().clear();
        x.stances().relations(w, set, i, t);
    }
}
