package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.journal.SessionReplay;
import casus.server.testing.Happened;
import casus.server.testing.Requests;
import casus.server.testing.Seat;
import casus.server.testing.SessionHarness;
import casus.v1.AbsentPolicy;
import casus.v1.Control;
import casus.v1.ErrorCode;
import casus.v1.Happening;
import casus.v1.Origin;
import casus.v1.Role;
import casus.v1.SeatHanded;
import casus.v1.SeatReclaimed;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import casus.v1.TickUpdate;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seats tied to a person, by a clock the test moves: the seat key a player gets takes the seat
 * back from a new connection during the grace period and after it; the seat is kept for its
 * person meanwhile; the facilitator hands it to someone else, which stops the old key, and sets
 * what it does while its person is away; the journal keeps all of it through a restart.
 */
class SeatKeysTest {
    @TempDir
    Path data;
    SessionHarness h;
    Seat facilitator;
    Seat alice;
    Seat bob;
    Session s;
    Duration grace;
    /** Alice's seat key for ARM. */
    String key;

    @BeforeEach
    void start() {
        h = SessionHarness.start(data);
        grace = h.settings().grace();
        facilitator = h.facilitator();
        alice = h.seat("alice");
        bob = h.seat("bob");
        s = h.create(facilitator, SessionHarness.settings("karabakh-2020", 5, SessionMode.TURN_BASED, 0, 0));
        alice.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        bob.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        key = alice.ok(s, Requests.take(s.id(), "ARM")).getBriefing().getSeatKey();
        bob.ok(s, Requests.take(s.id(), "AZE"));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private int arm() {
        return s.game.actor("ARM");
    }

    /** Past the grace period of alice's connection, which closes now. */
    private void aliceAway() {
        h.disconnect(alice);
        h.advance(grace);
    }

    @Test
    void taking_a_state_gives_an_unguessable_seat_key_of_its_own_kept_only_as_a_hash() throws java.io.IOException {
        assertTrue(key.length() >= 32, key);
        String bobs = bob.refused(s, Requests.reclaim(s.joinCode(), "nothing"), ErrorCode.BAD_SEAT_KEY);
        assertTrue(bobs.contains("opens no seat"), bobs);
        String hash = replayed().seats().get("ARM").keyHash();
        assertEquals(casus.server.auth.Tokens.sha256(key), hash, "the journal keeps the key's hash");
        assertFalse(java.nio.file.Files.readString(s.journalFile(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(key),
                "and never the key");
    }

    @Test
    void the_key_reclaims_the_seat_during_the_grace_period_and_the_open_connection_is_replaced() {
        String option = alice.ok(s, Requests.actions(s.id(), "ARM")).getActionList().getDecisions(0).getOptions(0).getKey();
        alice.ok(s, Requests.submit(s.id(), "ARM", false, option));
        Seat laptop = h.seat("Alice");
        SeatReclaimed r = laptop.ok(s, Requests.reclaim(s.joinCode().toLowerCase(), key)).getSeatReclaimed();
        assertTrue(r.getReplaced(), "the first connection was open");
        assertFalse(r.getWasAway());
        assertEquals("ARM", r.getJoined().getControlledState());
        assertEquals(Role.PLAYER, r.getJoined().getRole());
        assertEquals(key, r.getBriefing().getSeatKey(), "the key goes on working");
        assertEquals(ErrorCode.REPLACED, alice.closedWith(), "the first connection is told it was replaced");
        assertNull(s.roster.member(alice.client()), "and is no member any more");
        assertSame(s.roster.member(laptop.client()), s.roster.controller(arm()));
        assertEquals(option, laptop.ok(s, Requests.actions(s.id(), "ARM")).getActionList().getSubmitted(0).getOption(),
                "the orders given before are kept");
        assertEquals(1, facilitator.notices(t -> t.equals("ARM's player Alice is back, with the seat key, on another connection")).size());
        assertEquals(laptop.client().id(), replayed().seats().get("ARM").clientId(), "the reclaim is journaled");
        assertTrue(replayed().playerTokens().containsAll(List.of(alice.client().tokenHash(), laptop.client().tokenHash())),
                "both connections count among those who played, to whom an ended session stays listed");
    }

    @Test
    void the_key_reclaims_the_seat_of_a_disconnected_player_within_its_grace_period() {
        h.disconnect(alice);
        h.advance(grace.dividedBy(2));
        Seat again = h.seat("alice");
        SeatReclaimed r = again.ok(s, Requests.reclaim(s.joinCode(), key)).getSeatReclaimed();
        assertFalse(r.getReplaced(), "nothing was open to replace");
        assertFalse(r.getWasAway());
        h.advance(grace.multipliedBy(2));
        Control arm = s.roster.control(arm());
        assertEquals("alice", arm.getController(), "the old connection's grace period no longer counts");
        assertTrue(arm.getConnected());
        assertFalse(arm.getAway());
    }

    @Test
    void past_the_grace_period_the_seat_is_kept_for_its_person_and_refused_to_anyone_else() {
        aliceAway();
        Control arm = s.roster.control(arm());
        assertTrue(arm.getAway());
        assertEquals("alice", arm.getHeldFor());
        assertEquals("", arm.getClientId());
        bob.ok(s, Requests.release(s.id()));
        String refusal = bob.refused(s, Requests.take(s.id(), "ARM"), ErrorCode.SEAT_HELD);
        assertEquals("ARM is held for alice, who can reclaim it; the facilitator can hand it to someone else", refusal);
        Seat other = h.seat("alice");
        other.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        String hers = other.refused(s, Requests.take(s.id(), "ARM"), ErrorCode.SEAT_HELD);
        assertTrue(hers.contains("reclaim it with the seat key your client kept"), "a name alone takes nothing: " + hers);
    }

    @Test
    void the_key_reclaims_the_seat_after_the_grace_period_while_the_agent_stood_in() {
        facilitator.ok(s, Requests.seatAway(s.id(), "ARM", AbsentPolicy.AGENT_STANDS_IN));
        facilitator.ok(s, Requests.start(s.id()));
        aliceAway();
        bob.ok(s, Requests.submit(s.id(), "AZE", true));
        TickUpdate day0 = facilitator.ticks().get(0);
        List<Happening> arms = Happened.decisions(day0, "ARM");
        assertFalse(arms.isEmpty());
        assertTrue(arms.stream().allMatch(d -> d.getOrigin() == Origin.AGENT_FOR_PERSON), "the agent stood in: " + arms);
        Seat back = h.seat("alice");
        SeatReclaimed r = back.ok(s, Requests.reclaim(s.joinCode(), key)).getSeatReclaimed();
        assertTrue(r.getWasAway());
        assertEquals(1, r.getBriefing().getDay());
        assertFalse(s.game.turn().away(arm()));
        assertTrue(s.roster.control(arm()).getConnected());
        assertEquals(1, facilitator.notices(t -> t.equals("ARM's player alice is back, with the seat key")).size());
    }

    @Test
    void another_person_cannot_use_the_key() {
        aliceAway();
        Seat carol = h.seat("carol");
        String refusal = carol.refused(s, Requests.reclaim(s.joinCode(), key), ErrorCode.BAD_SEAT_KEY);
        assertEquals("this seat key is alice's, for ARM; say Hello as alice to reclaim it", refusal);
        assertTrue(s.roster.control(arm()).getAway(), "the seat is still kept for alice");
    }

    @Test
    void the_facilitator_hands_the_seat_to_a_connected_player_whose_new_key_stops_the_old() {
        Seat carol = h.seat("carol");
        carol.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        facilitator.ok(s, Requests.hand(s.id(), "ARM", "Carol"));
        SeatHanded handed = carol.pushes().stream().filter(ServerMessage::hasSeatHanded).findFirst().orElseThrow().getSeatHanded();
        String carols = handed.getBriefing().getSeatKey();
        assertEquals("ARM", handed.getBriefing().getState());
        assertNotEquals(key, carols);
        assertSame(s.roster.member(carol.client()), s.roster.controller(arm()));
        assertEquals(-1, s.roster.member(alice.client()).state, "alice lost the seat");
        assertEquals(1, facilitator.notices(t -> t.equals("the facilitator takes ARM back from alice, to hand it to carol")).size());
        assertEquals(1, facilitator.notices(t -> t.equals("the facilitator hands ARM to carol")).size());
        Seat laptop = h.seat("alice");
        String refusal = laptop.refused(s, Requests.reclaim(s.joinCode(), key), ErrorCode.BAD_SEAT_KEY);
        assertTrue(refusal.contains("opens no seat"), refusal);
        h.disconnect(carol);
        Seat carolAgain = h.seat("carol");
        assertEquals("ARM", carolAgain.ok(s, Requests.reclaim(s.joinCode(), carols)).getSeatReclaimed().getJoined().getControlledState());
    }

    @Test
    void a_seat_handed_to_someone_not_here_is_kept_for_them_and_theirs_when_they_take_it() {
        aliceAway();
        facilitator.ok(s, Requests.hand(s.id(), "ARM", "dana"));
        Control arm = s.roster.control(arm());
        assertTrue(arm.getAway() && arm.getHanded());
        assertEquals("dana", arm.getHeldFor());
        Seat laptop = h.seat("alice");
        laptop.refused(s, Requests.reclaim(s.joinCode(), key), ErrorCode.BAD_SEAT_KEY);
        bob.ok(s, Requests.release(s.id()));
        assertEquals("ARM is kept for dana: the facilitator handed it to them", bob.refused(s, Requests.take(s.id(), "ARM"),
                ErrorCode.SEAT_HELD));
        Seat dana = h.seat("Dana");
        dana.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        String danas = dana.ok(s, Requests.take(s.id(), "ARM")).getBriefing().getSeatKey();
        assertFalse(danas.isEmpty());
        assertFalse(s.roster.control(arm()).getAway());
        assertEquals("Dana", replayed().seats().get("ARM").person());
    }

    @Test
    void a_player_who_lost_the_key_gets_the_seat_handed_back_under_their_name() {
        aliceAway();
        Seat fresh = h.seat("alice");
        fresh.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        facilitator.ok(s, Requests.hand(s.id(), "ARM", "alice"));
        String fresher = fresh.pushes().stream().filter(ServerMessage::hasSeatHanded).findFirst().orElseThrow().getSeatHanded()
                .getBriefing().getSeatKey();
        assertSame(s.roster.member(fresh.client()), s.roster.controller(arm()));
        h.seat("alice").refused(s, Requests.reclaim(s.joinCode(), key), ErrorCode.BAD_SEAT_KEY);
        assertNotEquals(key, fresher);
    }

    @Test
    void a_seat_that_holds_makes_the_day_wait_for_its_person_and_one_whose_agent_stands_in_does_not() {
        facilitator.ok(s, Requests.start(s.id()));
        aliceAway();
        assertFalse(s.game.turn().agentStandsIn(arm()), "the session holds by default");
        bob.ok(s, Requests.submit(s.id(), "AZE", true));
        assertEquals(List.of(), facilitator.ticks(), "the day waits for alice");
        assertEquals("waiting for ARM (alice, away) to be ready, or for the facilitator to step", s.situation().getBoard().getWaitingFor());
        facilitator.ok(s, Requests.step(s.id()));
        List<Happening> held = Happened.decisions(facilitator.ticks().get(0), "ARM");
        assertFalse(held.isEmpty());
        assertTrue(held.stream().allMatch(d -> d.getOrigin() == Origin.HELD), "ARM held still: " + held);

        facilitator.ok(s, Requests.seatAway(s.id(), "ARM", AbsentPolicy.AGENT_STANDS_IN));
        Control arm = s.roster.control(arm());
        assertEquals(AbsentPolicy.AGENT_STANDS_IN, arm.getAbsent());
        assertTrue(arm.getAbsentSet());
        assertEquals(1, facilitator.notices(t -> t.equals("the agent plays ARM while its player is away")).size());
        assertEquals("waiting for AZE (bob) to be ready, or for the facilitator to step", s.situation().getBoard().getWaitingFor());
        bob.ok(s, Requests.submit(s.id(), "AZE", true));
        assertEquals(2, facilitator.ticks().size(), "the day no longer waits for alice");
        List<Happening> stoodIn = Happened.decisions(facilitator.ticks().get(1), "ARM");
        assertFalse(stoodIn.isEmpty());
        assertTrue(stoodIn.stream().allMatch(d -> d.getOrigin() == Origin.AGENT_FOR_PERSON), "the agent stood in: " + stoodIn);
        assertEquals(AbsentPolicy.HOLD, s.roster.control(s.game.actor("AZE")).getAbsent(), "the other seats hold as the session does");

        facilitator.ok(s, Requests.seatAway(s.id(), "ARM", AbsentPolicy.ABSENT_POLICY_UNSPECIFIED));
        assertFalse(s.roster.control(arm()).getAbsentSet());
        assertFalse(s.game.turn().agentStandsIn(arm()), "back to the session's");
    }

    @Test
    void a_seat_that_lets_the_agent_stand_in_overrides_a_session_that_holds_for_missing_orders_too() {
        facilitator.ok(s, Requests.seatAway(s.id(), "AZE", AbsentPolicy.AGENT_STANDS_IN));
        facilitator.ok(s, Requests.start(s.id()));
        facilitator.ok(s, Requests.step(s.id()));
        TickUpdate day0 = facilitator.ticks().get(0);
        assertFalse(Happened.decisions(day0, "AZE").isEmpty());
        assertFalse(Happened.decisions(day0, "ARM").isEmpty());
        assertTrue(Happened.decisions(day0, "AZE").stream().allMatch(d -> d.getOrigin() == Origin.AGENT_FOR_PERSON));
        assertTrue(Happened.decisions(day0, "ARM").stream().allMatch(d -> d.getOrigin() == Origin.HELD));
    }

    @Test
    void the_journal_keeps_the_seats_their_keys_and_their_policies_through_a_restart() {
        facilitator.ok(s, Requests.seatAway(s.id(), "ARM", AbsentPolicy.AGENT_STANDS_IN));
        facilitator.ok(s, Requests.hand(s.id(), "RUS", "dana"));
        aliceAway();
        String bobs = s.roster.seats[s.game.actor("AZE")].keyHash;
        h.close();
        try (SessionHarness again = SessionHarness.start(data)) {
            assertEquals(1, again.factory().recover());
            Session back = again.sessions().find(s.id());
            int a = back.game.actor("ARM");
            Control arm = back.roster.control(a);
            assertTrue(arm.getAway(), "ARM is still kept for alice");
            assertEquals("alice", arm.getHeldFor());
            assertEquals(AbsentPolicy.AGENT_STANDS_IN, arm.getAbsent(), "with its policy");
            assertTrue(arm.getAbsentSet());
            assertTrue(back.game.turn().away(a));
            Control rus = back.roster.control(back.game.actor("RUS"));
            assertTrue(rus.getHanded());
            assertEquals("dana", rus.getHeldFor());
            Control aze = back.roster.control(back.game.actor("AZE"));
            assertEquals("bob", aze.getController());
            assertFalse(aze.getConnected(), "bob waits a grace period from the restart");
            assertEquals(bobs, back.roster.seats[back.game.actor("AZE")].keyHash);

            Seat alice2 = again.seat("alice");
            SeatReclaimed r = alice2.ok(back, Requests.reclaim(back.joinCode(), key)).getSeatReclaimed();
            assertTrue(r.getWasAway());
            assertEquals("ARM", r.getJoined().getControlledState());
            assertFalse(back.game.turn().away(a));
        }
    }

    @Test
    void refused_reclaims_and_hand_overs_say_why_in_words() {
        assertEquals("reclaim_seat needs the seat key", bob.refused(s, Requests.reclaim(s.joinCode(), ""), ErrorCode.BAD_REQUEST));
        assertEquals("this seat key is alice's, for ARM; say Hello as alice to reclaim it",
                bob.refused(s, Requests.reclaim(s.joinCode(), key), ErrorCode.BAD_SEAT_KEY));
        h.seat("").refused(s, Requests.reclaim(s.joinCode(), key), ErrorCode.BAD_NAME);
        assertEquals("alice plays ARM; take it back or hand it to someone else first",
                facilitator.refused(s, Requests.hand(s.id(), "RUS", "ALICE"), ErrorCode.ALREADY_CONTROLLING));
        facilitator.refused(s, Requests.hand(s.id(), "RUS", ""), ErrorCode.BAD_REQUEST);
        bob.refused(s, Requests.hand(s.id(), "RUS", "bob"), ErrorCode.UNAUTHORIZED);
        aliceAway();
        Seat busy = h.seat("alice");
        busy.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        busy.ok(s, Requests.take(s.id(), "RUS"));
        assertEquals("alice already controls RUS; release it first",
                busy.refused(s, Requests.reclaim(s.joinCode(), key), ErrorCode.ALREADY_CONTROLLING));
    }

    private SessionReplay.Result replayed() {
        s.sync();
        return SessionReplay.replay(s.journalFile(), new PrintWriter(Writer.nullWriter()), false, 7);
    }
}
