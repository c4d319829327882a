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
    /** The length of {@link #parts}: the terms a party gains, then the terms it is promised. */
    static final int PARTS = Term.COUNT + Term.COUNT;

    private Terms() {
    }

    /** A party accepts a proposal. */
    static void accept(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        Proposal p = w.talks().proposal(set.ref(i));
        value(x, w.wars().conflict(p.conflict()), set.actor(), p.proposer(), p.direct(), p.terms(), t);
        x.stances().relations(w, set, i, t);
    }

    /**
     * Writes into {@code t} the terms of accepting {@code terms} for {@code party} and sets the
     * stances toward the proposer. The terms are what the party gains whoever proposed them, plus
     * what it is promised times its trust in the proposer (in the other party, for a direct
     * proposal); both parts are read once per decision phase for each conflict, party and package.
     */
    static void value(Appraiser.Context x, Conflict c, int party, int proposer, boolean direct, SettlementDef terms, double[] t) {
        World w = x.world();
        int other = party == c.attacker() ? w.wars().principalDefender(c) : c.attacker();
        double trust = w.minds().belief(party, direct ? other : proposer);
        double[] parts = x.termsOfAccepting(c, party, terms);
        for (int k = 0; k < Term.COUNT; k++) {
            t[k] = parts[k] + trust * parts[Term.COUNT + k];
        }
        Stances st = x.stances();
        st.clear();
        if (!direct && proposer != party) {
            st.set(proposer, w.k(PROPOSER_STANCE));
        }
    }

    /**
     * The two parts of accepting terms for a party, written into {@code parts}: what it gains
     * whatever its trust ({@code parts[0 .. Term.COUNT)}), and what it is promised, to be taken
     * times its trust ({@code parts[Term.COUNT .. PARTS)}).
     */
    static void parts(Appraiser.Context x, Conflict c, int party, SettlementDef terms, double[] parts) {
        java.util.Arrays.fill(parts, 0);
        World w = x.world();
        int other = party == c.attacker() ? w.wars().principalDefender(c) : c.attacker();
        int promised = Term.COUNT;
        double planned = c.plannedIntensity();
        double scale = w.k(TERRITORY_SCALE);
        double ground = scale * Settlement.groundValue(w, c, terms, party);
        boolean peacekeepers = false;
        for (int ci = 0; ci < terms.clauses().size(); ci++) {
            peacekeepers |= terms.clauses().get(ci).kind() == SettlementDef.Kind.PEACEKEEPERS;
        }
        if (party == c.attacker()) {
            parts[Term.TERRITORY.ordinal()] = ground - scale * x.assessment().projectedGain(c, party, planned);
            parts[Term.COST.ordinal()] = Math.min(w.k(COST_CAP), planned * w.k(ENGAGEMENT_COST)
                    + w.k(CASUALTY_COST) * Fighting.expectedLosses(x, c, planned) / Math.max(1, w.military().availableTroops(party)));
            parts[Term.ESCALATION.ordinal()] = x.assessment().escalationRisk(party, other, c, planned);
            if (peacekeepers) {
                parts[Term.TERRITORY.ordinal()] -= w.k(PEACEKEEPER_PROTECTION) * Settlement.ownedHeldByOthers(w, c, party);
            }
        } else {
            double losses = x.assessment().projectedGain(c, party, planned);
            parts[Term.TERRITORY.ordinal()] = ground;
            parts[promised + Term.TERRITORY.ordinal()] = scale * losses;
            double daily = x.assessment().expectedDeaths(c, planned);
            double rho = c.strike() ? 1 : x.assessment().ratio(c, c.region(0), planned);
            parts[promised + Term.COST.ordinal()] = Math.min(w.k(COST_CAP), w.k(CASUALTY_COST) * w.whole(HORIZON_DAYS) * daily * rho / (1 + rho)
                    / Math.max(1, w.military().availableTroops(party)));
            if (peacekeepers) {
                parts[promised + Term.TERRITORY.ordinal()] += w.k(PEACEKEEPER_PROTECTION) * Settlement.stillHeld(w, c, party);
            }
        }
        parts[Term.LEGAL.ordinal()] = w.k(CEASEFIRE_LEGAL);
        if (party != c.attacker()) {
            // A state does not sign away its title lightly: terms that leave the attacker on its recognised land concede it.
            parts[Term.LEGAL.ordinal()] -= w.k(OCCUPATION_CONSENT) * Settlement.occupiedAfter(w, c, terms, party);
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
                u += w.minds().weight(party, k) * scratch[k];
            }
        }
        return u;
    }
}
