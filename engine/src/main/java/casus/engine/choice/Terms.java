package casus.engine.choice;

import static casus.engine.model.ModelConstant.CASUALTY_COST;
import static casus.engine.model.ModelConstant.CEASEFIRE_LEGAL;
import static casus.engine.model.ModelConstant.COST_CAP;
import static casus.engine.model.ModelConstant.ENGAGEMENT_COST;
import static casus.engine.model.ModelConstant.HORIZON_DAYS;
import static casus.engine.model.ModelConstant.OCCUPATION_CONSENT;
import static casus.engine.model.ModelConstant.PEACEKEEPER_PROTECTION;
import static casus.engine.model.ModelConstant.PROPOSER_STANCE;
import static casus.engine.model.ModelConstant.TERRITORY_SCALE;

import casus.engine.action.ChoiceSet;
import casus.engine.model.SettlementDef;
import casus.engine.model.Term;
import casus.engine.rules.Settlement;
import casus.engine.world.Conflict;
import casus.engine.world.Proposal;
import casus.engine.world.World;

/**
 * What a ceasefire on stated terms is worth to one of the two parties, against fighting on: the
 * ground the terms move, the advance it forgoes or the losses it is spared, peacekeepers who
 * lock the lines in or guard what it holds, the costs and risks of war it escapes, and the law,
 * which costs a defender that would leave the attacker on its recognised land.
 * The defender discounts promises by its trust in the proposer. A party accepting holds its fire.
 */
final class Terms {
    private Terms() {
    }

    /** A party accepts a proposal. */
    static void accept(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        Proposal p = w.proposal(set.ref(i));
        value(x, w.conflict(p.conflict()), set.actor(), p.proposer(), p.direct(), p.terms(), t);
        x.stances().relations(w, set, i, t);
    }

    /**
     * Writes into {@code t} the terms of accepting {@code terms} for {@code party} and sets the
     * stances toward the proposer.
     */
    static void value(Appraiser.Context x, Conflict c, int party, int proposer, boolean direct, SettlementDef terms, double[] t) {
        World w = x.world();
        int other = party == c.attacker() ? w.principalDefender(c) : c.attacker();
        double trust = w.belief(party, direct ? other : proposer);
        double planned = c.plannedIntensity();
        double scale = w.k(TERRITORY_SCALE);
        double ground = scale * Settlement.groundValue(w, c, terms, party);
        boolean peacekeepers = false;
        for (SettlementDef.Clause clause : terms.clauses()) {
            peacekeepers |= clause.kind() == SettlementDef.Kind.PEACEKEEPERS;
        }
        if (party == c.attacker()) {
            t[Term.TERRITORY.ordinal()] = ground - scale * x.assessment().projectedGain(c, party, planned);
            t[Term.COST.ordinal()] = Math.min(w.k(COST_CAP), planned * w.k(ENGAGEMENT_COST)
                    + w.k(CASUALTY_COST) * Fighting.expectedLosses(x, c, planned) / Math.max(1, w.availableTroops(party)));
            t[Term.ESCALATION.ordinal()] = x.assessment().escalationRisk(party, other, c, planned);
            if (peacekeepers) {
                t[Term.TERRITORY.ordinal()] -= w.k(PEACEKEEPER_PROTECTION) * Settlement.ownedHeldByOthers(w, c, party);
            }
        } else {
            double losses = x.assessment().projectedGain(c, party, planned);
            t[Term.TERRITORY.ordinal()] = trust * scale * losses + ground;
            double daily = x.assessment().expectedDeaths(c, planned);
            double rho = c.strike() ? 1 : x.assessment().ratio(c, c.region(0), planned);
            t[Term.COST.ordinal()] = trust * Math.min(w.k(COST_CAP), w.k(CASUALTY_COST) * w.whole(HORIZON_DAYS) * daily * rho / (1 + rho)
                    / Math.max(1, w.availableTroops(party)));
            if (peacekeepers) {
                t[Term.TERRITORY.ordinal()] += trust * w.k(PEACEKEEPER_PROTECTION) * Settlement.stillHeld(w, c, party);
            }
        }
        t[Term.LEGAL.ordinal()] = w.k(CEASEFIRE_LEGAL);
        if (party != c.attacker()) {
            // A state does not sign away its title lightly: terms that leave the attacker on its recognised land concede it.
            t[Term.LEGAL.ordinal()] -= w.k(OCCUPATION_CONSENT) * Settlement.occupiedAfter(w, c, terms, party);
        }
        Stances st = x.stances();
        st.clear();
        if (!direct && proposer != party) {
            st.set(proposer, w.k(PROPOSER_STANCE));
        }
    }

    /** The utility {@code party} would see in accepting: {@link #value} weighed by its own weights. */
    static double utility(Appraiser.Context x, Conflict c, int party, int proposer, boolean direct, SettlementDef terms, double[] scratch) {
        java.util.Arrays.fill(scratch, 0);
        value(x, c, party, proposer, direct, terms, scratch);
        World w = x.world();
        double u = 0;
        for (int k = 0; k < Term.COUNT; k++) {
            if (k != Term.RELATIONS.ordinal()) {
                u += w.weight(party, k) * scratch[k];
            }
        }
        return u;
    }
}
