package casus.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Exchange;
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
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import casus.v1.TickUpdate;
import casus.v1.Welcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One port, two transports: a TCP client, a browser's JSON WebSocket and a binary WebSocket play
 * in the same session; the same port serves the room's pages.
 */
class WebSocketIT {
    @TempDir
    Path data;

    @Test
    void tcp_and_websocket_clients_share_one_port_and_one_session() {
        try (ServerFixture server = ServerFixture.start(data);
             TestClient facilitator = server.facilitator();
             WebSocketTestClient ana = WebSocketTestClient.connect(server.server().address(), true);
             WebSocketTestClient boris = WebSocketTestClient.connect(server.server().address(), false)) {
            Joined created = ServerFixture.create(facilitator, "border-2022", 3, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            String session = created.getSession().getSessionId();
            String code = created.getSession().getJoinCode();

            Welcome w = ana.hello("ana");
            assertFalse(w.getClientId().isEmpty());
            assertTrue(ana.texts().get(0).contains("\"welcome\":{"), "JSON in proto3's canonical mapping: " + ana.texts().get(0));
            boris.hello("boris");
            assertTrue(boris.texts().isEmpty(), "a binary client is answered in binary");

            ana.ok(Requests.join(code, Role.PLAYER));
            boris.ok(Requests.join(code, Role.PLAYER));
            assertEquals("ARM", ana.ok(Requests.take(session, "ARM")).getBriefing().getState());
            boris.ok(Requests.take(session, "AZE"));
            facilitator.ok(Requests.start(session));
            ana.ok(Requests.submit(session, "ARM", true));
            boris.ok(Requests.submit(session, "AZE", true));

            TickUpdate seenByAna = ana.tick(0, Exchange.WAIT);
            TickUpdate seenByBoris = boris.tick(0, Exchange.WAIT);
            TickUpdate seenByFacilitator = facilitator.tick(0, Exchange.WAIT);
            assertEquals(0, seenByAna.getDay());
            assertEquals(seenByAna, seenByBoris, "the same update, whatever the encoding");
            assertEquals(seenByFacilitator.getHappeningsCount(), seenByAna.getHappeningsCount());
        }
    }

    @Test
    void a_refusal_and_a_malformed_message_over_json() {
        try (ServerFixture server = ServerFixture.start(data);
             WebSocketTestClient ana = WebSocketTestClient.connect(server.server().address(), true)) {
            String msg = ana.refused(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()), ErrorCode.HELLO_REQUIRED);
            assertTrue(msg.contains("Hello"), msg);
            assertTrue(ana.awaitClosed(Exchange.WAIT));
        }
        try (ServerFixture server = ServerFixture.start(data);
             WebSocketTestClient ana = WebSocketTestClient.connect(server.server().address(), true)) {
            ana.hello("ana");
            ana.sendText("{\"requestId\": \"7\", \"joinSession\": {\"joinCode\": [1, 2]}}");
            ServerMessage error = ana.exchange().push(ServerMessage::hasError, Exchange.WAIT);
            assertEquals(ErrorCode.MALFORMED_FRAME, error.getError().getCode());
            assertTrue(ana.awaitClosed(Exchange.WAIT));
        }
    }

    @Test
    void wrong_facilitator_token_over_websocket_closes() {
        try (ServerFixture server = ServerFixture.start(data);
             WebSocketTestClient eve = WebSocketTestClient.connect(server.server().address(), true)) {
            ServerMessage m = eve.call(ClientMessage.newBuilder().setHello(Hello.newBuilder().setClientName("eve")
                    .setFacilitatorToken("not-the-token").setVersion(casus.v1.ProtocolVersion.newBuilder().setMajor(1))));
            assertEquals(ErrorCode.UNAUTHORIZED, m.getError().getCode());
            assertTrue(eve.awaitClosed(Exchange.WAIT));
        }
    }

    @Test
    void a_page_from_another_site_cannot_open_the_websocket() {
        try (ServerFixture server = ServerFixture.start(data)) {
            CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> WebSocketTestClient.connect(server.server().address(), true, Map.of("Origin", "http://evil.example")));
            assertEquals(403, ((java.net.http.WebSocketHandshakeException) e.getCause()).getResponse().statusCode());
            int port = server.server().address().getPort();
            try (WebSocketTestClient same = WebSocketTestClient.connect(server.server().address(), true,
                    Map.of("Origin", "http://127.0.0.1:" + port))) {
                same.hello("ana");
            }
        }
    }

    @Test
    void the_same_port_serves_the_pages() throws Exception {
        try (ServerFixture server = ServerFixture.start(data)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + server.server().address().getPort();
            HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            assertTrue(index.headers().firstValue("content-type").orElse("").startsWith("text/html"));
            assertTrue(index.headers().firstValue("content-security-policy").orElse("").contains("default-src 'self'"));
            assertTrue(index.body().contains("Casus"));
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/nothing-here.js")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/..%2fServer.class")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(base + "/")).POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            try (TestClient tcp = server.client("after-http")) {
                assertFalse(tcp.welcome().getClientId().isEmpty(), "protobuf clients still greeted on the same port");
            }
        }
    }
}
