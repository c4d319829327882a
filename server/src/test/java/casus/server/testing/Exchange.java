package casus.server.testing;

import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.ProtocolVersion;
import casus.v1.ServerMessage;
import casus.v1.TickUpdate;
import casus.v1.Welcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A test client's side of the conversation, whatever carries it: numbers requests, waits for
 * each reply by its request id, and keeps what the server pushes, in order.
 */
public final class Exchange {
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final Consumer<ClientMessage> sender;
    private final Map<Long, BlockingQueue<ServerMessage>> replies = new ConcurrentHashMap<>();
    private final BlockingQueue<ServerMessage> pushes = new LinkedBlockingQueue<>();
    private final AtomicLong ids = new AtomicLong();
    private final CountDownLatch closed = new CountDownLatch(1);

    public Exchange(Consumer<ClientMessage> sender) {
        this.sender = sender;
    }

    /** What the server sent: a reply goes to whoever waits for it, anything else is a push. */
    public void received(ServerMessage m) {
        BlockingQueue<ServerMessage> q = m.getRequestId() == 0 ? null : replies.get(m.getRequestId());
        (q != null ? q : pushes).add(m);
    }

    /** The connection closed. */
    public void closed() {
        closed.countDown();
    }

    /** Says Hello, in protocol 1.{@code minor} unless it names a version, and returns the Welcome. */
    public Welcome hello(Hello.Builder h, int minor) {
        if (!h.hasVersion()) {
            h.setVersion(ProtocolVersion.newBuilder().setMajor(1).setMinor(minor));
        }
        ServerMessage m = call(ClientMessage.newBuilder().setHello(h));
        if (!m.hasWelcome()) {
            throw new AssertionError("expected Welcome, got " + m);
        }
        return m.getWelcome();
    }

    /** Sends a request and waits for its reply (a reply or an error). */
    public ServerMessage call(ClientMessage.Builder b) {
        long id = ids.incrementAndGet();
        BlockingQueue<ServerMessage> q = new LinkedBlockingQueue<>();
        replies.put(id, q);
        sender.accept(b.setRequestId(id).build());
        try {
            ServerMessage m = q.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (m == null) {
                throw new AssertionError("no reply to " + b.getKindCase() + " within " + WAIT);
            }
            return m;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            replies.remove(id);
        }
    }

    /** Sends a request expected to succeed, and returns its reply. */
    public ServerMessage ok(ClientMessage.Builder b) {
        ServerMessage m = call(b);
        if (m.hasError()) {
            throw new AssertionError(b.getKindCase() + " refused: " + m.getError().getCode() + " " + m.getError().getMessage());
        }
        return m;
    }

    /** Sends a request expected to be refused with {@code code}, and returns the error's message. */
    public String refused(ClientMessage.Builder b, ErrorCode code) {
        ServerMessage m = call(b);
        if (!m.hasError() || m.getError().getCode() != code) {
            throw new AssertionError(b.getKindCase() + ": expected " + code + ", got " + m);
        }
        return m.getError().getMessage();
    }

    /** The next push that matches, waiting up to {@code wait}; earlier non-matching pushes are dropped. */
    public ServerMessage push(Predicate<ServerMessage> p, Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                long left = end - System.nanoTime();
                ServerMessage m = left <= 0 ? null : pushes.poll(left, TimeUnit.NANOSECONDS);
                if (m == null) {
                    throw new AssertionError("no matching push within " + wait);
                }
                if (p.test(m)) {
                    return m;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The tick update of a given day, skipping earlier ones. */
    public TickUpdate tick(int day, Duration wait) {
        return push(m -> m.hasTickUpdate() && m.getTickUpdate().getDay() >= day, wait).getTickUpdate();
    }

    /** Every push received and not yet taken. */
    public List<ServerMessage> drainPushes() {
        List<ServerMessage> out = new ArrayList<>();
        pushes.drainTo(out);
        return out;
    }

    /** Whether the connection closed within {@code wait}. */
    public boolean awaitClosed(Duration wait) {
        try {
            return closed.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
