package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Happened;
import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ChangeFacts;
import casus.v1.ClientMessage;
import casus.v1.EndSession;
import casus.v1.ErrorCode;
import casus.v1.FactChange;
import casus.v1.GetServerStats;
import casus.v1.Happening;
import casus.v1.InjectEvent;
import casus.v1.Joined;
import casus.v1.KickClient;
import casus.v1.MessageDelivered;
import casus.v1.Origin;
import casus.v1.PauseSession;
import casus.v1.ResumeSession;
import casus.v1.RevokeControl;
import casus.v1.Role;
import casus.v1.SendMessage;
import casus.v1.ServerMessage;
import casus.v1.ServerStats;
import casus.v1.SessionEnded;
import casus.v1.SessionMode;
import casus.v1.SetTickLength;
import casus.v1.TickUpdate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facilitator paces a real-time session and shakes it: start, pause, step, resume, a new
 * tick length, an injected event, a change of facts, a state taken back, a client kicked,
 * messages between states, the end; the agent stands in for a player who sends no orders. When
 * ticks fall, and that paused and ended sessions do not tick, {@code SessionPaceTest} checks by
 * a clock it moves.
 */
class FacilitatorControlIT {
    @TempDir
    Path data;

    @Test
    void facilitator_paces_and_shakes_a_real_time_session() {
        try (ServerFixture server = ServerFixture.start(data);
             TestClient facilitator = server.facilitator();
             TestClient alice = server.client("alice");
             TestClient bob = server.client("bob")) {
            Joined created = ServerFixture.create(facilitator, "border-2022", 4, SessionMode.REAL_TIME, 40, 0,
                    AbsentPolicy.AGENT_STANDS_IN);
            String session = created.getSession().getSessionId();
            String code = created.getSession().getJoinCode();
            alice.ok(Requests.join(code, Role.PLAYER));
            bob.ok(Requests.join(code, Role.PLAYER));
            alice.ok(Requests.take(session, "ARM"));
            bob.ok(Requests.take(session, "RUS"));

            facilitator.ok(Requests.step(session));
            TickUpdate first = alice.nextTick(TestClient.WAIT);
            assertEquals(0, first.getDay(), "a waiting session steps one tick");
            assertFalse(Happened.decisions(first, "ARM").isEmpty());
            assertTrue(Happened.decisions(first, "ARM").stream().allMatch(d -> d.getOrigin() == Origin.AGENT_FOR_PERSON),
                    "the agent stands in for a player without orders");

            bob.ok(ClientMessage.newBuilder().setSendMessage(SendMessage.newBuilder().setSessionId(session).addTo("ARM")
                    .setText("we will consult, not fight")));
            MessageDelivered got = alice.push(ServerMessage::hasMessageDelivered, TestClient.WAIT).getMessageDelivered();
            assertEquals("RUS", got.getFromState());
            assertEquals("we will consult, not fight", got.getText());
            facilitator.push(ServerMessage::hasMessageDelivered, TestClient.WAIT);

            facilitator.ok(Requests.start(session));
            List<TickUpdate> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(alice.nextTick(TestClient.WAIT));
            }
            for (int i = 1; i < running.size(); i++) {
                assertEquals(running.get(i - 1).getDay() + 1, running.get(i).getDay(), "a running session plays day after day");
            }
            assertEquals("we will consult, not fight", facilitator.tick(1, TestClient.WAIT).getMessages(0).getText(),
                    "the facilitator's update carries private messages");
            assertEquals(0, running.get(0).getMessagesCount(), "a player's update does not carry others' private messages");

            facilitator.ok(ClientMessage.newBuilder().setPauseSession(PauseSession.newBuilder().setSessionId(session)));
            alice.push(m -> m.hasNotice() && m.getNotice().getText().equals("the session is paused"), TestClient.WAIT);
            facilitator.push(m -> m.hasNotice() && m.getNotice().getText().equals("the session is paused"), TestClient.WAIT);
            alice.drainPushes();
            facilitator.drainPushes();

            facilitator.ok(ClientMessage.newBuilder().setInjectEvent(InjectEvent.newBuilder().setSessionId(session).setEventId("kharkiv")));
            ServerMessage notice = alice.push(m -> m.hasNotice() && m.getNotice().getKind().equals("event"), TestClient.WAIT);
            assertTrue(notice.getNotice().getEvent().getInjected());
            facilitator.ok(ClientMessage.newBuilder().setChangeFacts(ChangeFacts.newBuilder().setSessionId(session)
                    .addChanges(FactChange.newBuilder().setPath("relations.RUS.AZE.alignment").setValue("0.9"))));
            facilitator.ok(ClientMessage.newBuilder().setRevokeControl(RevokeControl.newBuilder().setSessionId(session).setState("RUS")));
            bob.push(m -> m.hasNotice() && m.getNotice().getText().contains("the facilitator takes RUS back"), TestClient.WAIT);
            bob.refused(Requests.actions(session, "RUS"), ErrorCode.NOT_YOUR_STATE);

            facilitator.ok(Requests.step(session));
            TickUpdate stepped = facilitator.nextTick(TestClient.WAIT);
            assertTrue(Happened.of(stepped, Happening.Kind.EVENT_FIRED).stream().anyMatch(h -> h.getEventId().equals("kharkiv") && h.getInjected()));
            assertTrue(Happened.of(stepped, Happening.Kind.FACT_CHANGED).stream()
                    .anyMatch(h -> h.getPath().equals("relations.RUS.AZE.alignment") && h.getValue().equals("0.9")));
            assertTrue(stepped.getChangedList().stream().anyMatch(x -> x.getKey().equals("actors.RUS.forces_committed_elsewhere")
                    && x.getValue() == 0.9));
            assertTrue(Happened.decisions(stepped, "RUS").stream().allMatch(h -> h.getOrigin() == Origin.AGENT),
                    "the agent plays RUS again after the facilitator takes it back");
            assertTrue(stepped.getShadowList().stream().anyMatch(s -> s.getState().equals("ARM")));

            assertEquals(stepped.getDay(), alice.nextTick(TestClient.WAIT).getDay());
            facilitator.ok(ClientMessage.newBuilder().setSetTickLength(SetTickLength.newBuilder().setSessionId(session).setTickMillis(25)));
            facilitator.ok(ClientMessage.newBuilder().setResumeSession(ResumeSession.newBuilder().setSessionId(session)));
            TickUpdate a = alice.nextTick(TestClient.WAIT);
            TickUpdate b = alice.nextTick(TestClient.WAIT);
            assertEquals(a.getDay() + 1, b.getDay(), "the resumed session runs on at its new tick length");

            facilitator.ok(ClientMessage.newBuilder().setKickClient(KickClient.newBuilder().setClientId(bob.welcome().getClientId())
                    .setReason("time's up")));
            ServerMessage kicked = bob.push(ServerMessage::hasError, TestClient.WAIT);
            assertEquals(ErrorCode.KICKED, kicked.getError().getCode());
            assertTrue(bob.awaitClosed(TestClient.WAIT));

            ServerStats stats = facilitator.ok(ClientMessage.newBuilder().setGetServerStats(GetServerStats.getDefaultInstance()))
                    .getServerStats();
            assertEquals(1, stats.getSessions());
            assertTrue(stats.getTicks() >= 7);
            assertTrue(stats.getHeapUsedBytes() > 0);

            facilitator.ok(ClientMessage.newBuilder().setEndSession(EndSession.newBuilder().setSessionId(session)));
            SessionEnded end = alice.push(ServerMessage::hasSessionEnded, TestClient.WAIT).getSessionEnded();
            assertEquals("ended by the facilitator", end.getReason());
            alice.refused(Requests.actions(session, "ARM"), ErrorCode.WRONG_PHASE);
        }
    }
}
