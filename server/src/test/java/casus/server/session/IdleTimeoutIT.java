package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.ServerSettings;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Ping;
import casus.v1.ServerMessage;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connections that say nothing are closed: before Hello, and after it; a client that pings stays. */
class IdleTimeoutIT {
    @TempDir
    Path data;

    @Test
    void silent_connections_are_closed_and_a_pinging_one_stays() throws InterruptedException {
        ServerSettings settings = ServerFixture.settings(data).withTimeouts(Duration.ofMillis(500), Duration.ofMillis(800),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        try (ServerFixture server = ServerFixture.start(settings);
             TestClient mute = TestClient.connect(server.server().address());
             TestClient quiet = server.client("quiet");
             TestClient chatty = server.client("chatty")) {
            assertEquals(ErrorCode.HELLO_REQUIRED, mute.push(ServerMessage::hasError, TestClient.WAIT).getError().getCode());
            assertTrue(mute.awaitClosed(TestClient.WAIT));
            for (int i = 0; i < 8; i++) {
                Thread.sleep(250);
                chatty.ok(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()));
            }
            assertEquals(ErrorCode.IDLE_TIMEOUT, quiet.push(ServerMessage::hasError, TestClient.WAIT).getError().getCode());
            assertTrue(quiet.awaitClosed(TestClient.WAIT));
            assertFalse(chatty.awaitClosed(Duration.ofMillis(10)));
        }
    }
}
