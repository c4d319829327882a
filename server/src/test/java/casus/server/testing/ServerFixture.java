package casus.server.testing;

import casus.server.Clock;
import casus.server.Server;
import casus.server.ServerSettings;
import casus.v1.AbsentPolicy;
import casus.v1.Hello;
import casus.v1.Joined;
import casus.v1.SessionMode;
import java.nio.file.Path;
import java.time.Duration;

/** A server in this JVM on a free loopback port, its data in a test's temporary folder. */
public final class ServerFixture implements AutoCloseable {
    public static final String TOKEN = "test-facilitator-token";

    private final Server server;

    private ServerFixture(Server server) {
        this.server = server;
    }

    public static ServerFixture start(Path data) {
        return start(settings(data));
    }

    public static ServerFixture start(ServerSettings settings) {
        try {
            return new ServerFixture(Server.start(settings, Clock.system()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Defaults for tests: port 0, two tick threads, a short grace period. */
    public static ServerSettings settings(Path data) {
        return ServerSettings.defaults(data, TOKEN).withAddress("127.0.0.1", 0).withThreads(2, 2)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(3), Duration.ofSeconds(1));
    }

    public Server server() {
        return server;
    }

    public TestClient client(String name) {
        TestClient c = TestClient.connect(server.address());
        c.hello(name);
        return c;
    }

    public TestClient facilitator() {
        TestClient c = TestClient.connect(server.address());
        c.hello(Hello.newBuilder().setClientName("facilitator").setFacilitatorToken(TOKEN));
        return c;
    }

    /** Creates a session through the facilitator; returns what the facilitator joined. */
    public static Joined create(TestClient facilitator, String scenario, long seed, SessionMode mode, int tickMillis, int deadlineMillis,
            AbsentPolicy absent) {
        return facilitator.ok(Requests.create(scenario, seed, mode, tickMillis, deadlineMillis, absent)).getSessionCreated();
    }

    @Override
    public void close() {
        server.close();
    }
}
