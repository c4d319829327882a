package casus.server;

import java.time.Instant;

/**
 * The server's time, handed in so that tests can move it: a monotonic clock for scheduling and
 * a wall clock for what clients and journals are told.
 */
public interface Clock {
    /** Monotonic nanoseconds, for measuring and scheduling; meaningless across processes. */
    long nanos();

    /** Microseconds since the Unix epoch. */
    long unixMicros();

    /** Microseconds since the Unix epoch at the monotonic time {@code nanos}. */
    long unixMicrosAt(long nanos);

    /** Milliseconds since the Unix epoch. */
    default long unixMillis() {
        return unixMicros() / 1000;
    }

    /** The machine's clocks. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }
}

/**
 * {@link System#nanoTime()}, and the wall clock read once when the server starts and carried on
 * by the monotonic clock: the two never disagree, so a time derived from one (a tick's due time)
 * and a time read from the other (when it started) differ by exactly the interval between them,
 * and wall times never step back when the machine's clock is adjusted.
 */
enum SystemClock implements Clock {
    INSTANCE;

    private final long originNanos = System.nanoTime();
    private final long originMicros = epochMicros(Instant.now());

    @Override
    public long nanos() {
        return System.nanoTime();
    }

    @Override
    public long unixMicros() {
        return unixMicrosAt(System.nanoTime());
    }

    @Override
    public long unixMicrosAt(long nanos) {
        return originMicros + Math.floorDiv(nanos - originNanos, 1000);
    }

    private static long epochMicros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
    }
}
