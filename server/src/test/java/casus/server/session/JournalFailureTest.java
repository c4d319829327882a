package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.LogCapture;
import casus.server.testing.Requests;
import casus.server.testing.Seat;
import casus.server.testing.SessionHarness;
import casus.v1.ErrorCode;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import casus.v1.SessionNotice;
import casus.v1.SessionPhase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal whose disk fails: the session stops, refuses every request it held and every new one, and says why. */
class JournalFailureTest {
    @TempDir
    Path data;
    SessionHarness h;
    Seat facilitator;
    Seat alice;
    Seat bob;
    Session s;

    @BeforeEach
    void start() {
        h = SessionHarness.start(data);
        facilitator = h.facilitator();
        alice = h.seat("alice");
        bob = h.seat("bob");
        s = h.create(facilitator, SessionHarness.settings("border-2022", 4, SessionMode.TURN_BASED, 0, 0));
        alice.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        alice.ok(s, Requests.take(s.id(), "ARM"));
        bob.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        bob.ok(s, Requests.take(s.id(), "AZE"));
        facilitator.ok(s, Requests.start(s.id()));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void failed_sync_answers_every_held_and_new_request_with_session_failed_and_tells_everyone_why() {
        try (LogCapture log = LogCapture.start()) {
            h.journals().failSyncs();
            long orders = alice.send(s, Requests.submit(s.id(), "ARM", true));
            long message = bob.send(s, Requests.message(s.id(), "we hold the line", "ARM"));
            h.run();
            for (ServerMessage r : List.of(alice.reply(orders), bob.reply(message))) {
                assertEquals(ErrorCode.SESSION_FAILED, r.getError().getCode(), "a request held for the journal is refused: " + r);
                assertTrue(r.getError().getMessage().contains("cannot sync the journal"), r.toString());
            }
            assertTrue(alice.pushes().stream().noneMatch(ServerMessage::hasMessageDelivered),
                    "what never reached the disk is not delivered");
            for (Seat x : List.of(facilitator, alice, bob)) {
                List<SessionNotice> told = x.notices().stream().filter(n -> n.getKind().equals("failed")).toList();
                assertEquals(1, told.size(), x + " is told");
                assertTrue(told.get(0).getText().contains("cannot sync the journal"), told.toString());
            }
            assertEquals(1, log.lines("ERROR", "session " + s.id(), "stops", "cannot sync the journal").size(), log.lines().toString());
            assertEquals(SessionPhase.PAUSED, s.phase);

            int syncs = h.journals().syncs();
            facilitator.refused(s, Requests.step(s.id()), ErrorCode.SESSION_FAILED);
            alice.refused(s, Requests.actions(s.id(), "ARM"), ErrorCode.SESSION_FAILED);
            bob.refused(s, Requests.release(s.id()), ErrorCode.SESSION_FAILED);
            h.advance(Duration.ofHours(1));
            assertEquals(List.of(), facilitator.ticks(), "a failed session does not tick");
            assertEquals(syncs, h.journals().syncs(), "a journal whose sync failed is never synced again");
        }
    }

    @Test
    void failed_write_refuses_the_request_changing_nothing_and_stops_the_session() {
        int events = s.game.today().size();
        h.journals().failWrites();
        String why = facilitator.refused(s, Requests.inject(s.id(), "kharkiv"), ErrorCode.SESSION_FAILED);
        assertTrue(why.contains("cannot append to the journal"), why);
        assertEquals(events, s.game.today().size(), "the refused input was not applied");
        assertEquals(1, alice.notices().stream().filter(n -> n.getKind().equals("failed")).count());
        facilitator.refused(s, Requests.end(s.id()), ErrorCode.SESSION_FAILED);
    }

    @Test
    void session_recovers_from_what_its_journal_holds_after_the_server_restarts() {
        alice.ok(s, Requests.submit(s.id(), "ARM", true));
        bob.ok(s, Requests.submit(s.id(), "AZE", true));
        assertEquals(1, facilitator.ticks().size());
        h.journals().failSyncs();
        alice.call(s, Requests.submit(s.id(), "ARM", true));
        h.close();
        try (SessionHarness again = SessionHarness.start(data)) {
            assertEquals(1, again.factory().recover());
            Session back = again.sessions().find(s.id());
            assertEquals(1, back.game.day(), "the tick that reached the disk is there");
        }
    }
}
