package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Happened;
import casus.server.testing.Requests;
import casus.server.testing.Seat;
import casus.server.testing.SessionHarness;
import casus.v1.ErrorCode;
import casus.v1.FactChange;
import casus.v1.Origin;
import casus.v1.Role;
import casus.v1.SessionMode;
import casus.v1.SessionNotice;
import casus.v1.SessionPhase;
import casus.v1.TickUpdate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session's pace by a clock the test moves: schedules, deadlines, pauses, the end and its retention. */
class SessionPaceTest {
    private static final Duration MS = Duration.ofMillis(1);

    @TempDir
    Path data;
    SessionHarness h;
    Seat facilitator;

    @BeforeEach
    void start() {
        h = SessionHarness.start(data);
        facilitator = h.facilitator();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private Session realTime(int tickMillis) {
        return h.create(facilitator, SessionHarness.settings("karabakh-2020", 3, SessionMode.REAL_TIME, tickMillis, 0)
                .addSet(FactChange.newBuilder().setPath("scenario.days").setValue("366")));
    }

    @Test
    void real_time_ticks_fall_on_a_fixed_schedule_from_the_start() {
        Session s = realTime(40);
        facilitator.ok(s, Requests.start(s.id()));
        long started = h.clock().unixMicros();
        h.advance(MS.multipliedBy(39));
        assertEquals(List.of(), facilitator.ticks(), "nothing before the first period has passed");
        h.advance(MS);
        h.advance(MS.multipliedBy(40 * 3));
        List<TickUpdate> ticks = facilitator.ticks();
        assertEquals(4, ticks.size());
        for (int i = 0; i < ticks.size(); i++) {
            TickUpdate u = ticks.get(i);
            assertEquals(i, u.getDay());
            assertEquals(started + 40_000L * (i + 1), u.getTiming().getDueUnixMicros(), "tick " + i + " is due start + k periods");
            assertEquals(u.getTiming().getDueUnixMicros(), u.getTiming().getStartedUnixMicros(), "and starts when due");
        }
    }

    @Test
    void new_tick_length_restarts_the_schedule_from_now() {
        Session s = realTime(40);
        facilitator.ok(s, Requests.start(s.id()));
        h.advance(MS.multipliedBy(50));
        facilitator.ok(s, Requests.tickLength(s.id(), 25, 0));
        long changed = h.clock().unixMicros();
        facilitator.clear();
        h.advance(MS.multipliedBy(75));
        List<TickUpdate> ticks = facilitator.ticks();
        assertEquals(3, ticks.size());
        for (int i = 0; i < ticks.size(); i++) {
            assertEquals(changed + 25_000L * (i + 1), ticks.get(i).getTiming().getDueUnixMicros());
        }
        assertEquals(25, s.settings.getTickMillis());
    }

    @Test
    void session_held_up_catches_up_a_few_ticks_back_to_back_then_drops_the_rest() {
        Session s = realTime(40);
        facilitator.ok(s, Requests.start(s.id()));
        long started = h.clock().unixMicros();
        // The tick pool is held up for a second: 25 ticks fall due with none run.
        h.clock().advance(Duration.ofSeconds(1));
        h.run();
        int catchUp = h.settings().maxCatchUpTicks();
        List<TickUpdate> ticks = facilitator.ticks();
        assertEquals(catchUp + 2, ticks.size(), "the ticks caught up, then the one due now");
        for (int i = 0; i <= catchUp; i++) {
            assertEquals(started + 40_000L * (i + 1), ticks.get(i).getTiming().getDueUnixMicros());
        }
        assertEquals(started + 1_000_000, ticks.get(catchUp + 1).getTiming().getDueUnixMicros(), "the schedule skips what it dropped");
        assertEquals(25 - (catchUp + 2), h.context().counters().skipped());
        facilitator.clear();
        h.advance(MS.multipliedBy(40));
        assertEquals(1, facilitator.ticks().size(), "and goes on at its pace");
    }

    @Test
    void paused_session_does_not_tick_and_resumes_a_period_after_resuming() {
        Session s = realTime(40);
        facilitator.ok(s, Requests.start(s.id()));
        h.advance(MS.multipliedBy(40));
        facilitator.ok(s, Requests.pause(s.id()));
        assertEquals(SessionPhase.PAUSED, s.phase);
        facilitator.clear();
        h.advance(Duration.ofHours(1));
        assertEquals(List.of(), facilitator.ticks(), "a paused session does not tick");
        facilitator.ok(s, Requests.resume(s.id()));
        long resumed = h.clock().unixMicros();
        h.advance(MS.multipliedBy(40));
        assertEquals(1, facilitator.ticks().size());
        assertEquals(resumed + 40_000, facilitator.ticks().get(0).getTiming().getDueUnixMicros());
        assertEquals(1, facilitator.ticks().get(0).getDay());
    }

    @Test
    void each_update_says_when_the_next_tick_is_due_and_a_pause_says_none_is() {
        Session s = realTime(40);
        facilitator.ok(s, Requests.start(s.id()));
        h.advance(MS.multipliedBy(40 * 3));
        List<TickUpdate> ticks = facilitator.ticks();
        assertEquals(3, ticks.size());
        for (int i = 1; i < ticks.size(); i++) {
            assertEquals(ticks.get(i).getTiming().getDueUnixMicros(), ticks.get(i - 1).getTiming().getNextDueUnixMicros(),
                    "update " + (i - 1) + " foretells when tick " + i + " is due");
        }
        assertEquals(ticks.get(2).getTiming().getNextDueUnixMicros(), facilitator.ok(s, Requests.join(s.joinCode(), Role.FACILITATOR))
                .getJoined().getSituation().getNextDueUnixMicros(), "and the situation says the same");
        facilitator.ok(s, Requests.pause(s.id()));
        List<SessionNotice> notices = facilitator.notices();
        assertEquals(0, notices.get(notices.size() - 1).getNextDueUnixMicros(), "a paused session has no tick due");
    }

    @Test
    void turn_based_update_foretells_the_next_deadline() {
        Session s = h.create(facilitator, SessionHarness.settings("border-2022", 4, SessionMode.TURN_BASED, 0, 30_000));
        facilitator.ok(s, Requests.start(s.id()));
        h.advance(Duration.ofSeconds(30));
        h.advance(Duration.ofSeconds(30));
        List<TickUpdate> ticks = facilitator.ticks();
        assertEquals(2, ticks.size());
        assertEquals(ticks.get(1).getTiming().getDueUnixMicros(), ticks.get(0).getTiming().getNextDueUnixMicros());
    }

    @Test
    void step_plays_one_tick_of_a_waiting_session_and_is_refused_while_it_runs_in_real_time() {
        Session s = realTime(40);
        facilitator.ok(s, Requests.step(s.id()));
        assertEquals(1, facilitator.ticks().size(), "a step ticks at once");
        assertEquals(SessionPhase.WAITING, s.phase);
        h.advance(Duration.ofMinutes(1));
        assertEquals(1, facilitator.ticks().size(), "and only once");
        facilitator.ok(s, Requests.start(s.id()));
        facilitator.refused(s, Requests.step(s.id()), ErrorCode.WRONG_PHASE);
    }

    @Test
    void ended_session_never_ticks_again_and_is_kept_only_as_a_listing_after_its_retention() {
        Session s = realTime(40);
        facilitator.ok(s, Requests.start(s.id()));
        h.advance(MS.multipliedBy(40));
        facilitator.ok(s, Requests.end(s.id()));
        assertEquals(SessionPhase.ENDED, s.phase);
        assertTrue(facilitator.pushes().stream().anyMatch(m -> m.hasSessionEnded()));
        facilitator.clear();
        h.advance(h.settings().endedRetention().minus(MS));
        assertEquals(List.of(), facilitator.ticks(), "an ended session does not tick");
        assertEquals(s, h.sessions().find(s.id()), "its game is kept for its retention");
        h.advance(MS);
        assertNull(h.sessions().find(s.id()), "then its game is let go");
        EndedSession kept = h.sessions().findEnded(s.joinCode());
        assertEquals(SessionPhase.ENDED, kept.info().getPhase(), "it stays listed, as ended");
        assertTrue(h.sessions().list().contains(kept.info()));
        assertTrue(kept.member(facilitator.client()));
        assertTrue(java.nio.file.Files.isRegularFile(kept.journal()), "its journal stays");
    }

    @Test
    void turn_based_tick_runs_at_the_deadline_and_a_silent_player_holds_still() {
        Session s = h.create(facilitator, SessionHarness.settings("border-2022", 4, SessionMode.TURN_BASED, 0, 30_000));
        Seat alice = h.seat("alice");
        alice.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        alice.ok(s, Requests.take(s.id(), "AZE"));
        facilitator.ok(s, Requests.start(s.id()));
        h.advance(Duration.ofSeconds(30).minus(MS));
        assertEquals(List.of(), alice.ticks(), "the players have until the deadline");
        h.advance(MS);
        assertEquals(1, alice.ticks().size(), "the tick runs at the deadline");
        h.advance(Duration.ofSeconds(30));
        TickUpdate u = alice.ticks().get(1);
        assertEquals(1, u.getDay(), "the next deadline counts from the tick");
        // On day 0 the offensive sets AZE's posture; it decides from day 1.
        assertTrue(!Happened.decisions(u, "AZE").isEmpty());
        assertTrue(Happened.decisions(u, "AZE").stream().allMatch(d -> d.getOrigin() == Origin.HELD),
                "a state whose player missed the deadline holds still");
    }

    @Test
    void turn_based_tick_runs_as_soon_as_every_player_is_ready() {
        Session s = h.create(facilitator, SessionHarness.settings("border-2022", 4, SessionMode.TURN_BASED, 0, 30_000));
        Seat alice = h.seat("alice");
        alice.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        alice.ok(s, Requests.take(s.id(), "ARM"));
        facilitator.ok(s, Requests.start(s.id()));
        h.advance(Duration.ofSeconds(5));
        long ready = h.clock().unixMicros();
        alice.ok(s, Requests.submit(s.id(), "ARM", true));
        assertEquals(1, alice.ticks().size());
        assertEquals(ready, alice.ticks().get(0).getTiming().getDueUnixMicros(), "due when the last player was ready");
    }

    @Test
    void turn_based_session_without_deadline_or_players_waits_for_the_facilitator() {
        Session s = h.create(facilitator, SessionHarness.settings("border-2022", 4, SessionMode.TURN_BASED, 0, 0));
        facilitator.ok(s, Requests.start(s.id()));
        h.advance(Duration.ofDays(1));
        assertEquals(List.of(), facilitator.ticks());
        facilitator.ok(s, Requests.step(s.id()));
        assertEquals(1, facilitator.ticks().size());
    }
}
