package casus.engine.world;

import casus.engine.model.SettlementDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ceasefire proposals of a run: who proposed what for which conflict, who has accepted, and
 * where each stands. A proposal's index is its place in the order proposals were made; it is
 * dated by the day it was made. The proposals still open are always exactly those whose status
 * is open, in the order they were made: a proposal leaves them once it takes effect or lapses,
 * and does not come back.
 */
public final class Talks {
    private final Calendar calendar;
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<Proposal> open = new ArrayList<>();
    private final List<Proposal> proposalView = Collections.unmodifiableList(proposals);
    private final List<Proposal> openView = Collections.unmodifiableList(open);

    Talks(Calendar calendar) {
        this.calendar = calendar;
    }

    public int proposalCount() {
        return proposals.size();
    }

    /** Every proposal, in the order it was made. */
    public List<Proposal> proposals() {
        return proposalView;
    }

    public Proposal proposal(int index) {
        return proposals.get(index);
    }

    /** A ceasefire proposal on stated terms; {@code direct} when a party proposes it to the other. */
    public Proposal propose(int proposer, int conflict, SettlementDef terms, boolean direct) {
        Proposal p = new Proposal(proposals.size(), proposer, conflict, terms, direct, calendar.day());
        proposals.add(p);
        open.add(p);
        return p;
    }

    public void accept(Proposal p, int actor) {
        p.accepted |= 1L << actor;
    }

    public void withdrawAcceptance(Proposal p, int actor) {
        p.accepted &= ~(1L << actor);
    }

    /**
     * A proposal takes effect or lapses (a ceasefire in force lapses when it is broken).
     *
     * @throws IllegalArgumentException when asked to reopen a proposal that has left the table
     */
    public void setStatus(Proposal p, Proposal.Status status) {
        if (p.status != Proposal.Status.OPEN && status == Proposal.Status.OPEN) {
            throw new IllegalArgumentException("proposal " + p.index + " is " + p.status + " and cannot be reopened");
        }
        if (p.status == Proposal.Status.OPEN && status != Proposal.Status.OPEN) {
            open.remove(p);
        }
        p.status = status;
    }

    /** The proposals still open, in the order they were made. */
    public List<Proposal> openProposals() {
        return openView;
    }

    /** Whether an actor has an open ceasefire proposal on the table for a conflict. */
    public boolean hasOpenProposal(int proposer, int conflict) {
        for (int pIndex = 0; pIndex < open.size(); pIndex++) {
            Proposal p = open.get(pIndex);
            if (p.proposer == proposer && p.conflict == conflict) {
                return true;
            }
        }
        return false;
    }
}
