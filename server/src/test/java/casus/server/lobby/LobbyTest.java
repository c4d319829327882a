package casus.server.lobby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.session.Session;
import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.SessionHarness;
import casus.server.transport.Connection;
import casus.v1.ClientMessage;
import casus.v1.CreateSession;
import casus.v1.ErrorCode;
import casus.v1.GetServerStats;
import casus.v1.Hello;
import casus.v1.KickClient;
import casus.v1.ListSessions;
import casus.v1.Ping;
import casus.v1.ProtocolVersion;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import casus.v1.Welcome;
import casus.v1.WhoControls;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lobby on in-memory connections, with the sessions of a harness behind it. */
class LobbyTest {
    @TempDir
    Path data;
    SessionHarness h;
    Lobby lobby;
    final List<EmbeddedChannel> channels = new ArrayList<>();

    @BeforeEach
    void start() {
        h = SessionHarness.start(data);
        lobby = h.lobby();
    }

    @AfterEach
    void stop() {
        channels.forEach(EmbeddedChannel::finishAndReleaseAll);
        h.close();
    }

    /** A client's connection, its replies readable from its channel. */
    private final class Link {
        final EmbeddedChannel ch = new EmbeddedChannel();
        final Connection c = new Connection(ch);
        long ids;

        Link() {
            channels.add(ch);
        }

        long send(ClientMessage.Builder m) {
            long id = ++ids;
            lobby.request(c, m.setRequestId(id).build());
            h.run();
            return id;
        }

        /** Sends a request and returns its one reply, dropping the pushes that came with it. */
        ServerMessage call(ClientMessage.Builder m) {
            long id = send(m);
            List<ServerMessage> replies = out().stream().filter(x -> x.getRequestId() != 0).toList();
            assertEquals(1, replies.size(), replies.toString());
            assertEquals(id, replies.get(0).getRequestId());
            return replies.get(0);
        }

        List<ServerMessage> out() {
            List<ServerMessage> out = new ArrayList<>();
            for (Object o = ch.readOutbound(); o != null; o = ch.readOutbound()) {
                out.add((ServerMessage) o);
            }
            return out;
        }

        Welcome hello(Hello.Builder hello) {
            return call(ClientMessage.newBuilder().setHello(hello.setVersion(ProtocolVersion.newBuilder().setMajor(1)))).getWelcome();
        }
    }

    private Link player(String name) {
        Link l = new Link();
        l.hello(Hello.newBuilder().setClientName(name));
        return l;
    }

    private Link facilitator() {
        Link l = new Link();
        assertTrue(l.hello(Hello.newBuilder().setClientName("facilitator").setFacilitatorToken(ServerFixture.TOKEN)).getFacilitator());
        return l;
    }

    private Session session(Link facilitator) {
        long id = facilitator.send(Requests.create("border-2021", 1, SessionMode.TURN_BASED, 0, 0, casus.v1.AbsentPolicy.HOLD));
        ServerMessage created = facilitator.out().stream().filter(m -> m.getRequestId() == id).findFirst().orElseThrow();
        return h.sessions().find(created.getSessionCreated().getSession().getSessionId());
    }

    @Test
    void hello_is_welcomed_with_the_servers_limits_and_a_resume_token() {
        Welcome w = new Link().hello(Hello.newBuilder().setClientName("alice"));
        assertEquals(h.settings().maxFrameBytes(), w.getMaxFrameBytes());
        assertEquals(h.settings().idleTimeout().toSeconds(), w.getIdleTimeoutSeconds());
        assertEquals(h.settings().grace().toSeconds(), w.getGraceSeconds());
        assertFalse(w.getResumeToken().isEmpty());
        assertFalse(w.getFacilitator());
    }

