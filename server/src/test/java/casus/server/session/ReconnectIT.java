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
import casus.v1.ControlList;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.Joined;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import casus.v1.Welcome;
import casus.v1.WhoControls;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A player who loses its connection gets its state back with its resume token, within the grace period; past it the token
 * resumes nothing, and the seat is kept for them (SeatKeysIT takes it back with its seat key).
 */
class ReconnectIT {
    @TempDir
    Path data;

    @Test
    void reconnect_with_the_resume_token_within_the_grace_period_gets_the_state_back() {
        try (ServerFixture server = ServerFixture.start(data); TestClient facilitator = server.facilitator()) {
            Joined created = ServerFixture.create(facilitator, "border-2021", 5, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            String session = created.getSession().getSessionId();
            TestClient alice = server.client("alice");
            String token = alice.welcome().getResumeToken();
            alice.ok(Requests.join(created.getSession().getJoinCode(), Role.PLAYER));
            alice.ok(Requests.take(session, "ARM"));
            var offered = alice.ok(Requests.actions(session, "ARM")).getActionList();
            String chosen = offered.getDecisions(0).getOptions(0).getKey();
            assertTrue(alice.ok(Requests.submit(session, "ARM", false, chosen)).getSubmitResult().getResults(0).getAccepted());
            alice.close();
            facilitator.push(m -> m.hasNotice() && m.getNotice().getText().contains("disconnected"), TestClient.WAIT);

            try (TestClient again = TestClient.connect(server.server().address())) {
                Welcome w = again.hello(Hello.newBuilder().setClientName("alice").setResumeToken(token));
                assertTrue(w.getResumed());
                assertEquals(1, w.getRejoinedCount());
                assertEquals("ARM", w.getRejoined(0).getControlledState());
                Joined rejoined = again.ok(Requests.join(created.getSession().getJoinCode(), Role.PLAYER)).getJoined();
                assertEquals("ARM", rejoined.getControlledState());
                assertTrue(rejoined.hasSituation());
                var actions = again.ok(Requests.actions(session, "ARM")).getActionList();
                assertEquals(chosen, actions.getSubmitted(0).getOption(), "orders given before the disconnection are kept");
                Control arm = who(again, session, "ARM");
                assertEquals("alice", arm.getController());
                assertTrue(arm.getConnected());
            }
        }
    }

    @Test
    void player_disconnected_past_the_grace_period_leaves_and_the_seat_is_kept_for_them() {
        try (ServerFixture server = ServerFixture.start(data); TestClient facilitator = server.facilitator()) {
            Joined created = ServerFixture.create(facilitator, "border-2021", 5, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            String session = created.getSession().getSessionId();
            TestClient bob = server.client("bob");
            String token = bob.welcome().getResumeToken();
            bob.ok(Requests.join(created.getSession().getJoinCode(), Role.PLAYER));
            bob.ok(Requests.take(session, "AZE"));
            bob.close();
            ServerMessage lapsed = facilitator.push(m -> m.hasNotice() && m.getNotice().getText().startsWith("bob is away; AZE is kept"),
                    Duration.ofSeconds(15));
            assertTrue(lapsed.getNotice().getControl().getAway());
            Control aze = who(facilitator, session, "AZE");
            assertEquals("bob", aze.getHeldFor());
            assertEquals("", aze.getClientId(), "nobody is at the seat");

            try (TestClient late = TestClient.connect(server.server().address())) {
                Welcome w = late.hello(Hello.newBuilder().setClientName("bob").setResumeToken(token));
                assertFalse(w.getResumed(), "past the grace period the token resumes nothing");
                late.refused(Requests.actions(session, "AZE"), ErrorCode.NOT_A_MEMBER);
            }
        }
    }

    @Test
    void newer_connection_with_the_token_replaces_the_older_one() {
        try (ServerFixture server = ServerFixture.start(data); TestClient first = server.client("carol")) {
            try (TestClient second = TestClient.connect(server.server().address())) {
                assertTrue(second.hello(Hello.newBuilder().setResumeToken(first.welcome().getResumeToken())).getResumed());
                ServerMessage replaced = first.push(ServerMessage::hasError, TestClient.WAIT);
                assertEquals(ErrorCode.REPLACED, replaced.getError().getCode());
                assertTrue(first.awaitClosed(TestClient.WAIT));
            }
        }
    }

    private static Control who(TestClient c, String session, String state) {
        ControlList list = c.ok(ClientMessage.newBuilder().setWhoControls(WhoControls.newBuilder().setSessionId(session))).getControlList();
        return list.getControlsList().stream().filter(x -> x.getState().equals(state)).findFirst().orElseThrow();
    }
}
