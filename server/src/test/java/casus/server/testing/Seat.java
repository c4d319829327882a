package casus.server.testing;

import casus.server.auth.Client;
import casus.server.session.Peer;
import casus.server.session.SharedFrame;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.ServerMessage;
import casus.v1.SessionNotice;
import casus.v1.TickUpdate;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A client of a {@link SessionHarness}, connected through an in-memory peer: it posts requests to
 * sessions and keeps everything sent to it, replies and pushes, in the order they came.
 */
public final class Seat implements Peer {
    private final SessionHarness harness;
    private final Client client;
    private final String name;
    private final List<ServerMessage> received = new ArrayList<>();
    private long ids;
    private boolean writable = true;
    private boolean active = true;
    private ErrorCode closedWith;

    Seat(SessionHarness harness, Client client) {
        this.harness = harness;
        this.client = client;
        this.name = client.name();
    }

    public Client client() {
        return client;
    }

    /** Posts a request and runs what is due; returns its request id. Throws when the session's inbox is full. */
    public long post(casus.server.session.Session s, ClientMessage.Builder b) {
        long id = send(s, b);
        harness.run();
        return id;
    }

    /** Posts a request and runs nothing; returns its request id. */
    public long send(casus.server.session.Session s, ClientMessage.Builder b) {
        long id = ++ids;
        if (!harness.sessions().post(s, client, this, b.setRequestId(id).build())) {
            throw new AssertionError("the inbox of " + s.id() + " is full");
        }
        return id;
    }

    /** Posts a request, runs what is due, and returns its reply; fails when it has none yet. */
    public ServerMessage call(casus.server.session.Session s, ClientMessage.Builder b) {
        long id = post(s, b);
        ServerMessage r = reply(id);
        if (r == null) {
            throw new AssertionError("no reply yet to " + b.getKindCase() + " (request " + id + ")");
        }
        return r;
    }

    /** A request expected to succeed. */
    public ServerMessage ok(casus.server.session.Session s, ClientMessage.Builder b) {
        ServerMessage m = call(s, b);
        if (m.hasError()) {
            throw new AssertionError(b.getKindCase() + " refused: " + m.getError().getCode() + " " + m.getError().getMessage());
        }
        return m;
    }

    /** A request expected to be refused with {@code code}; returns the error's message. */
    public String refused(casus.server.session.Session s, ClientMessage.Builder b, ErrorCode code) {
        ServerMessage m = call(s, b);
        if (!m.hasError() || m.getError().getCode() != code) {
            throw new AssertionError(b.getKindCase() + ": expected " + code + ", got " + m);
        }
        return m.getError().getMessage();
    }

    /** The reply to a request, or null while it has none. */
    public ServerMessage reply(long requestId) {
        for (ServerMessage m : received) {
            if (m.getRequestId() == requestId) {
                return m;
            }
        }
        return null;
    }

    /** Everything received with request id 0, in order. */
    public List<ServerMessage> pushes() {
        return received.stream().filter(m -> m.getRequestId() == 0).toList();
    }

    public List<TickUpdate> ticks() {
        return pushes().stream().filter(ServerMessage::hasTickUpdate).map(ServerMessage::getTickUpdate).toList();
    }

    public List<SessionNotice> notices() {
        return pushes().stream().filter(ServerMessage::hasNotice).map(ServerMessage::getNotice).toList();
    }

    /** The notices whose text passes the test. */
    public List<SessionNotice> notices(Predicate<String> text) {
        return notices().stream().filter(n -> text.test(n.getText())).toList();
    }

    /** Forgets what was received so far. */
    public void clear() {
        received.clear();
    }

    /** Makes the connection writable or not, as a full outbound buffer would. */
    public void writable(boolean w) {
        writable = w;
    }

    /** The code it was closed with, or null while open. */
    public ErrorCode closedWith() {
        return closedWith;
    }

    /** Marks the connection closed without telling anyone: a disconnection the session learns of late. */
    public void drop() {
        active = false;
    }

    @Override
    public synchronized void send(ServerMessage message) {
        received.add(message);
    }

    @Override
    public synchronized boolean sendFrame(SharedFrame frame) {
        try {
            if (!writable || !active) {
                return false;
            }
            try (ByteBufInputStream in = new ByteBufInputStream(frame.content().duplicate())) {
                received.add(ServerMessage.parseDelimitedFrom(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        } finally {
            frame.release();
        }
    }

    @Override
    public boolean active() {
        return active;
    }

    @Override
    public synchronized void close(ErrorCode code, String reason) {
        received.add(casus.server.api.Replies.error(0, code, reason));
        closedWith = code;
        active = false;
    }

    @Override
    public String remote() {
        return "seat:" + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
