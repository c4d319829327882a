package casus.server.game;

import casus.engine.model.Term;
import casus.v1.TermValue;

/** A utility term as the protocol tells it: its key and label, its raw value and its part of the utility. */
final class TermValues {
    private TermValues() {
    }

    static TermValue of(Term term, double raw, double weight) {
        return TermValue.newBuilder().setTerm(term.key()).setLabel(term.label()).setRaw(raw).setWeighted(raw * weight).build();
    }
}
