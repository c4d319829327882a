package casus.load;

import casus.wire.Transports;
import casus.v1.ActionChoice;
import casus.v1.ClientMessage;
import casus.v1.CreateSession;
import casus.v1.Decision;
import casus.v1.FactChange;
import casus.v1.GetServerStats;
import casus.v1.Hello;
import casus.v1.JoinSession;
import casus.v1.Joined;
import casus.v1.ListActions;
import casus.v1.Ping;
import casus.v1.ProtocolVersion;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.ServerStats;
import casus.v1.SessionMode;
import casus.v1.SessionSettings;
import casus.v1.StartSession;
import casus.v1.SubmitActions;
import casus.v1.TakeControl;
import casus.v1.WhoControls;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads a running {@code casus serve}: opens S real-time sessions with M clients each (some
 * players, the rest spectators), plays them (each player asks for its legal actions on every
 * update and orders the agent's advice), and reports with HdrHistogram how late ticks ran and
 * how long updates took to reach the clients, with the server's own statistics.
 */
@Command(name = "casus-load", mixinStandardHelpOptions = true, description = "Load a running casus server and report latencies.")
public final class LoadGenerator implements Callable<Integer> {
    /** Sessions created before pausing: within the server's burst of requests per connection. */
    private static final int CREATE_BATCH = 40;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--port", defaultValue = "7400")
    int port;

    @Option(names = "--token", description = "The server's facilitator token (default: $CASUS_FACILITATOR_TOKEN).")
    String token;

    @Option(names = "--sessions", defaultValue = "100", description = "Sessions to open (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--clients", defaultValue = "10", description = "Clients per session (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--players", defaultValue = "2", description = "Of those, players who take a state and order (default: ${DEFAULT-VALUE}).")
    int players;

    @Option(names = "--order-every", defaultValue = "1", description = "Players order on every Nth update (default: ${DEFAULT-VALUE}, every tick).")
    int orderEvery;

    @Option(names = "--tick-ms", defaultValue = "100", description = "Real-time tick length (default: ${DEFAULT-VALUE}).")
    int tickMillis;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seconds", defaultValue = "20", description = "Seconds measured (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--scenario", defaultValue = "karabakh-2020")
    String scenario;

    @Option(names = "--days", defaultValue = "366", description = "The scenario's days, long enough to outlast the run (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--stalled", defaultValue = "0",
            description = "Extra spectators that join every session, then stop reading (default: ${DEFAULT-VALUE}).")
    int stalled;

    @Option(names = "--oversized-probe", description = "After measuring, send a length prefix claiming 1 GiB and report what the server did.")
    boolean probe;

    @Option(names = "--io-threads", defaultValue = "2", description = "The generator's event loop threads (default: ${DEFAULT-VALUE}).")
    int ioThreads;

    @Option(names = "--websockets", defaultValue = "0", description = "Of each session's clients, how many connect over WebSocket "
            + "and speak JSON, as browsers do: the players first (browser seats), then spectators (a room view) (default: ${DEFAULT-VALUE}).")
    int websockets;

    @Option(names = "--timeline", description = "Print each second's ticks, worst lateness and receipt p99 while measuring.")
    boolean timeline;

    private final Measurements measured = new Measurements();
    /** The facilitator's connection, kept alive while the clients join. */
    private LoadClient facilitator;
    private final java.util.Set<casus.v1.ErrorCode> closures = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean measuring;
    private Bootstrap bootstrap;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadGenerator()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String facilitatorToken = token != null ? token : System.getenv("CASUS_FACILITATOR_TOKEN");
        if (facilitatorToken == null || players > clients) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need --token, and no more --players than --clients");
        }
        EventLoopGroup group = Transports.group(ioThreads, "load-io");
        bootstrap = new Bootstrap().group(group).channel(Transports.epoll() ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true);
        InetSocketAddress at = new InetSocketAddress(host, port);
        try {
            LoadClient facilitator = connect(at, Hello.newBuilder().setClientName("load-facilitator").setFacilitatorToken(facilitatorToken));
            List<Joined> created = create(facilitator);
            List<String> states = states(facilitator, created.get(0));
            if (players > states.size()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the scenario has " + states.size() + " states, fewer than --players");
            }
            this.facilitator = facilitator;
            List<LoadClient> all = join(at, created, states);
            for (Joined j : created) {
                facilitator.ok(ClientMessage.newBuilder().setStartSession(StartSession.newBuilder().setSessionId(j.getSession().getSessionId())))
                        .get(30, TimeUnit.SECONDS);
                pace();
            }
            out.printf(Locale.ROOT, "%d sessions, %d clients each (%d players, ordering every %d ticks; %d over WebSocket), %d ms ticks, "
                    + "%d stalled; warming up %d s%n", sessions, clients, players, orderEvery, Math.min(websockets, clients), tickMillis,
                    stalled, warmup);
            out.flush();
            ping(all, facilitator, warmup);
            measured.reset();
            measuring = true;
            Measurements.Snapshot total = measured.take();
            ServerStats before = stats(facilitator);
            long start = System.nanoTime();
            ServerStats worst = before;
            long maxHeap = before.getHeapUsedBytes();
            long maxRss = before.getResidentBytes();
            ServerStats previous = before;
            for (int s = 0; s < seconds; s++) {
                Thread.sleep(1000);
                ServerStats now = stats(facilitator);
                Measurements.Snapshot second = measured.take();
                total.add(second);
                if (timeline) {
                    out.printf(Locale.ROOT, "  second %2d: %4d ticks, %3d behind; lateness max %7.2f ms; receipt p99 %7.2f ms, max %7.2f ms; "
                            + "server CPU %.2f cores; %d journal syncs, %.0f us each%n", s + 1, now.getTicks() - previous.getTicks(), now.getTicksBehind() - previous.getTicksBehind(),
                            second.lateness().getMaxValue() / 1000.0, second.dueToReceipt().getValueAtPercentile(99) / 1000.0,
                            second.dueToReceipt().getMaxValue() / 1000.0, now.getProcessCpuSeconds() - previous.getProcessCpuSeconds(),
                            now.getJournalSyncs() - previous.getJournalSyncs(), (now.getJournalSyncMicros() - previous.getJournalSyncMicros())
                                    / (double) Math.max(1, now.getJournalSyncs() - previous.getJournalSyncs()));
                    out.flush();
                }
                previous = now;
                maxHeap = Math.max(maxHeap, now.getHeapUsedBytes());
                maxRss = Math.max(maxRss, now.getResidentBytes());
                worst = now;
                if (s % 10 == 9) {
                    pingAll(all);
                }
            }
            measuring = false;
            double elapsed = (System.nanoTime() - start) / 1e9;
            ServerStats after = worst;
            total.add(measured.take());
            LoadReport.print(out, this, total, measured, before, after, elapsed, maxHeap, maxRss);
            if (probe) {
                probe(out, at, facilitator);
            }
            out.flush();
            for (Joined j : created) {
                facilitator.call(ClientMessage.newBuilder().setEndSession(casus.v1.EndSession.newBuilder()
                        .setSessionId(j.getSession().getSessionId()))).get(30, TimeUnit.SECONDS);
                pace();
            }
            for (LoadClient c : all) {
                c.channel.close();
            }
            facilitator.channel.close();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        return 0;
    }

    private List<Joined> create(LoadClient facilitator) throws Exception {
        List<CompletableFuture<ServerMessage>> pending = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            if (i % CREATE_BATCH == CREATE_BATCH - 1) {
                // stay within the server's request rate for one connection
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
                Thread.sleep(1000);
            }
            pending.add(facilitator.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setSettings(
                    SessionSettings.newBuilder().setScenario(scenario).setSeed(i + 1).setMode(SessionMode.REAL_TIME).setTickMillis(tickMillis)
                            .setTitle("load " + i).addSet(FactChange.newBuilder().setPath("scenario.days").setValue(Integer.toString(days)))))));
        }
        List<Joined> out = new ArrayList<>();
        for (CompletableFuture<ServerMessage> f : pending) {
            out.add(f.get(120, TimeUnit.SECONDS).getSessionCreated());
        }
        return out;
    }

    /** The states of the scenario every session plays, as the server lists them. */
    private static List<String> states(LoadClient facilitator, Joined session) throws Exception {
        ServerMessage reply = facilitator.ok(ClientMessage.newBuilder().setWhoControls(WhoControls.newBuilder()
                .setSessionId(session.getSession().getSessionId()))).get(30, TimeUnit.SECONDS);
        List<String> states = new ArrayList<>();
        reply.getControlList().getControlsList().forEach(c -> states.add(c.getState()));
        return states;
    }

    private List<LoadClient> join(InetSocketAddress at, List<Joined> created, List<String> states) throws Exception {
        List<LoadClient> all = new ArrayList<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long pinged = System.nanoTime();
        for (int s = 0; s < created.size(); s++) {
            Joined j = created.get(s);
            String session = j.getSession().getSessionId();
            for (int k = 0; k < clients; k++) {
                boolean player = k < players;
                Hello.Builder hello = Hello.newBuilder().setClientName((player ? "player-" : "spectator-") + s + "-" + k);
                LoadClient c = k < websockets ? connectWebSocket(at, hello) : connect(at, hello);
                c.session = session;
                all.add(c);
                CompletableFuture<ServerMessage> joined = c.ok(ClientMessage.newBuilder().setJoinSession(JoinSession.newBuilder()
                        .setJoinCode(j.getSession().getJoinCode()).setRole(player ? Role.PLAYER : Role.SPECTATOR)));
                if (player) {
                    String state = states.get(k);
                    joined = joined.thenCompose(r -> c.ok(ClientMessage.newBuilder().setTakeControl(TakeControl.newBuilder()
                            .setSessionId(session).setState(state)))).thenApply(r -> {
                                c.state = state;
                                return r;
                            });
                }
                pending.add(joined);
                if (pending.size() >= 200) {
                    for (CompletableFuture<?> f : pending) {
                        f.get(60, TimeUnit.SECONDS);
                    }
                    pending.clear();
                }
                // Joining a thousand clients one by one, on a busy machine, can outlast the idle timeout of the first.
                if (System.nanoTime() - pinged > TimeUnit.SECONDS.toNanos(10)) {
                    pingAll(all);
                    facilitator.call(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()));
                    pinged = System.nanoTime();
                }
            }
        }
        for (CompletableFuture<?> f : pending) {
            f.get(60, TimeUnit.SECONDS);
        }
        for (int i = 0; i < stalled; i++) {
            LoadClient c = connect(at, Hello.newBuilder().setClientName("stalled-" + i));
            c.session = "(all)";
            for (Joined j : created) {
                c.ok(ClientMessage.newBuilder().setJoinSession(JoinSession.newBuilder().setJoinCode(j.getSession().getJoinCode())
                        .setRole(Role.SPECTATOR))).get(60, TimeUnit.SECONDS);
                pace();
            }
            c.stopReading();
        }
        return all;
    }

    /** Keeps one connection's requests within the server's rate limit (50 a second). */
    private static void pace() throws InterruptedException {
        Thread.sleep(25);
    }

    /** A client as a browser connects: a WebSocket to /ws on the same port, JSON messages. */
    private LoadClient connectWebSocket(InetSocketAddress at, Hello.Builder hello) throws Exception {
        LoadClient c = new LoadClient(this::push);
        c.webSocket = true;
        java.net.URI uri = java.net.URI.create("ws://" + at.getHostString() + ":" + at.getPort() + "/ws");
        c.channel = bootstrap.clone().handler(new WebSocketLoadInitializer(c, uri)).connect(at).sync().channel();
        c.handshake.get(30, TimeUnit.SECONDS);
        c.ok(ClientMessage.newBuilder().setHello(hello.setVersion(ProtocolVersion.newBuilder().setMajor(1)))).get(30, TimeUnit.SECONDS);
        return c;
    }

    private LoadClient connect(InetSocketAddress at, Hello.Builder hello) throws Exception {
        LoadClient c = new LoadClient(this::push);
        c.channel = bootstrap.clone().handler(new LoadClientInitializer(c)).connect(at).sync().channel();
        c.ok(ClientMessage.newBuilder().setHello(hello.setVersion(ProtocolVersion.newBuilder().setMajor(1)))).get(30, TimeUnit.SECONDS);
        return c;
    }

    /** Every push: measure it, and let a player order for the coming day. */
    private void push(LoadClient c, Object m, long receivedMicros) {
        if (m instanceof ServerMessage s && s.hasError() && closures.add(s.getError().getCode())) {
            // Once a code: a client the server closed is a failed measurement, and says why.
            System.err.println("casus-load: the server closed a client: " + s.getError().getCode() + " " + s.getError().getMessage());
        }
        if (!(m instanceof TickSeen u)) {
            return;
        }
        boolean facilitator = c.session.isEmpty();
        if (c.session.equals("(all)")) {
            return;
        }
        if (measuring) {
            measured.frames.increment();
            if (facilitator) {
                Measurements.record(measured.lateness, u.started() - u.due());
            } else {
                measured.updates.increment();
                Measurements.record(measured.dueToReceipt, receivedMicros - u.due());
                if (c.webSocket) {
                    Measurements.record(measured.dueToReceiptWs, receivedMicros - u.due());
                }
                Measurements.record(measured.sentToReceipt, receivedMicros - u.sent());
                if (c.lastDay >= 0 && u.day() != c.lastDay + 1) {
                    measured.gaps.increment();
                }
            }
        }
        c.lastDay = u.day();
        if (!c.state.isEmpty() && !u.last() && u.day() % orderEvery == 0) {
            order(c);
        }
    }

    private void order(LoadClient c) {
        c.call(ClientMessage.newBuilder().setListActions(ListActions.newBuilder().setSessionId(c.session).setState(c.state)))
                .thenAccept(r -> {
                    if (!r.hasActionList()) {
                        measured.refusals.increment();
                        return;
                    }
                    SubmitActions.Builder s = SubmitActions.newBuilder().setSessionId(c.session).setState(c.state).setReady(true);
                    for (Decision d : r.getActionList().getDecisionsList()) {
                        s.addChoices(ActionChoice.newBuilder().setDecision(d.getKey()).setOption(d.getAdvice()));
                    }
                    c.call(ClientMessage.newBuilder().setSubmitActions(s)).thenAccept(x -> {
                        if (x.hasSubmitResult()) {
                            measured.orders.increment();
                        } else {
                            measured.refusals.increment();
                        }
                    });
                });
    }

    private void ping(List<LoadClient> all, LoadClient facilitator, int secondsToWait) throws InterruptedException {
        for (int s = 0; s < secondsToWait; s++) {
            Thread.sleep(1000);
            if (s % 10 == 9) {
                pingAll(all);
                facilitator.call(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()));
            }
        }
    }

    private static void pingAll(List<LoadClient> all) {
        for (LoadClient c : all) {
            if (c.channel.config().isAutoRead()) {
                c.call(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()));
            }
        }
    }

    private static ServerStats stats(LoadClient facilitator) throws Exception {
        return facilitator.ok(ClientMessage.newBuilder().setGetServerStats(GetServerStats.getDefaultInstance())).get(30, TimeUnit.SECONDS)
                .getServerStats();
    }

    /** Sends a length prefix that claims 1 GiB on a fresh connection, and reports what happened. */
    private void probe(PrintWriter out, InetSocketAddress at, LoadClient facilitator) throws Exception {
        ServerStats before = stats(facilitator);
        CompletableFuture<ServerMessage> error = new CompletableFuture<>();
        LoadClient p = new LoadClient((c, m, t) -> {
            if (m instanceof ServerMessage s) {
                error.complete(s);
            }
        });
        p.channel = bootstrap.clone().handler(new LoadClientInitializer(p)).connect(at).sync().channel();
        p.ok(ClientMessage.newBuilder().setHello(Hello.newBuilder().setClientName("probe").setVersion(ProtocolVersion.newBuilder().setMajor(1))))
                .get(30, TimeUnit.SECONDS);
        long sent = System.nanoTime();
        p.channel.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x04}));
        ServerMessage m = error.get(30, TimeUnit.SECONDS);
        p.closed.get(30, TimeUnit.SECONDS);
        double ms = (System.nanoTime() - sent) / 1e6;
        ServerStats after = stats(facilitator);
        out.printf(Locale.ROOT, "oversized prefix (claims 1 GiB): answered %s and closed after %.1f ms; server heap committed %d MB before, "
                + "%d MB after; direct memory %d MB before, %d MB after%n", m.getError().getCode(), ms, before.getHeapCommittedBytes() >> 20,
                after.getHeapCommittedBytes() >> 20, before.getDirectUsedBytes() >> 20, after.getDirectUsedBytes() >> 20);
    }

    int sessions() {
        return sessions;
    }

    int clients() {
        return clients;
    }

    int players() {
        return players;
    }

    int tickMillis() {
        return tickMillis;
    }

    int websockets() {
        return websockets;
    }

    int stalled() {
        return stalled;
    }
}
