package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.Control;
import casus.v1.ErrorCode;
import casus.v1.Joined;
import casus.v1.Role;
import casus.v1.SeatReclaimed;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import casus.v1.WhoControls;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seat keys over real sockets: a second connection under the same name takes the seat back with
 * its key while the first still holds it, or once the first is gone past the grace period; the
 * seat is kept for its person meanwhile; and the key still works after the server restarts.
 */
class SeatKeysIT {
    @TempDir
    Path data;

    @Test
    void a_second_connection_reclaims_the_seat_while_the_first_keeps_its_socket_open() {
        try (ServerFixture server = ServerFixture.start(data); TestClient facilitator = server.facilitator();
             TestClient first = server.client("ana"); TestClient second = server.client("ana")) {
            Joined created = ServerFixture.create(facilitator, "border-2021", 5, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            String session = created.getSession().getSessionId();
            String code = created.getSession().getJoinCode();
            first.ok(Requests.join(code, Role.PLAYER));
            String key = first.ok(Requests.take(session, "ARM")).getBriefing().getSeatKey();

            assertEquals(ErrorCode.NAME_TAKEN, second.call(Requests.join(code, Role.PLAYER)).getError().getCode(),
                    "a second connection cannot join under a name a player holds");
            SeatReclaimed r = second.ok(Requests.reclaim(code, key)).getSeatReclaimed();
            assertTrue(r.getReplaced());
            assertEquals("ARM", r.getJoined().getControlledState());
            assertTrue(r.getJoined().hasSituation());
            ServerMessage told = first.push(ServerMessage::hasError, TestClient.WAIT);
            assertEquals(ErrorCode.REPLACED, told.getError().getCode());
            assertEquals("ana reclaimed ARM with the seat key from another connection", told.getError().getMessage());
            assertTrue(first.awaitClosed(TestClient.WAIT), "the first connection is closed");

            Control arm = who(facilitator, session, "ARM");
            assertEquals(second.welcome().getClientId(), arm.getClientId());
            assertTrue(arm.getConnected());
            assertTrue(second.ok(Requests.submit(session, "ARM", true)).getSubmitResult().getReady(), "the second plays ARM now");
        }
    }

    @Test
    void the_key_reclaims_the_seat_after_the_grace_period_and_after_a_restart_of_the_server() {
        String session;
        String code;
        String key;
        try (ServerFixture server = ServerFixture.start(data); TestClient facilitator = server.facilitator()) {
            Joined created = ServerFixture.create(facilitator, "border-2021", 5, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            session = created.getSession().getSessionId();
            code = created.getSession().getJoinCode();
            try (TestClient first = server.client("ana")) {
                first.ok(Requests.join(code, Role.PLAYER));
                key = first.ok(Requests.take(session, "ARM")).getBriefing().getSeatKey();
            }
            ServerMessage away = facilitator.push(m -> m.hasSeats() && m.getSeats().getSeatsList().stream()
                    .anyMatch(c -> c.getState().equals("ARM") && c.getAway()), Duration.ofSeconds(15));
            Control kept = away.getSeats().getSeatsList().stream().filter(c -> c.getState().equals("ARM")).findFirst().orElseThrow();
            assertEquals("ana", kept.getHeldFor());
            assertEquals(AbsentPolicy.HOLD, kept.getAbsent());

            try (TestClient boris = server.client("boris")) {
                boris.ok(Requests.join(code, Role.PLAYER));
                assertEquals("ARM is held for ana, who can reclaim it; the facilitator can hand it to someone else",
                        boris.refused(Requests.take(session, "ARM"), ErrorCode.SEAT_HELD));
            }
            try (TestClient second = server.client("ana")) {
                SeatReclaimed r = second.ok(Requests.reclaim(code, key)).getSeatReclaimed();
                assertTrue(r.getWasAway());
                assertFalse(r.getReplaced());
                assertEquals(key, r.getBriefing().getSeatKey());
                facilitator.push(m -> m.hasNotice() && m.getNotice().getText().equals("ARM's player ana is back, with the seat key"),
                        TestClient.WAIT);
            }
            // Gone again past the grace period: the seat is kept for ana through the restart.
            facilitator.push(m -> m.hasNotice() && m.getNotice().getText().equals("ana is away; ARM is kept for them, and the day waits"
                    + " for them; their seat key takes it back") && m.getNotice().getControl().getAway(), Duration.ofSeconds(15));
        }
        try (ServerFixture again = ServerFixture.start(data); TestClient third = again.client("ana");
             TestClient facilitator = again.facilitator()) {
            SeatReclaimed r = third.ok(Requests.reclaim(code, key)).getSeatReclaimed();
            assertTrue(r.getWasAway(), "the seat was kept for ana through the restart");
            assertEquals("ARM", r.getJoined().getControlledState());
            Control arm = who(facilitator, session, "ARM");
            assertEquals("ana", arm.getController());
            assertTrue(arm.getConnected());
            assertFalse(arm.getAway());
        }
    }

    private static Control who(TestClient c, String session, String state) {
        return c.ok(ClientMessage.newBuilder().setWhoControls(WhoControls.newBuilder().setSessionId(session))).getControlList()
                .getControlsList().stream().filter(x -> x.getState().equals(state)).findFirst().orElseThrow();
    }
}
