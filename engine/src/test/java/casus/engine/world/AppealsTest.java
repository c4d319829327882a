package casus.engine.world;

import static casus.engine.testing.TinySetting.ACTORS;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Ask;
import casus.engine.model.Obligation;
import org.junit.jupiter.api.Test;

/** The appeals of a run and what was done with them, in order and dated. */
class AppealsTest {
    private final Calendar calendar = new Calendar();
    private final Appeals appeals = new Appeals(ACTORS, calendar);

    Request appeal(int requester, int treaty, int addressee, Ask ask) {
        return appeals.openRequest(requester, treaty, addressee, 0, Obligation.MUTUAL_ASSISTANCE, ask, -1, 0.5, 0.5);
    }

    @Test
    void an_appeal_is_dated_when_made_and_again_when_answered() {
        calendar.advance();
        Request q = appeal(DEF, PACT, PAT, Ask.MILITARY_AID);
        assertEquals(1, q.day());
        assertTrue(q.open());
        assertEquals(-1, q.answeredDay());

        calendar.advance();
        appeals.answer(q, Request.Status.PARTIAL);

        assertEquals(Request.Status.PARTIAL, q.status());
        assertFalse(q.open());
        assertEquals(2, q.answeredDay());
    }

    @Test
    void appeals_motions_and_missions_keep_the_order_they_came_in() {
        Request first = appeal(DEF, BLOC, -1, Ask.MILITARY_AID);
        Request second = appeal(MBA, BLOC, -1, Ask.CONSULTATIONS);
        Motion m = appeals.tableMotion(BLOC, second.index(), Motion.Kind.CONSULTATION);
        appeals.sendMission(new Mission(BLOC, first.index(), DEF, 0));

        assertEquals(0, first.index());
        assertEquals(1, second.index());
        assertSame(second, appeals.request(1));
        assertEquals(2, appeals.requestCount());
        assertEquals(0, m.index());
        assertSame(m, appeals.motions().get(0));
        assertEquals(1, appeals.missionCount());
        assertEquals(DEF, appeals.mission(0).host());
        assertThrows(UnsupportedOperationException.class, () -> appeals.requests().clear());
        assertThrows(UnsupportedOperationException.class, () -> appeals.motions().clear());
        assertThrows(UnsupportedOperationException.class, () -> appeals.missions().clear());
    }

    @Test
    void the_last_appeal_is_the_latest_to_the_same_addressee_for_the_same_thing() {
        Request early = appeal(DEF, PACT, PAT, Ask.MILITARY_AID);
        Request late = appeal(DEF, PACT, PAT, Ask.MILITARY_AID);
        appeal(DEF, PACT, PAT, Ask.CONSULTATIONS);
        Request outside = appeal(DEF, -1, NEU, Ask.RESCUE);

        assertSame(late, appeals.lastAppeal(DEF, PACT, PAT, 0, Ask.MILITARY_AID));
        assertSame(outside, appeals.lastAppeal(DEF, -1, NEU, 0, Ask.RESCUE));
        assertNull(appeals.lastAppeal(DEF, -1, PAT, 0, Ask.RESCUE), "outside a treaty, the state asked matters");
        assertNull(appeals.lastAppeal(MBA, PACT, PAT, 0, Ask.MILITARY_AID));
        assertEquals(0, early.index());
    }

    @Test
    void an_appeal_stays_open_with_a_treaty_until_answered() {
        Request q = appeal(DEF, BLOC, -1, Ask.MILITARY_AID);
        assertTrue(appeals.appealOpen(DEF, BLOC));
        assertFalse(appeals.appealOpen(DEF, PACT));
        assertFalse(appeals.appealOpen(MBA, BLOC));

        appeals.answer(q, Request.Status.REFUSED);

        assertFalse(appeals.appealOpen(DEF, BLOC));
    }

    @Test
    void a_motion_is_dated_when_tabled_and_nobody_has_voted_until_they_vote() {
        Request q = appeal(DEF, BLOC, -1, Ask.MILITARY_AID);
        calendar.advance();

        Motion m = appeals.tableMotion(BLOC, q.index(), Motion.Kind.DEPLOYMENT);
        for (int a = 0; a < ACTORS; a++) {
            assertEquals(Motion.Vote.NONE, m.vote(a));
        }
        appeals.castVote(m, PAT, Motion.Vote.YES);
        appeals.closeMotion(m, Motion.Status.PASSED);

        assertEquals(1, m.tabledDay());
        assertEquals(Motion.Vote.YES, m.vote(PAT));
        assertEquals(Motion.Vote.NONE, m.vote(MBA));
        assertFalse(m.open());
        assertEquals(Motion.Status.PASSED, m.status());
    }
}
