package casus.engine.choice;

import static casus.engine.model.ModelConstant.ARMS_COST;
import static casus.engine.model.ModelConstant.ARMS_ESCALATION_SHARE;
import static casus.engine.model.ModelConstant.ARMS_LEGAL;
import static casus.engine.model.ModelConstant.ARMS_STANCE;
import static casus.engine.model.ModelConstant.BACK_REGIME;
import static casus.engine.model.ModelConstant.BACK_STANCE;
import static casus.engine.model.ModelConstant.RECOGNITION_ILLEGALITY;
import static casus.engine.model.ModelConstant.BROKER_PRESTIGE;
import static casus.engine.model.ModelConstant.CONDEMN_LEGAL;
import static casus.engine.model.ModelConstant.CONDEMN_STANCE;
import static casus.engine.model.ModelConstant.CONDEMN_VICTIM_STANCE;
import static casus.engine.model.ModelConstant.COST_CAP;
import static casus.engine.model.ModelConstant.GUARANTOR_PRESTIGE;
import static casus.engine.model.ModelConstant.MEDIATION_COST;
import static casus.engine.model.ModelConstant.MEDIATION_LEGAL;
import static casus.engine.model.ModelConstant.MEDIATION_STANCE;
import static casus.engine.model.ModelConstant.REALIGN_DUTY;
import static casus.engine.model.ModelConstant.REALIGN_LEADER_STANCE;
import static casus.engine.model.ModelConstant.REALIGN_STANCE;
import static casus.engine.model.ModelConstant.SALIENCE_FLOOR;
import static casus.engine.model.ModelConstant.SUPPORT_ATTACKER_STANCE;
import static casus.engine.model.ModelConstant.SUPPORT_DUTY_SHARE;
import static casus.engine.model.ModelConstant.SUPPORT_STANCE;
import static casus.engine.model.ModelConstant.TERMS_STANCE;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.Numeric;
import casus.engine.model.Obligation;
import casus.engine.model.Packages;
import casus.engine.model.SettlementDef;
import casus.engine.model.Term;
import casus.engine.rules.Alliances;
import casus.engine.rules.CasusFoederis;
import casus.engine.rules.Settlement;
import casus.engine.world.Conflict;
import casus.engine.world.World;

/** The terms of diplomacy: proposing a ceasefire, arming a partner, statements, backing a government, realigning. */
final class Diplomacy {
    private Diplomacy() {
    }

    /**
     * A ceasefire proposal on a package of terms. A mediator earns prestige as the war is grave,
     * as both parties trust it, and as both are likely to accept these terms (it judges each
     * party's answer by the party's own weights); its own peacekeepers add prestige and a foothold
     * at the price of the troops. A party proposing directly weighs the terms as it would accept
     * them, against the other's chance of accepting. Terms that take ground from a party strain
     * relations with it.
     */
    static void mediate(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int a = set.actor();
        Conflict c = w.wars().conflict(set.ref(i));
        int variant = set.variant(i);
        SettlementDef terms = Settlement.terms(w, c, a, variant);
        int attacker = c.attacker();
        int defender = w.wars().principalDefender(c);
        boolean direct = a == attacker || a == defender;
        double[] scratch = x.scratch();
        double pAttacker = x.acceptance(Terms.utility(x, c, attacker, a, direct, terms, scratch));
        double pDefender = x.acceptance(Terms.utility(x, c, defender, a, direct, terms, scratch));
        Stances st = x.stances();
        if (direct) {
            int other = a == attacker ? defender : attacker;
            Terms.value(x, c, a, a, true, terms, t);
            double chance = a == attacker ? pDefender : pAttacker;
            for (int k = 0; k < Term.COUNT; k++) {
                t[k] *= chance;
            }
            st.clear();
            st.set(other, w.k(MEDIATION_STANCE));
        } else {
            double floor = w.k(SALIENCE_FLOOR);
            double salience = (floor + (1 - floor) * c.severity()) * Numeric.mean(w.minds().belief(defender, a), w.minds().belief(attacker, a));
            double likely = pAttacker * pDefender;
            t[Term.PRESTIGE.ordinal()] = w.k(BROKER_PRESTIGE) * salience * likely;
            t[Term.LEGAL.ordinal()] = w.k(MEDIATION_LEGAL);
            t[Term.COST.ordinal()] = -w.k(MEDIATION_COST);
            if (variant == Packages.OWN_PEACEKEEPERS) {
                t[Term.PRESTIGE.ordinal()] += w.k(GUARANTOR_PRESTIGE) * salience * likely;
                t[Term.COST.ordinal()] -= Math.min(w.k(COST_CAP), w.setting().peacekeepingForce(a) / Math.max(1, w.military().availableTroops(a)));
                double stake = 0;
                for (int k = 0; k < c.regionCount(); k++) {
                    stake = Math.max(stake, w.setting().stake(c.region(k), a));
                }
                t[Term.TERRITORY.ordinal()] = stake * likely;
            }
            st.clear();
            st.set(defender, w.k(MEDIATION_STANCE) + w.k(TERMS_STANCE) * Settlement.groundValue(w, c, terms, defender));
            st.set(attacker, w.k(MEDIATION_STANCE) + w.k(TERMS_STANCE) * Settlement.groundValue(w, c, terms, attacker));
        }
        st.relations(w, set, i, t);
    }

