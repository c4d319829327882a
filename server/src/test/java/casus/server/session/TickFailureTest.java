package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.journal.JournalReader;
import casus.server.journal.SessionReplay;
import casus.server.testing.LogCapture;
import casus.server.testing.Requests;
import casus.server.testing.Seat;
import casus.server.testing.SessionHarness;
import casus.v1.ActionChoice;
import casus.v1.Decision;
import casus.v1.ErrorCode;
import casus.v1.JournalEntry;
import casus.v1.Role;
import casus.v1.SessionMode;
import casus.v1.SessionNotice;
import casus.v1.SessionPhase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tick that throws after it changed the game: the session goes back to the last day its
 * journal completed, says why, and plays the day again from there, so that its journal replays
 * and its days are those of a session whose tick never failed.
 */
class TickFailureTest {
    private static final int DAYS = 5;
    private static final int FAILING_DAY = 2;

    @TempDir
    Path tmp;

    /** A turn-based session whose player orders the agent's advice every day, with a shock on the failing day. */
    private static final class Game {
        final SessionHarness h;
        final Seat facilitator;
        final Seat alice;
        final Session s;

        Game(SessionHarness h) {
            this.h = h;
            facilitator = h.facilitator();
            alice = h.seat("alice");
            s = h.create(facilitator, SessionHarness.settings("border-2022", 4, SessionMode.TURN_BASED, 0, 0));
            alice.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
            alice.ok(s, Requests.take(s.id(), "ARM"));
            facilitator.ok(s, Requests.start(s.id()));
        }

        /** Orders the advice for every decision of the day, not yet ready; returns the choices. */
        List<ActionChoice> order() {
            List<String> options = new ArrayList<>();
            for (Decision d : alice.ok(s, Requests.actions(s.id(), "ARM")).getActionList().getDecisionsList()) {
                options.add(d.getAdvice());
            }
            alice.ok(s, Requests.submit(s.id(), "ARM", false, options.toArray(String[]::new)));
            return alice.ok(s, Requests.actions(s.id(), "ARM")).getActionList().getSubmittedList();
        }

        void shock() {
            facilitator.ok(s, Requests.inject(s.id(), "kharkiv"));
            alice.ok(s, Requests.message(s.id(), "hold the line"));
        }

        void ready() {
            alice.ok(s, Requests.submit(s.id(), "ARM", true));
        }

        Path journal() {
            s.sync();
            return s.journalFile();
        }
    }

    @Test
    void failed_tick_leaves_the_session_at_the_last_completed_day_and_it_resumes_from_there() throws IOException {
        Game g;
        String chronicle;
        try (SessionHarness h = SessionHarness.start(tmp.resolve("failing")); LogCapture log = LogCapture.start()) {
            g = new Game(h);
            for (int day = 0; day < DAYS; day++) {
                List<ActionChoice> ordered = g.order();
                if (day != FAILING_DAY) {
                    g.ready();
                    continue;
                }
                g.shock();
                h.ticks().fail(FAILING_DAY, 1);
                g.ready();

                assertEquals(FAILING_DAY, g.s.game.day(), "the session is at the last day its journal completed");
                assertEquals(SessionPhase.PAUSED, g.s.phase);
                assertEquals(FAILING_DAY - 1, g.alice.ticks().get(g.alice.ticks().size() - 1).getDay(), "no update for the failed day");
                assertEquals(ordered, g.alice.ok(g.s, Requests.actions(g.s.id(), "ARM")).getActionList().getSubmittedList(),
                        "the orders for the day are kept");
                assertTrue(g.s.game.today().stream().anyMatch(e -> e.getId().equals("kharkiv")), "and the shock injected for it");
                assertTrue(g.s.game.turn().allReady());
                SessionNotice toFacilitator = last(g.facilitator.notices());
                assertTrue(toFacilitator.getText().startsWith("the tick of day 2 failed (java.lang.IllegalStateException: a test's failure"),
                        toFacilitator.getText());
                assertTrue(toFacilitator.getText().contains("the session is paused at day 2, as its journal has it"), toFacilitator.getText());
                assertEquals(SessionPhase.PAUSED, toFacilitator.getPhase());
                assertTrue(last(g.alice.notices()).getText().startsWith("the tick of day 2 failed; the session is paused at day 2"));
                assertEquals(1, log.lines("ERROR", "the tick of day 2 failed", "IllegalStateException").size(), log.lines().toString());
                assertEquals(SessionReplay.chronicle(g.journal()), Files.readString(SessionReplay.chronicleFile(g.s.dir()),
                        StandardCharsets.UTF_8), "the chronicle tells no half day");

                g.facilitator.ok(g.s, Requests.resume(g.s.id()));
                assertEquals(FAILING_DAY, last(g.alice.ticks()).getDay(), "resumed, the day is played again");
            }
            assertEquals(DAYS, g.alice.ticks().size());
            g.facilitator.ok(g.s, Requests.end(g.s.id()));
            chronicle = Files.readString(SessionReplay.chronicleFile(g.s.dir()), StandardCharsets.UTF_8);
        }
        Path failing = g.s.journalFile();
        SessionReplay.Result replayed = SessionReplay.replay(failing, new PrintWriter(Writer.nullWriter()), false, 7);
        assertEquals(DAYS, replayed.ticks(), "the journal replays, every day checked against its digest");
        assertEquals(SessionReplay.chronicle(failing), chronicle, "and to the chronicle the live session wrote");

        Game clean;
        try (SessionHarness h = SessionHarness.start(tmp.resolve("clean"))) {
            clean = new Game(h);
            for (int day = 0; day < DAYS; day++) {
                clean.order();
                if (day == FAILING_DAY) {
                    clean.shock();
                }
                clean.ready();
            }
            clean.facilitator.ok(clean.s, Requests.end(clean.s.id()));
        }
        assertEquals(digests(clean.s.journalFile()), digests(failing), "the days are those of a session whose tick never failed");
        assertEquals(SessionReplay.chronicle(clean.s.journalFile()), chronicle);
    }

