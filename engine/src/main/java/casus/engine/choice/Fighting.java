package casus.engine.choice;

import static casus.engine.model.ModelConstant.ACCEPTANCE_BREACH;
import static casus.engine.model.ModelConstant.ATTACKER_FRIEND_APPROVAL;
import static casus.engine.model.ModelConstant.CASUALTY_COST;
import static casus.engine.model.ModelConstant.CEASEFIRE_BREACH;
import static casus.engine.model.ModelConstant.COST_CAP;
import static casus.engine.model.ModelConstant.DUTY_STAKE_FLOOR;
import static casus.engine.model.ModelConstant.ENEMY_FRIEND_DISAPPROVAL;
import static casus.engine.model.ModelConstant.ENGAGEMENT_COST;
import static casus.engine.model.ModelConstant.FIRE_BACK_DEFENCE;
import static casus.engine.model.ModelConstant.FORCES_AT_RISK_DUTY;
import static casus.engine.model.ModelConstant.HORIZON_DAYS;
import static casus.engine.model.ModelConstant.INTERVENTION_SHARE;
import static casus.engine.model.ModelConstant.LEGAL_RECLAIM;
import static casus.engine.model.ModelConstant.OWN_LAND_SYMPATHY;
import static casus.engine.model.ModelConstant.PROTECTION_DUTY;
import static casus.engine.model.ModelConstant.RETALIATION_RALLY;
import static casus.engine.model.ModelConstant.SELF_DEFENCE_LEGAL;
import static casus.engine.model.ModelConstant.SIDE_FRIEND_APPROVAL;
import static casus.engine.model.ModelConstant.TERRITORY_SCALE;
import static casus.engine.model.ModelConstant.UNASKED_DUTY_SHARE;

import casus.engine.action.ChoiceSet;
import casus.engine.model.Article;
import casus.engine.model.DecisionRule;
import casus.engine.model.Numeric;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.rules.Alliances;
import casus.engine.rules.Backing;
import casus.engine.rules.CasusFoederis;
import casus.engine.rules.Forces;
import casus.engine.world.Conflict;
import casus.engine.world.Proposal;
import casus.engine.world.World;

/** The terms of fighting: attacking, firing back, and joining a war on the defenders' side. */
final class Fighting {
    private Fighting() {
    }

    /** The attacker presses on at an intensity: ground against cost, escalation and the law. */
    static void attack(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int a = set.actor();
        Conflict c = w.wars().conflict(set.ref(i));
        double level = set.level(i);
        Setting s = w.setting();
        int victim = w.wars().principalDefender(c);
        t[Term.TERRITORY.ordinal()] = w.k(TERRITORY_SCALE) * x.assessment().projectedGain(c, a, level);
        t[Term.COST.ordinal()] = -Math.min(w.k(COST_CAP), level * w.k(ENGAGEMENT_COST)
                + w.k(CASUALTY_COST) * expectedLosses(x, c, level) / Math.max(1, w.military().availableTroops(a)));
        t[Term.ESCALATION.ordinal()] = -x.assessment().escalationRisk(a, victim, c, level);
        double legal = -1;
        if (c.regionCount() > 0) {
            legal = 0;
            for (int k = 0; k < c.regionCount(); k++) {
                legal += s.deJure(c.region(k)) == a ? w.k(LEGAL_RECLAIM) : -1;
            }
            legal /= c.regionCount();
        }
        boolean ownLand = legal > 0;
        Stances st = x.stances();
        st.clear();
        st.set(victim, -level);
        for (int j = 0; j < st.size(); j++) {
            if (j != a && j != victim) {
                st.set(j, -level * Math.max(0, w.minds().alignment(j, victim)) * (ownLand ? w.k(OWN_LAND_SYMPATHY) : 1)
                        + w.k(ATTACKER_FRIEND_APPROVAL) * level * Math.max(0, w.minds().alignment(j, a)));
            }
        }
        if (c.phase() == Conflict.Phase.CEASEFIRE) {
            legal -= w.k(CEASEFIRE_BREACH);
            if (c.broker() >= 0 && c.broker() != a) {
                st.add(c.broker(), -w.k(CEASEFIRE_BREACH));
            }
        }
        for (int pIndex = 0; pIndex < w.talks().openProposals().size(); pIndex++) {
            Proposal p = w.talks().openProposals().get(pIndex);
            if (p.conflict() == c.index() && p.acceptedBy(a)) {
                // Fighting on withdraws an acceptance that stands: a broken word, to the proposer above all.
                legal -= w.k(ACCEPTANCE_BREACH);
                if (p.proposer() != a) {
                    st.add(p.proposer(), -w.k(ACCEPTANCE_BREACH));
                }
            }
        }
        t[Term.LEGAL.ordinal()] = legal * level;
        st.relations(w, set, i, t);
    }

    /** Expected deaths on the attacker's side over the horizon. */
    static double expectedLosses(Appraiser.Context x, Conflict c, double level) {
        if (c.strike()) {
            return 0;
        }
        double daily = x.assessment().expectedDeaths(c, level);
        double rho = x.assessment().ratio(c, c.region(0), level);
        return x.world().whole(HORIZON_DAYS) * daily / (1 + rho);
    }

