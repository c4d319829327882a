package casus.engine.world;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.SettlementDef;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The ceasefire proposals of a run: who accepted them, and which are still open. */
class TalksTest {
    private static final SettlementDef FREEZE = new SettlementDef("freeze", "the lines as they stand",
            List.of(new SettlementDef.Clause(SettlementDef.Kind.FREEZE, -1, new int[0])), "");

    private final Calendar calendar = new Calendar();
    private final Talks talks = new Talks(calendar);

    @Test
    void a_proposal_is_dated_and_open_until_it_takes_effect_or_lapses() {
        calendar.advance();
        Proposal p = talks.propose(NEU, 0, FREEZE, false);
        Proposal q = talks.propose(PAT, 0, FREEZE, false);

        assertEquals(1, p.day());
        assertEquals(List.of(p, q), talks.openProposals());
        assertTrue(talks.hasOpenProposal(NEU, 0));

        talks.setStatus(p, Proposal.Status.IN_FORCE);
        talks.setStatus(q, Proposal.Status.LAPSED);

        assertEquals(List.of(), talks.openProposals());
        assertFalse(talks.hasOpenProposal(NEU, 0));
        assertEquals(2, talks.proposalCount(), "every proposal made stays on record");
        assertEquals(Proposal.Status.LAPSED, talks.proposal(1).status());
        assertThrows(UnsupportedOperationException.class, () -> talks.openProposals().clear());
        assertThrows(UnsupportedOperationException.class, () -> talks.proposals().clear());
    }

    @Test
    void an_open_proposal_is_for_one_conflict_from_one_proposer() {
        talks.propose(NEU, 1, FREEZE, false);

        assertTrue(talks.hasOpenProposal(NEU, 1));
        assertFalse(talks.hasOpenProposal(NEU, 0));
        assertFalse(talks.hasOpenProposal(PAT, 1));
    }

    @Test
    void acceptances_are_given_and_withdrawn_by_each_party_alone() {
        Proposal p = talks.propose(ATK, 0, FREEZE, true);

        talks.accept(p, ATK);
        talks.accept(p, DEF);
        talks.withdrawAcceptance(p, ATK);

        assertFalse(p.acceptedBy(ATK));
        assertTrue(p.acceptedBy(DEF));
        assertTrue(p.direct());
    }

    @Test
    void a_proposal_that_left_the_table_is_not_reopened() {
        Proposal p = talks.propose(NEU, 0, FREEZE, false);
        talks.setStatus(p, Proposal.Status.IN_FORCE);

        assertThrows(IllegalArgumentException.class, () -> talks.setStatus(p, Proposal.Status.OPEN));
        assertEquals(List.of(), talks.openProposals());

        talks.setStatus(p, Proposal.Status.LAPSED);
        assertEquals(Proposal.Status.LAPSED, p.status(), "a ceasefire broken lapses");
    }

    /** However proposals are made and settled, the open ones are those whose status is open, in the order made. */
    @Property(tries = 200)
    void the_open_proposals_are_those_open_in_the_order_made(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Talks t = new Talks(new Calendar());
        Proposal.Status[] settled = {Proposal.Status.IN_FORCE, Proposal.Status.LAPSED};
        for (int step = 0; step < 40; step++) {
            if (t.proposalCount() == 0 || r.nextInt(3) == 0) {
                t.propose(r.nextInt(7), r.nextInt(3), FREEZE, r.nextBoolean());
            } else {
                t.setStatus(t.proposal(r.nextInt(t.proposalCount())), settled[r.nextInt(settled.length)]);
            }
            List<Proposal> open = new ArrayList<>();
            for (Proposal p : t.proposals()) {
                if (p.open()) {
                    open.add(p);
                }
            }
            assertEquals(open, t.openProposals());
        }
    }
}
