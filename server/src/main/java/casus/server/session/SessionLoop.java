package casus.server.session;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs a session's passes on the shared tick pool, one at a time: many sessions share the pool's
 * few threads, and a session is never on two at once. A pass runs when something arrives or a
 * timer it set goes off. Whatever a pass throws is logged and the loop goes on.
 */
final class SessionLoop {
    private static final Logger LOG = LogManager.getLogger(SessionLoop.class);

    private final ScheduledExecutorService pool;
    private final Runnable pass;
    private final java.util.function.BooleanSupplier moreWork;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Set by every signal, so that one arriving while a pass runs gets a pass of its own. */
    private final AtomicBoolean again = new AtomicBoolean();
    private final String name;
    private ScheduledFuture<?> timer;
    private long timerAt = Long.MAX_VALUE;

    SessionLoop(ScheduledExecutorService pool, String name, Runnable pass, java.util.function.BooleanSupplier moreWork) {
        this.pool = pool;
        this.name = name;
        this.pass = pass;
        this.moreWork = moreWork;
    }

    /** Asks for a pass soon. Any thread. */
    void signal() {
        again.set(true);
        if (scheduled.compareAndSet(false, true)) {
            try {
                pool.execute(this::run);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                scheduled.set(false);
            }
        }
    }

    /**
     * Asks for a pass at {@code at} (monotonic nanoseconds) unless a timer still to go off will
     * wake the session by then. Only from a pass.
     */
    void wakeAt(long at, long now) {
        if (at == Pace.NEVER) {
            return;
        }
        boolean pending = timer != null && timerAt > now;
        if (pending && timerAt <= at) {
            return;
        }
        if (pending) {
            timer.cancel(false);
        }
        timerAt = at;
        try {
            timer = pool.schedule(this::signal, Math.max(0, at - now), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            timer = null;
        }
    }

    private void run() {
        again.set(false);
        try {
            pass.run();
        } catch (Throwable t) {
            LOG.error("session {}: a pass failed; the session goes on", name, t);
        } finally {
            scheduled.set(false);
            if (again.get() || moreWork.getAsBoolean()) {
                signal();
            }
        }
    }
}
