package casus.server.session;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What every session adds to the server's statistics. */
public final class Counters {
    private final LongAdder ticks = new LongAdder();
    private final LongAdder behind = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder updatesSkipped = new LongAdder();
    private final AtomicLong maxLatenessMicros = new AtomicLong();

    /** A tick ran {@code latenessNanos} after it was due; behind when later than a period. */
    void tick(long latenessNanos, long periodNanos) {
        ticks.increment();
        if (periodNanos > 0 && latenessNanos > periodNanos) {
            behind.increment();
        }
        long micros = latenessNanos / 1000;
        maxLatenessMicros.accumulateAndGet(micros, Math::max);
    }

    void skipped(long n) {
        skipped.add(n);
    }

    void updateSkipped() {
        updatesSkipped.increment();
    }

    public long ticks() {
        return ticks.sum();
    }

    public long behind() {
        return behind.sum();
    }

    public long skipped() {
        return skipped.sum();
    }

    public long updatesSkipped() {
        return updatesSkipped.sum();
    }

    /** The worst lateness since the last call. */
    public long takeMaxLatenessMicros() {
        return maxLatenessMicros.getAndSet(0);
    }
}
