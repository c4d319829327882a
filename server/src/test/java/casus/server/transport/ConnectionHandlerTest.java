package casus.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.api.Replies;
import casus.server.auth.Clients;
import casus.server.testing.ManualClock;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Hello;
import casus.v1.ListSessions;
import casus.v1.Ping;
import casus.v1.ProtocolVersion;
import casus.v1.ServerMessage;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection's last handler on an embedded channel whose timers run by a clock the test moves:
 * Hello first and within its timeout, the idle timeout, the rate limit, and failures as typed
 * errors.
 */
class ConnectionHandlerTest {
    private static final Duration HELLO = Duration.ofSeconds(10);
    private static final Duration IDLE = Duration.ofSeconds(60);
    private static final double RATE = 50;
    private static final int BURST = 100;

    private final ManualClock clock = new ManualClock();
    private final Sink sink = new Sink();
    private EmbeddedChannel ch;
    private long ids;

    /** Takes every request; greets a Hello at once, as the lobby does. */
    private static final class Sink implements RequestSink {
        final Clients clients = new Clients();
        final List<ClientMessage> requests = new ArrayList<>();
        final List<Connection> closed = new ArrayList<>();
        final List<Connection> connections = new ArrayList<>();

        @Override
        public void request(Connection c, ClientMessage m) {
            requests.add(m);
            if (!connections.contains(c)) {
                connections.add(c);
            }
            if (m.hasHello()) {
                c.greeted(clients.register("tester", false).client());
                c.send(Replies.ack(m.getRequestId()));
            }
        }

        @Override
        public void closed(Connection c) {
            closed.add(c);
        }
    }

    @BeforeEach
    void open() {
        ch = EmbeddedChannel.builder().ticker(clock.ticker()).handlers(
                new IdleStateHandler(IDLE.toNanos(), 0, 0, TimeUnit.NANOSECONDS),
                new ConnectionHandler(sink, new TrafficCounter(), clock, RATE, BURST, HELLO.toNanos())).build();
    }

    @AfterEach
    void close() {
        ch.finishAndReleaseAll();
    }

    private void advance(Duration d) {
        clock.advance(d);
        ch.runScheduledPendingTasks();
        ch.runPendingTasks();
    }

    private long send(ClientMessage.Builder m) {
        long id = ++ids;
        ch.writeInbound(m.setRequestId(id).build());
        return id;
    }

    private void hello() {
        send(ClientMessage.newBuilder().setHello(Hello.newBuilder().setVersion(ProtocolVersion.newBuilder().setMajor(1))));
        out();
    }

    private void sendWithId(long id, ClientMessage.Builder m) {
        ch.writeInbound(m.setRequestId(id).build());
    }

    private static ClientMessage.Builder ping() {
        return ClientMessage.newBuilder().setPing(Ping.getDefaultInstance());
    }

    private List<ServerMessage> out() {
        List<ServerMessage> out = new ArrayList<>();
        for (Object o = ch.readOutbound(); o != null; o = ch.readOutbound()) {
            out.add((ServerMessage) o);
        }
        return out;
    }

    private void assertClosedWith(ErrorCode code) {
        List<ServerMessage> out = out();
        assertEquals(1, out.size(), out.toString());
        assertEquals(code, out.get(0).getError().getCode(), out.toString());
        assertFalse(ch.isActive(), "the connection is closed");
    }

    @Test
    void connection_that_never_says_hello_is_closed_at_the_hello_timeout() {
        advance(HELLO.minusNanos(1));
        assertTrue(ch.isActive(), "not before the timeout");
        assertEquals(List.of(), out());
        advance(Duration.ofNanos(1));
        assertClosedWith(ErrorCode.HELLO_REQUIRED);
        assertEquals(1, sink.closed.size(), "the lobby hears the connection closed");
    }

    @Test
    void connection_that_said_hello_outlives_the_hello_timeout() {
        hello();
        advance(HELLO.multipliedBy(2));
        assertTrue(ch.isActive());
    }

