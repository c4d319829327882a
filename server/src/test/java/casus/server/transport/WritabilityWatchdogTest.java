package casus.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.ManualClock;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watchdog by a clock the test moves: a connection above its high-water mark for the stall timeout is closed, no sooner. */
class WritabilityWatchdogTest {
    private static final Duration STALL = Duration.ofSeconds(2);

    private final ManualClock clock = new ManualClock();
    private final AtomicInteger stalls = new AtomicInteger();
    private EmbeddedChannel ch;

    @BeforeEach
    void open() {
        ch = EmbeddedChannel.builder().ticker(clock.ticker()).handlers(new WritabilityWatchdog(STALL.toNanos(), ctx -> {
            stalls.incrementAndGet();
            ctx.close();
        })).build();
        ch.config().setWriteBufferWaterMark(new WriteBufferWaterMark(8, 16));
    }

    @AfterEach
    void close() {
        ch.finishAndReleaseAll();
    }

    /** Queues more than the high-water mark without flushing it: the client stopped reading. */
    private void fillOutboundBuffer() {
        ch.write(Unpooled.buffer(64).writeZero(64));
        ch.runPendingTasks();
        assertFalse(ch.isWritable());
    }

    private void advance(Duration d) {
        clock.advance(d);
        ch.runScheduledPendingTasks();
    }

    @Test
    void connection_that_stays_unwritable_for_the_stall_timeout_is_closed() {
        fillOutboundBuffer();
        advance(STALL.minusNanos(1));
        assertEquals(0, stalls.get(), "not before the stall timeout");
        assertTrue(ch.isActive());
        advance(Duration.ofNanos(1));
        assertEquals(1, stalls.get());
        assertFalse(ch.isActive());
    }

    @Test
    void connection_that_drains_in_time_is_left_alone() {
        fillOutboundBuffer();
        advance(STALL.minusMillis(1));
        ch.flush();
        ByteBuf sent = ch.readOutbound();
        sent.release();
        assertTrue(ch.isWritable());
        advance(STALL.multipliedBy(10));
        assertEquals(0, stalls.get());
        assertTrue(ch.isActive());
    }

    @Test
    void each_stall_is_timed_from_when_the_connection_became_unwritable() {
        fillOutboundBuffer();
        advance(STALL.minusMillis(1));
        ch.flush();
        ((ByteBuf) ch.readOutbound()).release();
        fillOutboundBuffer();
        advance(STALL.minusMillis(1));
        assertEquals(0, stalls.get(), "the first stall's timer does not count for the second");
        advance(Duration.ofMillis(1));
        assertEquals(1, stalls.get());
    }

    @Test
    void connection_closed_while_unwritable_needs_no_watchdog() {
        fillOutboundBuffer();
        ch.close();
        advance(STALL.multipliedBy(2));
        assertEquals(0, stalls.get());
    }
}
