package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.Channel;
import casus.v1.ChannelHistory;
import casus.v1.ChannelNotice;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.Joined;
import casus.v1.MessageDelivered;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Channels over real sockets: a treaty's channel reaches its members only and refuses a state
 * outside it; the facilitator's white cell; a channel's history read again after a reconnection,
 * by the state's next player, and after the server restarts.
 */
class ChannelsIT {
    @TempDir
    Path data;

    @Test
    void treaty_channels_white_cell_and_history_across_players_and_restarts() {
        String session;
        String code;
        String aliceToken;
        String carolToken;
        try (ServerFixture server = ServerFixture.start(data);
             TestClient facilitator = server.facilitator();
             TestClient bob = server.client("bob");
             TestClient carol = server.client("carol")) {
            TestClient alice = server.client("alice");
            aliceToken = alice.welcome().getResumeToken();
            carolToken = carol.welcome().getResumeToken();
            Joined created = ServerFixture.create(facilitator, "border-2022", 3, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            session = created.getSession().getSessionId();
            code = created.getSession().getJoinCode();
            for (TestClient c : List.of(alice, bob, carol)) {
                c.ok(Requests.join(code, Role.PLAYER));
            }
            alice.ok(Requests.take(session, "ARM"));
            bob.ok(Requests.take(session, "RUS"));
            carol.ok(Requests.take(session, "AZE"));

            assertEquals(List.of("CSTO", "RA-1997"), names(alice.ok(Requests.channels(session))), "a state reads its treaties' channels");
            assertEquals(List.of("SHUSHA", "RA-2022"), names(carol.ok(Requests.channels(session))));
            assertEquals(List.of("ARM", "RUS", "KAZ", "BLR", "KGZ", "TJK"),
                    alice.ok(Requests.channels(session)).getChannelList().getChannels(0).getStatesList());

            alice.ok(Requests.say(session, "csto", "Article 4: we ask for help"));
            MessageDelivered got = bob.push(ServerMessage::hasMessageDelivered, TestClient.WAIT).getMessageDelivered();
            assertEquals("CSTO", got.getChannel());
            assertEquals("ARM", got.getFromState());
            assertEquals("alice", got.getFromName());
            assertEquals("2022-09-13", got.getDate());
            assertEquals("CSTO", facilitator.push(ServerMessage::hasMessageDelivered, TestClient.WAIT).getMessageDelivered().getChannel(),
                    "the facilitator reads every channel");

            String refusal = carol.refused(Requests.say(session, "CSTO", "let me in"), ErrorCode.NOT_IN_CHANNEL);
            assertTrue(refusal.startsWith("you are not a member of CSTO"), refusal);
            carol.refused(Requests.history(session, "CSTO"), ErrorCode.NOT_IN_CHANNEL);
            carol.refused(Requests.say(session, "NATO", "hello"), ErrorCode.NO_SUCH_CHANNEL);
            facilitator.refused(Requests.say(session, "CSTO", "from the white house"), ErrorCode.NOT_IN_CHANNEL);
            bob.ok(Requests.message(session, "to carol only", "AZE"));
            // Pushes leave in the order the session made them: the CSTO message, had it been sent, would have come first.
            assertEquals("to carol only", carol.push(ServerMessage::hasMessageDelivered, TestClient.WAIT).getMessageDelivered().getText());

            bob.refused(Requests.createChannel(session, "white-cell", true, "ARM", "AZE"), ErrorCode.UNAUTHORIZED);
            facilitator.refused(Requests.createChannel(session, "white cell", true, "ARM"), ErrorCode.BAD_NAME);
            facilitator.refused(Requests.createChannel(session, "csto", true, "ARM"), ErrorCode.NAME_TAKEN);
            facilitator.ok(Requests.createChannel(session, "white-cell", true, "ARM", "AZE"));
            ChannelNotice opened = carol.push(ServerMessage::hasChannelNotice, TestClient.WAIT).getChannelNotice();
            assertEquals(List.of("ARM", "AZE"), opened.getChannel().getStatesList());
            assertTrue(opened.getChannel().getFacilitator());
            alice.push(ServerMessage::hasChannelNotice, TestClient.WAIT);
            facilitator.ok(Requests.say(session, "white-cell", "a ceasefire line is on the table"));
            assertEquals("", carol.push(ServerMessage::hasMessageDelivered, TestClient.WAIT).getMessageDelivered().getFromState());
            carol.ok(Requests.say(session, "white-cell", "we listen"));
            MessageDelivered heard = alice.push(m -> m.hasMessageDelivered() && m.getMessageDelivered().getText().equals("we listen"),
                    TestClient.WAIT).getMessageDelivered();
            assertEquals(List.of("ARM", "AZE"), heard.getToList());
            bob.refused(Requests.say(session, "white-cell", "and me?"), ErrorCode.NOT_IN_CHANNEL);
            bob.refused(Requests.history(session, "white-cell"), ErrorCode.NOT_IN_CHANNEL);

            // Reconnected, the player reads its channel again.
            alice.close();
            try (TestClient again = TestClient.connect(server.server().address())) {
                assertTrue(again.hello(Hello.newBuilder().setClientName("alice").setResumeToken(aliceToken)).getResumed());
                again.ok(Requests.join(code, Role.PLAYER));
                ChannelHistory h = again.ok(Requests.history(session, "CSTO")).getChannelHistory();
                assertEquals(List.of("Article 4: we ask for help"), h.getMessagesList().stream().map(MessageDelivered::getText).toList());
                assertEquals(0, h.getMessages(0).getDay());
                // Membership is the state's: whoever plays ARM next reads what was said before.
                again.ok(Requests.release(session));
                again.refused(Requests.history(session, "CSTO"), ErrorCode.NOT_IN_CHANNEL);
            }
            try (TestClient dave = server.client("dave")) {
                dave.ok(Requests.join(code, Role.PLAYER));
                dave.ok(Requests.take(session, "ARM"));
                assertEquals(2, dave.ok(Requests.history(session, "white-cell")).getChannelHistory().getMessagesCount());
            }
            facilitator.ok(Requests.closeChannel(session, "white-cell"));
            carol.refused(Requests.say(session, "white-cell", "one more"), ErrorCode.CHANNEL_CLOSED);
        }

        try (ServerFixture server = ServerFixture.start(data); TestClient facilitator = server.facilitator()) {
            List<Channel> channels = facilitator.ok(Requests.channels(session)).getChannelList().getChannelsList();
            Channel white = channels.stream().filter(c -> c.getName().equals("white-cell")).findFirst().orElseThrow();
            assertTrue(white.getClosed(), "a closed channel stays closed after a restart");
            assertEquals(2, white.getMessages());
            ChannelHistory h = facilitator.ok(Requests.history(session, "white-cell")).getChannelHistory();
            assertEquals(List.of("a ceasefire line is on the table", "we listen"),
                    h.getMessagesList().stream().map(MessageDelivered::getText).toList());
            assertEquals("carol", h.getMessages(1).getFromName());
            assertFalse(facilitator.ok(Requests.history(session, "CSTO")).getChannelHistory().getMessagesList().isEmpty(),
                    "the treaty's channel keeps its history across the restart");
            try (TestClient carol = TestClient.connect(server.server().address())) {
                carol.hello(Hello.newBuilder().setClientName("carol").setResumeToken(carolToken));
                carol.ok(Requests.join(code, Role.PLAYER));
                assertEquals(2, carol.ok(Requests.history(session, "white-cell")).getChannelHistory().getMessagesCount());
            }
        }
    }

    private static List<String> names(ServerMessage m) {
        return m.getChannelList().getChannelsList().stream().map(Channel::getName).toList();
    }
}
