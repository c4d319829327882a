package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ActionChoice;
import casus.v1.ChangeFacts;
import casus.v1.ChoiceResult;
import casus.v1.ClientMessage;
import casus.v1.CreateSession;
import casus.v1.ErrorCode;
import casus.v1.FactChange;
import casus.v1.Hello;
import casus.v1.InjectEvent;
import casus.v1.Joined;
import casus.v1.ListSessions;
import casus.v1.Ping;
import casus.v1.ProtocolVersion;
import casus.v1.Role;
import casus.v1.SendMessage;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import casus.v1.SessionSettings;
import casus.v1.SubmitActions;
import casus.v1.TickUpdate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gets its typed error or a clean close, while another session on the
 * same server keeps ticking: a spectator of a real-time session watches every day arrive, in
 * order, through all of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {
    private ServerFixture server;
    private TestClient facilitator;
    private TestClient watcher;
    private String ticking;
    private String played;
    private String playedCode;
    private final List<Integer> days = new CopyOnWriteArrayList<>();
    private Thread watching;

    @BeforeAll
    void start_a_session_that_keeps_ticking(@TempDir Path data) {
        server = ServerFixture.start(data);
        facilitator = server.facilitator();
        Joined rt = facilitator.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setSettings(SessionSettings
                .newBuilder().setScenario("karabakh-2020").setSeed(3).setMode(SessionMode.REAL_TIME).setTickMillis(20)
                .addSet(FactChange.newBuilder().setPath("scenario.days").setValue("366"))))).getSessionCreated();
        ticking = rt.getSession().getSessionId();
        watcher = server.client("watcher");
        watcher.ok(Requests.join(rt.getSession().getJoinCode(), Role.SPECTATOR));
        facilitator.ok(Requests.start(ticking));
        watching = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    TickUpdate u = watcher.nextTick(Duration.ofSeconds(5));
                    days.add(u.getDay());
                } catch (AssertionError e) {
                    return;
                }
            }
        }, "watcher");
        watching.setDaemon(true);
        watching.start();
        Joined tb = ServerFixture.create(facilitator, "border-2022", 2, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
        played = tb.getSession().getSessionId();
        playedCode = tb.getSession().getJoinCode();
    }

    @AfterAll
    void the_other_session_ticked_through_it_all() throws InterruptedException {
        int before = days.size();
        long giveUp = System.nanoTime() + TestClient.WAIT.toNanos();
        while (days.size() <= before && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        watching.interrupt();
        List<Integer> seen = new ArrayList<>(days);
        assertTrue(seen.size() > before, "ticks still arrive at the end");
        assertTrue(seen.size() > 20, "ticks kept coming: " + seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(seen.get(i - 1) + 1, seen.get(i), "every day arrives, in order");
        }
        watcher.close();
        facilitator.close();
        server.close();
    }

    @Test
    void malformed_frame_is_answered_with_malformed_frame_and_closed() {
        try (TestClient c = TestClient.connect(server.server().address())) {
            c.hello("mallory");
            c.sendRaw(new byte[] {4, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
            assertClosedWith(c, ErrorCode.MALFORMED_FRAME);
        }
    }

    @Test
    void oversized_length_prefix_is_answered_with_frame_too_large_and_closed() {
        try (TestClient c = TestClient.connect(server.server().address())) {
            c.hello("mallory");
            c.sendRaw(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x04});
            assertClosedWith(c, ErrorCode.FRAME_TOO_LARGE);
        }
    }

    @Test
    void length_prefix_that_is_no_varint32_is_answered_with_malformed_frame_and_closed() {
        try (TestClient c = TestClient.connect(server.server().address())) {
            c.sendRaw(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01});
            assertClosedWith(c, ErrorCode.MALFORMED_FRAME);
        }
    }

    @Test
    void unknown_message_kind_is_answered_and_the_connection_stays_open() {
        try (TestClient c = TestClient.connect(server.server().address())) {
            c.hello("future-client");
            byte[] unknown = {0x08, 0x07, (byte) 0xB8, 0x3E, 0x01};
            c.sendRaw(frame(unknown));
            ServerMessage m = c.push(x -> true, TestClient.WAIT);
            assertEquals(7, m.getRequestId(), "the error echoes the request id");
            assertEquals(ErrorCode.UNKNOWN_MESSAGE, m.getError().getCode());
            assertTrue(c.ok(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance())).hasPong());
        }
    }

    @Test
    void ping_with_request_id_0_gets_no_reply_and_other_requests_with_it_close_the_connection() {
        try (TestClient c = server.client("keep-alive")) {
            c.sendRaw(frame(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()).build().toByteArray()));
            assertTrue(c.ok(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance())).hasPong());
            assertEquals(List.of(), c.drainPushes(), "the Ping with request id 0, sent first, got no reply");
            c.sendRaw(frame(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()).build().toByteArray()));
            ServerMessage m = c.push(ServerMessage::hasError, TestClient.WAIT);
            assertEquals(0, m.getRequestId());
            assertEquals(ErrorCode.BAD_REQUEST, m.getError().getCode());
            assertTrue(c.awaitClosed(TestClient.WAIT));
        }
    }

    @Test
    void request_id_reused_while_its_request_waits_closes_the_connection() {
        try (TestClient f = server.facilitator()) {
            byte[] create = frame(Requests.create("border-2021", 1, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD).setRequestId(41)
                    .build().toByteArray());
            byte[] twice = new byte[create.length * 2];
            System.arraycopy(create, 0, twice, 0, create.length);
            System.arraycopy(create, 0, twice, create.length, create.length);
            f.sendRaw(twice);
            ServerMessage m = f.push(x -> x.hasError() && x.getRequestId() == 0, TestClient.WAIT);
            assertEquals(ErrorCode.BAD_REQUEST, m.getError().getCode());
            assertTrue(m.getError().getMessage().contains("request_id 41 is still waiting for its reply"), m.toString());
            assertTrue(f.awaitClosed(TestClient.WAIT));
        }
    }

    @Test
    void request_before_hello_is_answered_with_hello_required_and_closed() {
        try (TestClient c = TestClient.connect(server.server().address())) {
            ServerMessage m = c.call(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
            assertEquals(ErrorCode.HELLO_REQUIRED, m.getError().getCode());
            assertTrue(c.awaitClosed(TestClient.WAIT));
        }
    }

    @Test
    void other_major_version_is_refused_and_closed_while_a_newer_minor_is_served() {
        try (TestClient c = TestClient.connect(server.server().address())) {
            ServerMessage m = c.call(ClientMessage.newBuilder().setHello(Hello.newBuilder()
                    .setVersion(ProtocolVersion.newBuilder().setMajor(2).setMinor(0))));
            assertEquals(ErrorCode.UNSUPPORTED_VERSION, m.getError().getCode());
            assertTrue(c.awaitClosed(TestClient.WAIT));
        }
        try (TestClient c = TestClient.connect(server.server().address())) {
            var w = c.hello(Hello.newBuilder().setVersion(ProtocolVersion.newBuilder().setMajor(1).setMinor(9)));
            assertEquals(1, w.getVersion().getMajor());
            assertEquals(1, w.getVersion().getMinor());
        }
    }

    @Test
    void wrong_facilitator_token_is_refused_and_closed() {
        try (TestClient c = TestClient.connect(server.server().address())) {
            ServerMessage m = c.call(ClientMessage.newBuilder().setHello(Hello.newBuilder().setFacilitatorToken("guess-guess")
                    .setVersion(ProtocolVersion.newBuilder().setMajor(1))));
            assertEquals(ErrorCode.UNAUTHORIZED, m.getError().getCode());
            assertTrue(c.awaitClosed(TestClient.WAIT));
        }
    }

    @Test
    void hello_twice_is_refused_and_the_connection_stays_open() {
        try (TestClient c = server.client("twice")) {
            c.refused(ClientMessage.newBuilder().setHello(Hello.newBuilder().setVersion(ProtocolVersion.newBuilder().setMajor(1))),
                    ErrorCode.ALREADY_GREETED);
            assertTrue(c.ok(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance())).hasPong());
        }
    }

    @Test
    void player_cannot_act_for_a_state_it_does_not_control() {
        try (TestClient alice = server.client("alice"); TestClient bob = server.client("bob")) {
            alice.ok(Requests.join(playedCode, Role.PLAYER));
            bob.ok(Requests.join(playedCode, Role.PLAYER));
            alice.ok(Requests.take(played, "ARM"));
            bob.refused(Requests.take(played, "ARM"), ErrorCode.STATE_TAKEN);
            bob.refused(Requests.submit(played, "ARM", true, "pass:diplomacy"), ErrorCode.NOT_YOUR_STATE);
            bob.refused(Requests.actions(played, "ARM"), ErrorCode.NOT_YOUR_STATE);
            bob.refused(Requests.take(played, "ATLANTIS"), ErrorCode.NO_SUCH_STATE);
            bob.refused(ClientMessage.newBuilder().setSendMessage(SendMessage.newBuilder().setSessionId(played).addTo("ARM")
                    .setText("hello")), ErrorCode.NOT_YOUR_STATE);
            alice.ok(ClientMessage.newBuilder().setReleaseControl(casus.v1.ReleaseControl.newBuilder().setSessionId(played)));
        }
    }

    @Test
    void illegal_action_is_refused_with_the_reason_and_the_legal_options() {
        try (TestClient carl = server.client("carl")) {
            carl.ok(Requests.join(playedCode, Role.PLAYER));
            carl.ok(Requests.take(played, "TUR"));
            ServerMessage r = carl.ok(ClientMessage.newBuilder().setSubmitActions(SubmitActions.newBuilder().setSessionId(played)
                    .setState("TUR").addChoices(ActionChoice.newBuilder().setOption("attack:C0:high"))
                    .addChoices(ActionChoice.newBuilder().setDecision("vote:M9").setOption("vote-yes:M9"))
                    .addChoices(ActionChoice.newBuilder())));
            List<ChoiceResult> results = r.getSubmitResult().getResultsList();
            assertEquals(ErrorCode.ILLEGAL_ACTION, results.get(0).getCode());
            assertTrue(results.get(0).getReason().contains("legal:"), results.get(0).getReason());
            assertEquals(ErrorCode.ILLEGAL_ACTION, results.get(1).getCode());
            assertTrue(results.get(1).getReason().contains("faces no decision 'vote:M9'"), results.get(1).getReason());
            assertEquals(ErrorCode.BAD_REQUEST, results.get(2).getCode());
            assertFalse(r.getSubmitResult().getReady());
            carl.ok(ClientMessage.newBuilder().setReleaseControl(casus.v1.ReleaseControl.newBuilder().setSessionId(played)));
        }
    }

    @Test
    void spectator_only_watches_and_only_the_facilitator_controls_a_session() {
        try (TestClient dora = server.client("dora")) {
            dora.ok(Requests.join(playedCode, Role.SPECTATOR));
            dora.refused(Requests.take(played, "RUS"), ErrorCode.FORBIDDEN);
            dora.refused(ClientMessage.newBuilder().setSendMessage(SendMessage.newBuilder().setSessionId(played).setText("hi")),
                    ErrorCode.FORBIDDEN);
            dora.refused(Requests.start(played), ErrorCode.UNAUTHORIZED);
            dora.refused(ClientMessage.newBuilder().setInjectEvent(InjectEvent.newBuilder().setSessionId(played).setEventId("kharkiv")),
                    ErrorCode.UNAUTHORIZED);
            dora.refused(Requests.create("border-2022", 1, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD), ErrorCode.UNAUTHORIZED);
            dora.refused(Requests.join(playedCode, Role.FACILITATOR), ErrorCode.UNAUTHORIZED);
            dora.refused(Requests.start("no-such-session"), ErrorCode.NO_SUCH_SESSION);
        }
    }

    @Test
    void facilitator_mistakes_are_refused_with_typed_errors() {
        facilitator.refused(ClientMessage.newBuilder().setInjectEvent(InjectEvent.newBuilder().setSessionId(played).setEventId("meteor")),
                ErrorCode.NO_SUCH_EVENT);
        String fixed = facilitator.refused(ClientMessage.newBuilder().setChangeFacts(ChangeFacts.newBuilder().setSessionId(played)
                .addChanges(FactChange.newBuilder().setPath("actors.RUS.readiness").setValue("0.9"))), ErrorCode.BAD_FACT);
        assertTrue(fixed.contains("fixed when the run is made"), fixed);
        facilitator.refused(Requests.create("atlantis-1999", 1, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD), ErrorCode.NO_SUCH_SCENARIO);
        facilitator.refused(Requests.create("border-2022", 1, SessionMode.REAL_TIME, 1, 0, AbsentPolicy.HOLD), ErrorCode.BAD_REQUEST);
        facilitator.refused(Requests.step(ticking), ErrorCode.WRONG_PHASE);
        facilitator.refused(Requests.start(ticking), ErrorCode.WRONG_PHASE);
    }

    @Test
    void flood_of_requests_is_rate_limited_and_the_connection_survives() throws InterruptedException {
        try (TestClient f = server.client("flood")) {
            for (int i = 0; i < 400; i++) {
                f.send(ClientMessage.newBuilder().setRequestId(1_000_000 + i).setPing(Ping.getDefaultInstance()).build());
            }
            ServerMessage limited = f.push(m -> m.hasError() && m.getError().getCode() == ErrorCode.RATE_LIMITED, TestClient.WAIT);
            assertTrue(limited.getRequestId() >= 1_000_000);
            f.drainPushes();
            long giveUp = System.nanoTime() + TestClient.WAIT.toNanos();
            ServerMessage answer;
            while (true) {
                answer = f.call(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()));
                if (!answer.hasError() || answer.getError().getCode() != ErrorCode.RATE_LIMITED || System.nanoTime() > giveUp) {
                    break;
                }
                Thread.sleep(10);
            }
            assertTrue(answer.hasPong(), "the connection survives the flood: " + answer);
        }
    }

    private static void assertClosedWith(TestClient c, ErrorCode code) {
        ServerMessage m = c.push(ServerMessage::hasError, TestClient.WAIT);
        assertEquals(code, m.getError().getCode(), m.getError().getMessage());
        assertTrue(c.awaitClosed(TestClient.WAIT), "the connection is closed");
    }

    static byte[] frame(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            com.google.protobuf.CodedOutputStream cos = com.google.protobuf.CodedOutputStream.newInstance(out);
            cos.writeUInt32NoTag(body.length);
            cos.flush();
            out.write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