    static void arm(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int a = set.actor();
        int b = set.target(i);
        Conflict c = Alliances.conflictOf(w, b);
        int enemy = c == null ? -1 : (c.attacker() == b ? w.wars().principalDefender(c) : c.attacker());
        t[Term.COST.ordinal()] = -w.k(ARMS_COST);
        if (c != null) {
            t[Term.ESCALATION.ordinal()] = -w.k(ARMS_ESCALATION_SHARE) * x.assessment().escalationRisk(a, enemy, c, 1.0);
            if (c.attacker() == b && c.regionCount() > 0) {
                double legal = 0;
                for (int k = 0; k < c.regionCount(); k++) {
                    legal += w.setting().deJure(c.region(k)) == b ? 0 : -w.k(ARMS_LEGAL);
                }
                t[Term.LEGAL.ordinal()] = legal / c.regionCount();
            }
        }
        Stances st = x.stances();
        st.clear();
        st.set(b, w.k(ARMS_STANCE));
        if (enemy >= 0) {
            st.set(enemy, -w.k(ARMS_STANCE));
        }
        st.relations(w, set, i, t);
    }

    static void statement(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int a = set.actor();
        int target = set.target(i);
        Conflict c = w.wars().conflict(set.ref(i));
        Stances st = x.stances();
        st.clear();
        if (set.actionKind(i) == ActionKind.STATEMENT_SUPPORT) {
            st.set(target, w.k(SUPPORT_STANCE));
            if (c.attacker() != target) {
                st.set(c.attacker(), -w.k(SUPPORT_ATTACKER_STANCE));
                t[Term.DUTY.ordinal()] = w.k(SUPPORT_DUTY_SHARE) * Alliances.obligationTo(w, a, target)
                        * CasusFoederis.ofConflict(w, c, target, -1, Obligation.MUTUAL_ASSISTANCE);
            }
        } else {
            st.set(target, -w.k(CONDEMN_STANCE));
            int victim = w.wars().principalDefender(c);
            st.set(victim, w.k(CONDEMN_VICTIM_STANCE));
            t[Term.LEGAL.ordinal()] = w.k(CONDEMN_LEGAL) * Numeric.signed(CasusFoederis.territorial(w, c, victim));
        }
        st.relations(w, set, i, t);
    }

    /**
     * Publicly backing a government in a crisis at home, or recognising it: goodwill with it and
     * the value of keeping a friendly government in power, as friendly as it is and as grave as its
     * crisis.
     */
    static void back(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int g = set.target(i);
        t[Term.REGIME.ordinal()] = w.k(BACK_REGIME) * Math.max(0, w.minds().alignment(set.actor(), g)) * Math.max(w.regimes().unrest(g), w.regimes().communalIn(g));
        Stances st = x.stances();
        st.clear();
        st.set(g, w.k(BACK_STANCE));
        if (w.setting().deFacto(g)) {
            // Recognising a de facto authority denies its parent state's territorial integrity.
            t[Term.LEGAL.ordinal()] = -w.k(RECOGNITION_ILLEGALITY);
            for (int r = 0; r < w.setting().regionCount(); r++) {
                int owner = w.setting().deJure(r);
                if (w.territory().control(r, g) > 0 && owner != g) {
                    st.set(owner, -w.k(BACK_STANCE));
                }
            }
        }
        st.relations(w, set, i, t);
    }

    static void realign(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int a = set.actor();
        int partner = set.target(i);
        Stances st = x.stances();
        st.clear();
        st.set(partner, w.k(REALIGN_STANCE));
        double faith = 0;
        int treaties = 0;
        for (int tr = 0; tr < w.setting().treatyCount(); tr++) {
            if (w.treaties().activeMember(tr, a)) {
                faith += w.minds().belief(a, Alliances.subject(w, tr, a));
                treaties++;
                int leader = w.treaties().leader(tr);
                if (leader >= 0 && leader != a && w.minds().alignment(leader, partner) < 0) {
                    st.set(leader, Math.min(st.get(leader), w.k(REALIGN_LEADER_STANCE) * w.minds().alignment(leader, partner)));
                }
            }
        }
        t[Term.DUTY.ordinal()] = treaties == 0 ? 0 : -w.k(REALIGN_DUTY) * faith / treaties;
        st.relations(w, set, i, t);
    }
}