    @Test
    void ping_is_answered_with_the_servers_time() {
        Link alice = player("alice");
        assertEquals(h.clock().unixMicros(), alice.call(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()))
                .getPong().getServerUnixMicros());
    }

    @Test
    void wrong_facilitator_token_is_refused_and_closed() {
        Link l = new Link();
        ServerMessage m = l.call(ClientMessage.newBuilder().setHello(Hello.newBuilder().setFacilitatorToken("not-the-token")
                .setVersion(ProtocolVersion.newBuilder().setMajor(1))));
        assertEquals(ErrorCode.UNAUTHORIZED, m.getError().getCode());
        assertFalse(l.ch.isActive());
    }

    @Test
    void facilitator_requests_from_a_player_are_unauthorized() {
        Link alice = player("alice");
        assertEquals(ErrorCode.UNAUTHORIZED, alice.call(ClientMessage.newBuilder().setGetServerStats(GetServerStats.getDefaultInstance()))
                .getError().getCode());
        assertEquals(ErrorCode.UNAUTHORIZED, alice.call(ClientMessage.newBuilder().setCreateSession(CreateSession.getDefaultInstance()))
                .getError().getCode());
        assertEquals(ErrorCode.UNAUTHORIZED, alice.call(ClientMessage.newBuilder().setKickClient(KickClient.newBuilder()
                .setClientId("c-someone"))).getError().getCode());
    }

    @Test
    void session_is_created_in_the_background_and_answered_when_it_is_made() {
        Link f = facilitator();
        long id = ++f.ids;
        lobby.request(f.c, Requests.create("border-2021", 1, SessionMode.TURN_BASED, 0, 0, casus.v1.AbsentPolicy.HOLD)
                .setRequestId(id).build());
        assertEquals(List.of(), f.out(), "nothing until the background has made it");
        h.run();
        ServerMessage created = f.out().get(0);
        assertEquals(id, created.getRequestId());
        assertEquals(Role.FACILITATOR, created.getSessionCreated().getRole());
        assertEquals(1, f.call(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance())).getSessionList()
                .getSessionsCount());
    }

    @Test
    void request_for_no_session_is_refused_by_name() {
        Link alice = player("alice");
        assertEquals(ErrorCode.NO_SUCH_SESSION, alice.call(Requests.start("s-nothing")).getError().getCode());
        assertEquals(ErrorCode.BAD_REQUEST, alice.call(Requests.join("", Role.PLAYER)).getError().getCode());
    }

    @Test
    void request_to_a_session_whose_inbox_is_full_is_refused_as_busy_until_it_drains() {
        Link f = facilitator();
        Session s = session(f);
        Link alice = player("alice");
        ClientMessage.Builder who = ClientMessage.newBuilder().setWhoControls(WhoControls.newBuilder().setSessionId(s.id()));
        for (int i = 0; i < h.settings().inboxCapacity(); i++) {
            lobby.request(alice.c, who.setRequestId(1000 + i).build());
        }
        lobby.request(alice.c, who.setRequestId(5000).build());
        List<ServerMessage> out = alice.out();
        assertEquals(1, out.size(), "the session has not run yet: only the refusal is out");
        assertEquals(5000, out.get(0).getRequestId());
        assertEquals(ErrorCode.BUSY, out.get(0).getError().getCode());
        h.run();
        assertEquals(h.settings().inboxCapacity(), alice.out().size(), "every request the inbox took is answered");
        assertTrue(alice.call(who).hasControlList(), "and the session takes requests again");
    }

    @Test
    void kicked_client_is_closed_and_its_token_resumes_nothing() {
        Link f = facilitator();
        Link bob = new Link();
        Welcome w = bob.hello(Hello.newBuilder().setClientName("bob"));
        assertTrue(f.call(ClientMessage.newBuilder().setKickClient(KickClient.newBuilder().setClientId(w.getClientId())
                .setReason("time's up"))).hasAck());
        ServerMessage kicked = bob.out().get(0);
        assertEquals(ErrorCode.KICKED, kicked.getError().getCode());
        assertEquals("time's up", kicked.getError().getMessage());
        assertFalse(bob.ch.isActive());
        assertNull(h.context().clients().byId(w.getClientId()));
        assertFalse(new Link().hello(Hello.newBuilder().setResumeToken(w.getResumeToken())).getResumed());
    }

    @Test
    void newer_connection_with_the_resume_token_takes_over_the_client_and_its_memberships() {
        Link f = facilitator();
        Session s = session(f);
        Link first = new Link();
        Welcome w = first.hello(Hello.newBuilder().setClientName("carol"));
        first.call(Requests.join(s.joinCode(), Role.PLAYER));
        first.call(Requests.take(s.id(), "ARM"));
        Link second = new Link();
        Welcome again = second.hello(Hello.newBuilder().setResumeToken(w.getResumeToken()));
        assertTrue(again.getResumed());
        assertEquals(w.getClientId(), again.getClientId());
        assertEquals("ARM", again.getRejoined(0).getControlledState());
        assertEquals(ErrorCode.REPLACED, first.out().get(0).getError().getCode());
        assertFalse(first.ch.isActive());
    }

    @Test
    void hello_twice_is_refused_and_the_connection_stays() {
        Link alice = player("alice");
        assertEquals(ErrorCode.ALREADY_GREETED, alice.call(ClientMessage.newBuilder().setHello(Hello.newBuilder()
                .setVersion(ProtocolVersion.newBuilder().setMajor(1)))).getError().getCode());
        assertTrue(alice.ch.isActive());
    }

    @Test
    void facilitator_is_told_on_hello_what_the_server_could_not_recover_and_a_player_is_not() throws Exception {
        Path journal = data.resolve("sessions").resolve("s-test").resolve(casus.server.journal.JournalFormat.FILE);
        java.nio.file.Files.createDirectories(journal.getParent());
        casus.server.testing.Journals.play(journal, "karabakh-2023", 17, "ARM", 4);
        casus.server.testing.Journals.flip(journal, casus.server.testing.Journals.offsets(journal).get(3) + 10);
        assertEquals(0, h.factory().recover());
        Link f = new Link();
        f.send(ClientMessage.newBuilder().setHello(Hello.newBuilder().setFacilitatorToken(ServerFixture.TOKEN)
                .setVersion(ProtocolVersion.newBuilder().setMajor(1))));
        List<ServerMessage> out = f.out();
        assertTrue(out.get(0).hasWelcome());
        assertEquals(2, out.size(), out.toString());
        assertEquals(0, out.get(1).getRequestId());
        assertEquals("recovery", out.get(1).getNotice().getKind());
        assertEquals("s-test", out.get(1).getNotice().getSessionId());
        assertTrue(out.get(1).getNotice().getText().contains("is damaged at byte"), out.toString());
        Link alice = new Link();
        alice.send(ClientMessage.newBuilder().setHello(Hello.newBuilder().setVersion(ProtocolVersion.newBuilder().setMajor(1))));
        assertEquals(1, alice.out().size(), "a player is not told");
    }
}