    @Test
    void request_before_hello_is_refused_and_closed() {
        long id = send(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
        ServerMessage m = out().get(0);
        assertEquals(id, m.getRequestId());
        assertEquals(ErrorCode.HELLO_REQUIRED, m.getError().getCode());
        assertFalse(ch.isActive());
        assertEquals(List.of(), sink.requests, "nothing reached the lobby");
    }

    @Test
    void connection_silent_for_the_idle_timeout_is_closed_and_each_frame_restarts_it() {
        hello();
        advance(IDLE.minusSeconds(1));
        send(ping());
        advance(IDLE.minusSeconds(1));
        assertTrue(ch.isActive(), "a frame within the timeout keeps the connection");
        advance(Duration.ofSeconds(1));
        assertClosedWith(ErrorCode.IDLE_TIMEOUT);
    }

    @Test
    void requests_beyond_the_burst_are_refused_until_the_rate_refills_them() {
        hello();
        for (int i = 1; i < BURST; i++) {
            send(ping());
        }
        long limited = send(ping());
        List<ServerMessage> out = out();
        assertEquals(1, out.size());
        assertEquals(limited, out.get(0).getRequestId(), "the refusal answers the request refused");
        assertEquals(ErrorCode.RATE_LIMITED, out.get(0).getError().getCode());
        assertEquals(BURST, sink.requests.size());
        advance(Duration.ofSeconds(1));
        for (int i = 0; i < RATE; i++) {
            send(ping());
        }
        assertEquals(List.of(), out(), "a second refills the rate");
        send(ping());
        assertEquals(ErrorCode.RATE_LIMITED, out().get(0).getError().getCode());
        assertTrue(ch.isActive(), "a client over the rate keeps its connection");
    }

    @Test
    void frame_too_large_and_malformed_frames_are_answered_and_closed() {
        hello();
        ch.pipeline().fireExceptionCaught(new TooLongFrameException("a frame of 9 MiB"));
        assertClosedWith(ErrorCode.FRAME_TOO_LARGE);
        open();
        ch.pipeline().fireExceptionCaught(new io.netty.handler.codec.CorruptedFrameException("not a ClientMessage"));
        assertClosedWith(ErrorCode.MALFORMED_FRAME);
    }

    @Test
    void broken_connection_closes_without_a_word_and_anything_else_is_internal() {
        ch.pipeline().fireExceptionCaught(new IOException("connection reset"));
        assertEquals(List.of(), out());
        assertFalse(ch.isActive());
        open();
        ch.pipeline().fireExceptionCaught(new IllegalStateException("a bug"));
        assertClosedWith(ErrorCode.INTERNAL);
    }

    @Test
    void closed_connection_is_told_to_the_lobby_once() {
        hello();
        ch.close();
        assertEquals(1, sink.closed.size());
        assertNull(ch.readOutbound());
    }

    @Test
    void ping_with_request_id_0_wants_no_reply_and_keeps_the_connection_alive() {
        hello();
        for (int i = 0; i < 3; i++) {
            advance(IDLE.minusSeconds(1));
            sendWithId(0, ping());
        }
        assertEquals(List.of(), out(), "a Ping with request id 0 gets no reply");
        assertTrue(ch.isActive(), "and keeps the connection");
        assertEquals(1, sink.requests.size(), "the lobby never hears of it");
    }

    @Test
    void any_other_request_with_request_id_0_closes_the_connection() {
        hello();
        sendWithId(0, ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
        List<ServerMessage> out = out();
        assertEquals(0, out.get(0).getRequestId());
        assertEquals(ErrorCode.BAD_REQUEST, out.get(0).getError().getCode());
        assertTrue(out.get(0).getError().getMessage().contains("request_id 0"), out.toString());
        assertFalse(ch.isActive());
        assertEquals(1, sink.requests.size());
    }

    @Test
    void request_id_reused_while_its_request_waits_closes_the_connection_and_reused_after_its_reply_does_not() {
        hello();
        sendWithId(7, ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
        sendWithId(8, ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
        Connection conn = connection();
        conn.send(Replies.ack(7));
        sendWithId(7, ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
        assertTrue(ch.isActive(), "an id answered may be used again");
        assertEquals(4, sink.requests.size());
        sendWithId(8, ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
        List<ServerMessage> out = out();
        ServerMessage refusal = out.get(out.size() - 1);
        assertEquals(0, refusal.getRequestId(), "the refusal cannot answer the request: its id is taken");
        assertEquals(ErrorCode.BAD_REQUEST, refusal.getError().getCode());
        assertTrue(refusal.getError().getMessage().contains("request_id 8 is still waiting for its reply"), refusal.toString());
        assertFalse(ch.isActive());
        assertEquals(4, sink.requests.size(), "the duplicate never reached the lobby");
    }

    private Connection connection() {
        return sink.connections.get(0);
    }
}
