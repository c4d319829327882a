package casus.client.testing;

import casus.client.command.SeatKeys;
import casus.client.net.RemoteSettings;
import casus.client.play.PlayClient;
import casus.client.play.PrintConsole;
import casus.client.play.ScriptRunner;
import casus.client.view.SessionView;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@code casus play} client in this JVM running a script that the test writes as it goes, one
 * line at a time, as commands piped to standard input; its output and its view can be watched.
 */
public final class ScriptedClient implements AutoCloseable {
    private final PlayClient client;
    private final LineFeed feed = new LineFeed();
    private final SharedText out = new SharedText();
    private final SharedText err = new SharedText();
    private final CompletableFuture<Integer> status = new CompletableFuture<>();

    private ScriptedClient(RemoteSettings settings, boolean keepGoing) {
        this(settings, keepGoing, SeatKeys.memory());
    }

    private ScriptedClient(RemoteSettings settings, boolean keepGoing, SeatKeys keys) {
        PrintWriter o = new PrintWriter(out, true);
        this.client = PlayClient.connect(settings, new PrintConsole(o), keys);
        Thread t = new Thread(() -> {
            try {
                status.complete(new ScriptRunner(client.shell(), keepGoing).run(new BufferedReader(feed), "standard input",
                        new PrintWriter(err, true)));
            } catch (Throwable e) {
                status.completeExceptionally(e);
            }
        }, "scripted-" + settings.name());
        t.setDaemon(true);
        t.start();
    }

    public static ScriptedClient player(int port, String name) {
        return new ScriptedClient(RemoteSettings.defaults("127.0.0.1", port, name, ""), false);
    }

    /** A player that gives up reconnecting after {@code reconnectFor}. */
    public static ScriptedClient player(int port, String name, java.time.Duration reconnectFor) {
        return new ScriptedClient(RemoteSettings.defaults("127.0.0.1", port, name, "").withReconnectFor(reconnectFor), false);
    }

    /** A player whose seat keys are kept in {@code keys}: two such clients are two terminals of one person. */
    public static ScriptedClient player(int port, String name, SeatKeys keys) {
        return new ScriptedClient(RemoteSettings.defaults("127.0.0.1", port, name, ""), false, keys);
    }

    public static ScriptedClient facilitator(int port) {
        return new ScriptedClient(RemoteSettings.defaults("127.0.0.1", port, "facilitator", LiveServer.TOKEN), false);
    }

    /** Feeds commands, one a line. */
    public ScriptedClient send(String... lines) {
        for (String l : lines) {
            feed.send(l);
        }
        return this;
    }

    public SessionView view() {
        return client.view();
    }

    public PlayClient client() {
        return client;
    }

    /** Waits until the client's view satisfies a condition. */
    public SessionView await(Predicate<SessionView> condition) throws InterruptedException {
        if (!view().await(v -> condition.test(v) || status.isDone(), 30_000) || status.isDone() && !condition.test(view())) {
            throw new AssertionError("the condition never held" + (status.isDone() ? " (the script stopped: " + status.getNow(-1) + ")" : "")
                    + "; output:\n" + out + "\nerrors:\n" + err);
        }
        return view();
    }

    /** Waits until the output contains {@code s}. */
    public void awaitOutput(String s) throws InterruptedException {
        out.await(s, 30_000);
    }

    public String output() {
        return out.toString();
    }

    public String errors() {
        return err.toString();
    }

    /** Ends the input and returns the script's exit status. */
    public int finish() throws Exception {
        feed.end();
        return status.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        feed.end();
        client.close();
    }
}