    @Test
    void failed_tick_of_a_real_time_session_pauses_it_until_the_facilitator_resumes_it() {
        try (SessionHarness h = SessionHarness.start(tmp)) {
            Seat f = h.facilitator();
            Session s = h.create(f, SessionHarness.settings("border-2022", 4, SessionMode.REAL_TIME, 40, 0));
            h.ticks().fail(1, 1);
            f.ok(s, Requests.start(s.id()));
            h.advance(Duration.ofMillis(80));
            assertEquals(SessionPhase.PAUSED, s.phase);
            assertEquals(1, f.ticks().size());
            h.advance(Duration.ofHours(1));
            assertEquals(1, f.ticks().size(), "a session paused by a failed tick does not tick");
            f.ok(s, Requests.resume(s.id()));
            long resumed = h.clock().unixMicros();
            h.advance(Duration.ofMillis(40));
            assertEquals(1, last(f.ticks()).getDay());
            assertEquals(resumed + 40_000, last(f.ticks()).getTiming().getDueUnixMicros());
        }
    }

    @Test
    void tick_that_fails_again_and_again_leaves_the_session_where_it_was_each_time() {
        try (SessionHarness h = SessionHarness.start(tmp)) {
            Seat f = h.facilitator();
            Session s = h.create(f, SessionHarness.settings("border-2022", 4, SessionMode.TURN_BASED, 0, 0));
            h.ticks().fail(0, 3);
            for (int i = 0; i < 3; i++) {
                f.ok(s, Requests.step(s.id()));
                assertEquals(0, s.game.day());
                assertEquals(SessionPhase.WAITING, s.phase, "a waiting session stays waiting");
            }
            f.ok(s, Requests.step(s.id()));
            assertEquals(1, s.game.day());
            assertEquals(List.of(0), f.ticks().stream().map(u -> u.getDay()).toList());
            assertEquals(1, SessionReplay.replay(s.journalFile(), new PrintWriter(Writer.nullWriter()), false, 7).ticks());
        }
    }

    @Test
    void session_that_cannot_be_rebuilt_after_a_failed_tick_stops() {
        try (SessionHarness h = SessionHarness.start(tmp); LogCapture log = LogCapture.start()) {
            Seat f = h.facilitator();
            Session s = h.create(f, SessionHarness.settings("border-2022", 4, SessionMode.TURN_BASED, 0, 0));
            h.ticks().fail(0, 1, () -> {
                try {
                    Files.delete(s.journalFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            f.ok(s, Requests.step(s.id()));
            SessionNotice told = last(f.notices());
            assertEquals("failed", told.getKind());
            assertTrue(told.getText().contains("cannot be rebuilt from its journal"), told.getText());
            assertTrue(f.refused(s, Requests.step(s.id()), ErrorCode.SESSION_FAILED).contains("the tick of day 0 failed"));
            assertFalse(log.lines("ERROR", "cannot rebuild").isEmpty(), log.lines().toString());
        }
    }

    private static List<String> digests(Path journal) {
        return JournalReader.read(journal).entries().stream().filter(JournalEntry::hasTick)
                .map(e -> e.getTick().getDay() + ":" + e.getTick().getDigest()).toList();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
