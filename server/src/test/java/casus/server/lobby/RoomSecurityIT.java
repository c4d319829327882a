package casus.server.lobby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.server.testing.WebSocketTestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.Joined;
import casus.v1.ListSessions;
import casus.v1.ProtocolVersion;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionInfo;
import casus.v1.SessionMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real room's security: join codes kept from strangers, names checked, token guessing slowed, browsers held to the same rules. */
class RoomSecurityIT {
    @TempDir
    Path data;

    private static List<String> listed(TestClient c) {
        return c.ok(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance())).getSessionList().getSessionsList()
                .stream().map(SessionInfo::getJoinCode).toList();
    }

    private static ClientMessage.Builder hello(Hello.Builder h) {
        return ClientMessage.newBuilder().setHello(h.setVersion(ProtocolVersion.newBuilder().setMajor(1)));
    }

    @Test
    void a_join_code_is_listed_only_to_members_the_facilitator_and_when_the_session_is_listed() {
        try (ServerFixture server = ServerFixture.start(data);
             TestClient facilitator = server.facilitator();
             TestClient ana = server.client("ana");
             TestClient bob = server.client("bob")) {
            String secret = ServerFixture.create(facilitator, "border-2022", 1, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD)
                    .getSession().getJoinCode();
            ClientMessage.Builder open = Requests.create("border-2022", 2, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            open.getCreateSessionBuilder().getSettingsBuilder().setListed(true);
            String shown = facilitator.ok(open).getSessionCreated().getSession().getJoinCode();

            assertEquals(List.of(shown), listed(ana), "a stranger sees only the listed session");
            ana.ok(Requests.join(secret, Role.SPECTATOR));
            assertTrue(listed(ana).contains(secret), "a member sees its session");
            assertFalse(listed(bob).contains(secret));
            assertTrue(listed(facilitator).containsAll(List.of(secret, shown)));
        }
    }

    @Test
    void names_are_checked_at_hello_and_unique_among_a_sessions_players() {
        try (ServerFixture server = ServerFixture.start(data);
             TestClient facilitator = server.facilitator();
             TestClient c = TestClient.connect(server.server().address());
             TestClient ana = server.client("ana");
             TestClient ana2 = server.client("ANA");
             TestClient nobody = server.client("");
             TestClient watcher = server.client("ana")) {
            assertTrue(c.refused(hello(Hello.newBuilder().setClientName("x".repeat(41))), ErrorCode.BAD_NAME).contains("at most 40"));
            assertTrue(c.refused(hello(Hello.newBuilder().setClientName("ana\nboris")), ErrorCode.BAD_NAME).contains("control characters"));
            assertFalse(c.hello("boris").getClientId().isEmpty(), "a refused name leaves the connection open for another Hello");

            String code = ServerFixture.create(facilitator, "border-2022", 1, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD)
                    .getSession().getJoinCode();
            ana.ok(Requests.join(code, Role.PLAYER));
            assertTrue(ana2.refused(Requests.join(code, Role.PLAYER), ErrorCode.NAME_TAKEN).contains("choose another name"));
            nobody.refused(Requests.join(code, Role.PLAYER), ErrorCode.BAD_NAME);
            watcher.ok(Requests.join(code, Role.SPECTATOR));
        }
    }

    @Test
    void wrong_facilitator_tokens_from_one_address_are_throttled() {
        try (ServerFixture server = ServerFixture.start(data)) {
            for (int i = 0; i < TokenThrottle.FREE; i++) {
                try (TestClient guess = TestClient.connect(server.server().address())) {
                    ServerMessage m = guess.call(hello(Hello.newBuilder().setFacilitatorToken("guess-guess-" + i)));
                    assertEquals(ErrorCode.UNAUTHORIZED, m.getError().getCode());
                }
            }
            try (TestClient right = TestClient.connect(server.server().address())) {
                ServerMessage m = right.call(hello(Hello.newBuilder().setFacilitatorToken(ServerFixture.TOKEN)));
                assertEquals(ErrorCode.RATE_LIMITED, m.getError().getCode(), "even the right token waits once the address guessed too often");
                assertTrue(m.getError().getMessage().contains("try again in"), m.getError().getMessage());
            }
            try (TestClient player = server.client("ana")) {
                assertFalse(player.welcome().getFacilitator(), "clients without a token are not slowed");
            }
        }
    }

    @Test
    void a_browser_may_do_what_a_terminal_client_may_and_no_more() {
        try (ServerFixture server = ServerFixture.start(data);
             TestClient facilitator = server.facilitator();
             WebSocketTestClient spectator = WebSocketTestClient.connect(server.server().address(), true);
             WebSocketTestClient player = WebSocketTestClient.connect(server.server().address(), true)) {
            Joined created = ServerFixture.create(facilitator, "border-2022", 1, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            String session = created.getSession().getSessionId();
            String code = created.getSession().getJoinCode();
            spectator.hello("room view");
            player.hello("ana");
            assertEquals(0, spectator.ok(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()))
                    .getSessionList().getSessionsCount(), "no join code shown to a browser that has not presented it");
            spectator.ok(Requests.join(code, Role.SPECTATOR));
            spectator.refused(Requests.take(session, "ARM"), ErrorCode.FORBIDDEN);
            player.refused(Requests.join(code, Role.FACILITATOR), ErrorCode.UNAUTHORIZED);
            player.ok(Requests.join(code, Role.PLAYER));
            player.refused(Requests.start(session), ErrorCode.UNAUTHORIZED);
            player.ok(Requests.take(session, "ARM"));
            player.refused(Requests.submit(session, "AZE", true), ErrorCode.NOT_YOUR_STATE);
            player.refused(Requests.actions(session, "AZE"), ErrorCode.NOT_YOUR_STATE);
        }
    }
}
