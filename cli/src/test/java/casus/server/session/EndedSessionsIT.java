package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerProcess;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.ListSessions;
import casus.v1.MessageDelivered;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionInfo;
import casus.v1.SessionMode;
import casus.v1.SessionPhase;
import casus.v1.SessionRecord;
import casus.v1.TickUpdate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ended session outlives a restart of the server: it stays listed, as ended, for the
 * facilitator and for those who played in it, and its record can still be had, whole for the
 * facilitator and as players saw it for a player.
 */
class EndedSessionsIT {
    private static final String TOKEN = "ended-test-facilitator-token";

    @TempDir
    Path tmp;

    @Test
    void ended_session_stays_listed_with_its_record_across_a_restart() throws Exception {
        Path data = tmp.resolve("data");
        String session;
        String code;
        String aliceToken;
        long endedAt;
        try (ServerProcess first = ServerProcess.start(data, List.of("--facilitator-token", TOKEN), true);
             TestClient facilitator = facilitator(first);
             TestClient alice = TestClient.connect(first.address())) {
            aliceToken = alice.hello("alice").getResumeToken();
            ClientMessage.Builder create = Requests.create("border-2022", 4, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            create.getCreateSessionBuilder().getSettingsBuilder().setTitle("Monday");
            SessionInfo created = facilitator.ok(create).getSessionCreated().getSession();
            session = created.getSessionId();
            code = created.getJoinCode();
            alice.ok(Requests.join(code, Role.PLAYER));
            alice.ok(Requests.take(session, "ARM"));
            facilitator.ok(Requests.start(session));
            alice.ok(Requests.message(session, "to Moscow alone", "RUS"));
            alice.ok(Requests.message(session, "to everyone"));
            for (int day = 0; day < 2; day++) {
                alice.ok(Requests.submit(session, "ARM", true));
                alice.tick(day, TestClient.WAIT);
            }
            facilitator.ok(Requests.end(session));
            alice.push(ServerMessage::hasSessionEnded, TestClient.WAIT);
            SessionInfo ended = listed(alice, session);
            assertEquals(SessionPhase.ENDED, ended.getPhase());
            endedAt = ended.getEndedUnixMillis();
            assertTrue(endedAt > 0, ended.toString());
            assertEquals(2, ended.getDaysPlayed());
            assertEquals(2, alice.ok(Requests.export(session)).getSessionRecord().getTicksCount(),
                    "a player of an ended session may have its record");
            int status = first.terminate();
            assertTrue(status == 0 || status == 143, "exit status " + status);
        }

        try (ServerProcess second = ServerProcess.start(data, List.of("--facilitator-token", TOKEN), true);
             TestClient facilitator = facilitator(second);
             TestClient alice = TestClient.connect(second.address());
             TestClient stranger = TestClient.connect(second.address())) {
            SessionInfo listed = listed(facilitator, session);
            assertEquals(SessionPhase.ENDED, listed.getPhase());
            assertEquals("Monday", listed.getTitle());
            assertEquals("border-2022", listed.getSettings().getScenario());
            assertEquals(code, listed.getJoinCode());
            assertEquals(2, listed.getDaysPlayed());
            assertEquals(endedAt, listed.getEndedUnixMillis(), "when it ended, from its journal");

            SessionRecord whole = facilitator.ok(Requests.export(session)).getSessionRecord();
            assertTrue(whole.getEnded());
            assertEquals(2, whole.getTicksCount());
            assertEquals(2, whole.getMessagesCount(), "the facilitator's record has every message");
            assertTrue(whole.getTicksList().stream().anyMatch(t -> t.getShadowCount() > 0), "and the agent's shadow decisions");

            assertTrue(alice.hello(Hello.newBuilder().setClientName("alice").setResumeToken(aliceToken)).getResumed(),
                    "the player's token resumes within the grace period after the restart");
            assertEquals(SessionPhase.ENDED, listed(alice, session).getPhase(), "listed for those who played in it");
            SessionRecord players = alice.ok(Requests.export(session)).getSessionRecord();
            assertEquals(2, players.getTicksCount());
            assertEquals(List.of("to everyone"), players.getMessagesList().stream().map(MessageDelivered::getText).toList(),
                    "a player's record has the public statements only");
            assertTrue(players.getTicksList().stream().allMatch(t -> t.getShadowCount() == 0), "and no shadow decisions");
            assertTrue(players.getTicksList().stream().map(TickUpdate::getMessagesList).flatMap(List::stream)
                    .allMatch(m -> m.getToCount() == 0));

            stranger.hello("eve");
            assertFalse(stranger.ok(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance())).getSessionList()
                    .getSessionsList().stream().anyMatch(s -> s.getSessionId().equals(session)), "not listed for a stranger");
            assertTrue(stranger.refused(Requests.export(session), ErrorCode.NOT_A_MEMBER).contains("ended"));
            String joining = stranger.refused(Requests.join(code, Role.PLAYER), ErrorCode.WRONG_PHASE);
            assertTrue(joining.contains("ended") && joining.contains("after 2 days"), joining);
        }
    }

    private static SessionInfo listed(TestClient c, String session) {
        return c.ok(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance())).getSessionList().getSessionsList()
                .stream().filter(s -> s.getSessionId().equals(session)).findFirst()
                .orElseThrow(() -> new AssertionError("session " + session + " is not listed"));
    }

    private static TestClient facilitator(ServerProcess p) {
        TestClient f = TestClient.connect(p.address());
        f.hello(Hello.newBuilder().setClientName("facilitator").setFacilitatorToken(TOKEN));
        return f;
    }
}
