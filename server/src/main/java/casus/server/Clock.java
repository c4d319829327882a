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

    /** Milliseconds since the Unix epoch. */
    default long unixMillis() {
        return unixMicros() / 1000;
    }

    /** The machine's clocks. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }
}

/** {@link System#nanoTime()} and the system's wall clock. */
enum SystemClock implements Clock {
    INSTANCE;

    @Override
    public long nanos() {
        return System.nanoTime();
    }

    @Override
    public long unixMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }
}
