package casus.client.testing;

import casus.server.Clock;
import casus.server.Server;
import casus.server.ServerSettings;
import java.nio.file.Path;
import java.time.Duration;

/** A real Casus server in this JVM, on a free loopback port, its data in a test's folder. */
public final class LiveServer implements AutoCloseable {
    public static final String TOKEN = "seminar-facilitator-token";

    private final Server server;
    private final Path data;

    private LiveServer(Server server, Path data) {
        this.server = server;
        this.data = data;
    }

    public static LiveServer start(Path data) {
        return start(data, 0);
    }

    /** A server on a given port (0: any free one): to restart one where its clients expect it. */
    public static LiveServer start(Path data, int port) {
        return start(data, port, Duration.ofSeconds(10));
    }

    /** A server that keeps a disconnected player's state for {@code grace}. */
    public static LiveServer start(Path data, int port, Duration grace) {
        ServerSettings s = ServerSettings.defaults(data, TOKEN).withAddress("127.0.0.1", port).withThreads(2, 2)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), grace, Duration.ofSeconds(2));
        try {
            return new LiveServer(Server.start(s, Clock.system()), data);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return server.address().getPort();
    }

    public Path data() {
        return data;
    }

    /** The folder a session keeps its journal in. */
    public Path sessionDir(String sessionId) {
        return data.resolve("sessions").resolve(sessionId);
    }

    @Override
    public void close() {
        server.close();
    }
}
