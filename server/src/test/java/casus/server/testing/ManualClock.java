package casus.server.testing;

import casus.server.Clock;
import io.netty.util.concurrent.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A clock that moves only when a test moves it, for the session layer and, through
 * {@link #ticker()}, for Netty's embedded event loop: one time for every timer a test drives.
 * Its wall time starts at a fixed instant, so that timings in updates are exact.
 */
public final class ManualClock implements Clock {
    /** The wall time at the clock's start: 2024-01-01T00:00:00Z, in microseconds since the epoch. */
    public static final long ORIGIN_MICROS = 1_704_067_200_000_000L;

    /** An arbitrary start, far from zero, so that nothing depends on the monotonic clock's origin. */
    private static final long START_NANOS = 5_000_000_000_000L;

    private volatile long nanos = START_NANOS;

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public long unixMicros() {
        return unixMicrosAt(nanos);
    }

    @Override
    public long unixMicrosAt(long at) {
        return ORIGIN_MICROS + Math.floorDiv(at - START_NANOS, 1000);
    }

    /** Moves the clock on; it never goes back. */
    public void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("a clock does not go back: " + d);
        }
        nanos += d.toNanos();
    }

    /** Moves the clock to {@code at}, which must not be in its past. */
    void set(long at) {
        if (at < nanos) {
            throw new IllegalArgumentException("a clock does not go back: " + at + " < " + nanos);
        }
        nanos = at;
    }

    /** The same time for Netty: an {@code EmbeddedChannel} built with it runs its timers by this clock. */
    public Ticker ticker() {
        return new Ticker() {
            @Override
            public long initialNanoTime() {
                return START_NANOS;
            }

            @Override
            public long nanoTime() {
                return nanos;
            }

            @Override
            public void sleep(long delay, TimeUnit unit) {
                advance(Duration.ofNanos(unit.toNanos(delay)));
            }
        };
    }
}
