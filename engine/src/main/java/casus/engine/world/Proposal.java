package casus.engine.world;

/** A ceasefire proposed by a mediator (or a party) for one conflict. */
public final class Proposal {
    /** Where a proposal stands. */
    public enum Status {
        OPEN, IN_FORCE, LAPSED
    }

    final int index;
    final int proposer;
    final int conflict;
    final boolean peacekeepers;
    final int day;
    long accepted;
    Status status = Status.OPEN;

    Proposal(int index, int proposer, int conflict, boolean peacekeepers, int day) {
        this.index = index;
        this.proposer = proposer;
        this.conflict = conflict;
        this.peacekeepers = peacekeepers;
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

    /** True when the proposer offers its own peacekeepers to guard the line. */
    public boolean peacekeepers() {
        return peacekeepers;
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
