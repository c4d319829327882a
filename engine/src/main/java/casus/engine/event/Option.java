package casus.engine.event;

import casus.engine.action.Action;

/**
 * One option of a decision as it was weighed: the action, its utility, its unweighted utility terms
 * (indexed by {@link casus.engine.model.Term}) and the actor whose relation weighed most in its
 * relations term (or -1).
 */
public record Option(Action action, double utility, double[] terms, int counterpart) {
    public Option {
        terms = terms.clone();
    }

    @Override
    public double[] terms() {
        return terms.clone();
    }

    public double term(int t) {
        return terms[t];
    }
}
