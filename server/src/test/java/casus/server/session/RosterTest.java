package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.journal.SessionReplay;
import casus.server.testing.Requests;
import casus.server.testing.Seat;
import casus.server.testing.SessionHarness;
import casus.v1.ErrorCode;
import casus.v1.Role;
import casus.v1.SessionMode;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who belongs to a session and who holds which state, through disconnections and the grace period, by a clock the test moves. */
class RosterTest {
    @TempDir
    Path data;
    SessionHarness h;
    Seat facilitator;
    Seat alice;
    Session s;
    Duration grace;

    @BeforeEach
    void start() {
        h = SessionHarness.start(data);
        grace = h.settings().grace();
        facilitator = h.facilitator();
        alice = h.seat("alice");
        s = h.create(facilitator, SessionHarness.settings("border-2021", 5, SessionMode.TURN_BASED, 0, 0));
        alice.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        alice.ok(s, Requests.take(s.id(), "ARM"));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private int arm() {
        return s.game.actor("ARM");
    }

    @Test
    void taking_a_state_is_journaled_told_and_makes_it_the_players() {
        assertSame(s.roster.member(alice.client()), s.roster.controller(arm()));
        assertTrue(s.game.held(arm()));
        assertEquals(1, facilitator.notices(t -> t.equals("ARM is now played by alice")).size());
        assertEquals("ARM", alice.client().memberships().get(s.id()).state());
        assertEquals("alice", replayed().seats().get("ARM").person());
    }

    @Test
    void disconnected_player_keeps_its_state_through_the_grace_period_then_the_seat_is_kept_for_them() {
        h.disconnect(alice);
        assertEquals(1, facilitator.notices(t -> t.contains("is disconnected; the state waits " + grace.toSeconds() + " s")).size());
        assertFalse(s.roster.control(arm()).getConnected());
        h.advance(grace.minusNanos(1));
        assertEquals("alice", s.roster.control(arm()).getController(), "the state waits the whole grace period");
        h.advance(Duration.ofNanos(1));
        assertNull(s.roster.controller(arm()), "then nobody is at the seat");
        assertTrue(s.roster.control(arm()).getAway(), "but it is kept for alice");
        assertEquals("alice", s.roster.control(arm()).getHeldFor());
        assertTrue(s.game.held(arm()), "the day still waits for her: the session holds");
        assertEquals(1, facilitator.notices(t -> t.equals("alice is away; ARM is kept for them, and the day waits for them; their seat key"
                + " takes it back")).size());
        assertNull(s.roster.member(alice.client()), "the player is no member any more");
        assertNull(h.context().clients().byId(alice.client().id()), "and its token resumes nothing");
        assertTrue(replayed().seats().get("ARM").away(), "the seat kept for her is journaled");
    }

    @Test
    void player_back_within_the_grace_period_keeps_its_state_and_its_orders() {
        String option = alice.ok(s, Requests.actions(s.id(), "ARM")).getActionList().getDecisions(0).getOptions(0).getKey();
        alice.ok(s, Requests.submit(s.id(), "ARM", false, option));
        h.disconnect(alice);
        h.advance(grace.minusSeconds(1));
        Seat again = h.resume(alice);
        assertEquals(1, facilitator.notices(t -> t.equals("ARM's player alice is back")).size());
        h.advance(grace.multipliedBy(2));
        assertEquals("alice", s.roster.control(arm()).getController());
        assertTrue(s.roster.control(arm()).getConnected());
        assertEquals(option, again.ok(s, Requests.actions(s.id(), "ARM")).getActionList().getSubmitted(0).getOption());
    }

    @Test
    void connection_lost_without_word_counts_its_grace_period_from_the_next_pass() {
        alice.drop();
        facilitator.ok(s, casus.v1.ClientMessage.newBuilder().setWhoControls(casus.v1.WhoControls.newBuilder().setSessionId(s.id())));
        h.advance(grace.minusNanos(1));
        assertEquals("alice", s.roster.control(arm()).getController());
        h.advance(Duration.ofNanos(1));
        assertNull(s.roster.controller(arm()));
    }

    @Test
    void released_state_goes_back_to_the_agent_and_the_player_may_take_another() {
        alice.ok(s, Requests.release(s.id()));
        assertNull(s.roster.controller(arm()));
        assertEquals(1, facilitator.notices(t -> t.equals("alice hands ARM back to the agent")).size());
        alice.refused(s, Requests.actions(s.id(), "ARM"), ErrorCode.NOT_YOUR_STATE);
        alice.ok(s, Requests.take(s.id(), "AZE"));
        assertFalse(replayed().seats().get("AZE").away());
        assertFalse(replayed().seats().containsKey("ARM"), "a seat handed back is nobody's");
    }

    @Test
    void kicked_member_leaves_at_once_and_its_state_goes_back_to_the_agent() {
        h.sessions().kicked(alice.client());
        h.run();
        assertNull(s.roster.member(alice.client()));
        assertNull(s.roster.controller(arm()));
    }

    @Test
    void controller_known_from_the_journal_waits_a_grace_period_from_the_recovery() {
        h.close();
        try (SessionHarness again = SessionHarness.start(data)) {
            again.advance(Duration.ofHours(1));
            assertEquals(1, again.factory().recover());
            Session back = again.sessions().find(s.id());
            int a = back.game.actor("ARM");
            assertEquals("alice", back.roster.control(a).getController());
            again.advance(grace.minusNanos(1));
            assertEquals("alice", back.roster.control(a).getController(), "the grace period starts at the recovery");
            again.advance(Duration.ofNanos(1));
            assertNull(back.roster.controller(a));
            assertTrue(back.roster.control(a).getAway(), "then the seat is kept for her");
        }
    }

    private SessionReplay.Result replayed() {
        s.sync();
        return SessionReplay.replay(s.journalFile(), new PrintWriter(Writer.nullWriter()), false, 7);
    }
}
