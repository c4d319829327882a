package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.ServerSettings;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.ErrorCode;
import casus.v1.ServerMessage;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections that say nothing are closed over real sockets: before Hello, and after it. That a
 * connection which sends in time stays, and that neither closes early, {@code
 * ConnectionHandlerTest} checks by a clock it moves.
 */
class IdleTimeoutIT {
    @TempDir
    Path data;

    @Test
    void silent_connections_are_closed_before_hello_and_after_it() {
        ServerSettings settings = ServerFixture.settings(data).withTimeouts(Duration.ofMillis(500), Duration.ofMillis(800),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        try (ServerFixture server = ServerFixture.start(settings);
             TestClient mute = TestClient.connect(server.server().address());
             TestClient quiet = server.client("quiet")) {
            assertEquals(ErrorCode.HELLO_REQUIRED, mute.push(ServerMessage::hasError, TestClient.WAIT).getError().getCode());
            assertTrue(mute.awaitClosed(TestClient.WAIT));
            assertEquals(ErrorCode.IDLE_TIMEOUT, quiet.push(ServerMessage::hasError, TestClient.WAIT).getError().getCode());
            assertTrue(quiet.awaitClosed(TestClient.WAIT));
        }
    }
}
