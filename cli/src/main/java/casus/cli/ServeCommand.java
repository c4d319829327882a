package casus.cli;

import casus.server.Clock;
import casus.server.Server;
import casus.server.ServerSettings;
import casus.server.auth.Tokens;
import casus.server.session.DamagePolicy;
import casus.v1.SessionNotice;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casus serve}: the multiplayer server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the multiplayer server: live sessions, people taking over states, journals and recovery.")
final class ServeCommand implements Callable<Integer> {
    /** Where the facilitator token is read from when no flag gives it. */
    static final String TOKEN_ENV = "CASUS_FACILITATOR_TOKEN";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "7400", description = "The TCP port; 0 lets the system choose (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "The address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
    String bind;

    @Option(names = "--data", defaultValue = "data", description = "Where sessions keep their journals and chronicles (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--facilitator-token", description = "The facilitator's secret; else $" + TOKEN_ENV + "; else one is generated and printed.")
    String token;

    @Option(names = "--tick-threads", description = "Threads that run the sessions' ticks (default: the number of cores).")
    Integer tickThreads;

    @Option(names = "--io-threads", description = "Netty event loop threads (default: the number of cores).")
    Integer ioThreads;

    @Option(names = "--grace-seconds", description = "How long a disconnected player keeps its state (default: 60).")
    Integer graceSeconds;

    @Option(names = "--recover-until-damage", description = "Recover a session whose journal is damaged before its last record as it"
            + " stood before the damage, keeping a copy of the damaged journal beside it (without this, such a session is not"
            + " recovered and its journal is left as it is).")
    boolean recoverUntilDamage;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        String given = token != null ? token : System.getenv(TOKEN_ENV);
        String source = token != null ? "given by --facilitator-token" : given != null ? "read from $" + TOKEN_ENV : null;
        String facilitatorToken = given != null ? given : Tokens.random(18);
        if (facilitatorToken.length() < 8) {
            throw new BadInputException("the facilitator token must have at least 8 characters");
        }
        ServerSettings.Builder b = ServerSettings.builder(data, facilitatorToken).host(bind).port(port);
        if (tickThreads != null) {
            b.tickThreads(tickThreads);
        }
        if (ioThreads != null) {
            b.ioThreads(ioThreads);
        }
        if (graceSeconds != null) {
            b.grace(java.time.Duration.ofSeconds(graceSeconds));
        }
        ServerSettings settings = b.build();
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Server> running = new java.util.concurrent.atomic.AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Server s = running.getAndSet(null);
            if (s != null) {
                s.close();
            }
            LogManager.shutdown();
            stopped.countDown();
        }, "casus-shutdown"));
        Server server;
        try {
            server = Server.start(settings, Clock.system(), recoverUntilDamage ? DamagePolicy.RESTORE_UNTIL_DAMAGE : DamagePolicy.KEEP);
        } catch (IllegalStateException e) {
            throw new BadInputException(e.getMessage());
        }
        running.set(server);
        InetSocketAddress at = server.address();
        out.println("casus serve: listening on " + at.getHostString() + ":" + at.getPort());
        out.println("facilitator token: " + (source == null ? facilitatorToken : "(" + source + ")"));
        out.println("data: " + data.toAbsolutePath().normalize() + "; " + server.recovered() + " unfinished session(s) recovered, paused");
        for (SessionNotice n : server.recoveryNotices()) {
            out.println("recovery: " + n.getText());
        }
        out.flush();
        stopped.await();
        return 0;
    }
}