    /**
     * The principal defender strikes back across the border: it stiffens the defence and makes
     * the attacker pay, lawful in self-defence on its own ground, a show of resolve at home, and
     * a risk of war with the attacker's backers.
     */
    static void fireBack(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int d = set.actor();
        Conflict c = w.wars().conflict(set.ref(i));
        int enemy = c.attacker();
        double level = set.level(i);
        t[Term.COST.ordinal()] = -level * w.k(ENGAGEMENT_COST);
        t[Term.ESCALATION.ordinal()] = -x.assessment().escalationRisk(d, enemy, c, level);
        double own = CasusFoederis.territorial(w, c, d);
        t[Term.LEGAL.ordinal()] = level * (own > 0 ? w.k(SELF_DEFENCE_LEGAL) * own : -1);
        t[Term.REGIME.ordinal()] = w.k(RETALIATION_RALLY) * c.severity();
        if (!c.strike()) {
            double standing = Forces.standingDefence(w, c);
            double planned = c.plannedIntensity();
            double without = Forces.projectedGain(w, c, d, planned, standing);
            double with = Forces.projectedGain(w, c, d, planned, standing * (1 + w.k(FIRE_BACK_DEFENCE) * level));
            t[Term.TERRITORY.ordinal()] = w.k(TERRITORY_SCALE) * Math.max(0, without - with);
        }
        Stances st = x.stances();
        st.clear();
        st.set(enemy, -level);
        for (int j = 0; j < st.size(); j++) {
            if (j != d && j != enemy) {
                st.set(j, -level * w.k(ENEMY_FRIEND_DISAPPROVAL) * Math.max(0, w.minds().alignment(j, enemy)));
            }
        }
        st.relations(w, set, i, t);
    }

    /**
     * A third party joins the war for the defenders: the terms of fighting for them, what the
     * ground it values loses less, and the duty of a declared protector, of a treaty ally unasked,
     * and of a power whose own forces stand where the attack lands.
     */
    static void intervene(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int a = set.actor();
        Conflict c = w.wars().conflict(set.ref(i));
        int side = w.wars().principalDefender(c);
        fightFor(x, a, side, c, 1.0, t);
        double planned = c.plannedIntensity();
        double defence = Forces.defence(w, c);
        double without = Forces.projectedGain(w, c, a, planned, defence);
        double with = Forces.projectedGain(w, c, a, planned, defence + w.military().available(a) * w.k(INTERVENTION_SHARE));
        t[Term.TERRITORY.ordinal()] = w.k(TERRITORY_SCALE) * Math.max(0, without - with);
        t[Term.DUTY.ordinal()] = commitment(w, a, side, c);
        x.stances().relations(w, set, i, t);
    }

    /** The duty of a third party toward a side it may fight for: protection, treaty, its own forces under fire. */
    static double commitment(World w, int a, int side, Conflict c) {
        double duty = 0;
        long defenders = c.defenders() | (1L << side);
        for (int d = 0; d < w.actorCount(); d++) {
            if ((defenders & (1L << d)) != 0 && w.treaties().protects(a, d)) {
                double floor = w.k(DUTY_STAKE_FLOOR);
                duty = Math.max(duty, w.k(PROTECTION_DUTY) * (floor + (1 - floor) * w.minds().belief(d, a)));
            }
        }
        Setting s = w.setting();
        for (int tr = 0; tr < s.treatyCount(); tr++) {
            if (s.rule(tr) == DecisionRule.UNILATERAL && w.treaties().activeMember(tr, a) && w.treaties().activeMember(tr, side) && s.military(tr)) {
                double clarity = CasusFoederis.ofConflict(w, c, side, tr, casus.engine.model.Obligation.MUTUAL_ASSISTANCE);
                duty = Math.max(duty, w.k(UNASKED_DUTY_SHARE) * clarity * Alliances.stake(w, tr, true));
            }
        }
        if (Backing.forcesWhereAttackLands(w, a, c)) {
            duty += w.k(FORCES_AT_RISK_DUTY);
        }
        return duty;
    }


    /**
     * Terms of joining a war on {@code side}'s behalf with a share of the needed force (enough to
     * face the attacker's whole ready force, since the defence may not hold): the cost of that
     * force against what is available, the risk of war with the attacker's backers, the legality
     * of fighting where the war is (the better, the more the ground is the side's or one's own
     * people's), and the stance it takes toward everyone. Leaves the stances set.
     */
    static void fightFor(Appraiser.Context x, int a, int side, Conflict c, double share, double[] t) {
        World w = x.world();
        int enemy = c.attacker();
        double needed = Forces.attack(w, c, 1.0);
        t[Term.COST.ordinal()] = -Math.min(w.k(COST_CAP), share * needed / Math.max(Numeric.TINY, w.military().available(a)));
        t[Term.ESCALATION.ordinal()] = -share * x.assessment().escalationRisk(a, enemy, c, 1.0);
        double standing = Math.max(CasusFoederis.territorial(w, c, side), CasusFoederis.territorial(w, c, a));
        t[Term.LEGAL.ordinal()] = share * Numeric.signed(standing);
        Stances st = x.stances();
        st.clear();
        st.set(enemy, -share);
        st.set(side, share);
        for (int j = 0; j < st.size(); j++) {
            if (j != a && j != enemy && j != side) {
                st.set(j, share * (-w.k(ENEMY_FRIEND_DISAPPROVAL) * Math.max(0, w.minds().alignment(j, enemy))
                        + w.k(SIDE_FRIEND_APPROVAL) * Math.max(0, w.minds().alignment(j, side))));
            }
        }
    }
}
