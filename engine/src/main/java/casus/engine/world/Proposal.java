package casus.engine.world;

import casus.engine.model.SettlementDef;

/**
 * A ceasefire proposed for a conflict, on stated terms: by a mediator, or by one of the two parties
 * to the other (a direct proposal). It takes effect when both parties have accepted it.
 */
public final class Proposal {
    /** Where a proposal stands. */
    public enum Status {
        OPEN, IN_FORCE, LAPSED
    }

    final int index;
    final int proposer;
    final int conflict;
    final SettlementDef terms;
    final boolean direct;
    final int day;
    long accepted;
    Status status = Status.OPEN;

    Proposal(int index, int proposer, int conflict, SettlementDef terms, boolean direct, int day) {
        this.index = index;
        this.proposer = proposer;
        this.conflict = conflict;
        this.terms = terms;
        this.direct = direct;
        this.day = day;
    }

    public int index() {
        return index;
    }

    public int proposer() {
        return proposer;
    }

    public int conflict() {
        return conflict;
    }

    /** What the parties would agree to. */
    public SettlementDef terms() {
        return terms;
    }

    /** True when one party proposed it to the other, with no mediator. */
    public boolean direct() {
        return direct;
    }

    /** The actor whose peacekeepers the terms bring in, or -1. */
    public int peacekeeper() {
        for (int i = 0; i < terms.clauses().size(); i++) {
            SettlementDef.Clause c = terms.clauses().get(i);
            if (c.kind() == SettlementDef.Kind.PEACEKEEPERS) {
                return c.party();
            }
        }
        return -1;
    }

    /** True when the terms bring in peacekeepers. */
    public boolean peacekeepers() {
        return peacekeeper() >= 0;
    }

    public int day() {
        return day;
    }

    public boolean acceptedBy(int actor) {
        return (accepted & (1L << actor)) != 0;
    }

    public Status status() {
        return status;
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
