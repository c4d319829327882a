package casus.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM, as a request to stop that a long command answers at a point of its
 * choosing. Java runs shutdown hooks on either signal; the hook registered here only raises the
 * request and then holds the shutdown back until the command says it has written what it must
 * ({@link #close()}), or {@link #GRACE_SECONDS} have passed. The process then exits as the signal
 * says: 130 for SIGINT, 143 for SIGTERM. Slurm sends SIGTERM before it kills a task that is
 * cancelled or out of time, so a shard answers it too.
 */
final class Interruption implements AutoCloseable {
    /** The longest a signal waits for the command to finish writing. */
    static final long GRACE_SECONDS = 120;
    /** What a command returns when it stopped on request without a signal (the signal's own status wins otherwise). */
    static final int STATUS = 130;

    private final CountDownLatch settled = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private Interruption(boolean watch) {
        if (watch) {
            hook = new Thread(this::hold, "casus-interruption");
            Runtime.getRuntime().addShutdownHook(hook);
        } else {
            hook = null;
        }
    }

    /** Starts watching for the signals. */
    static Interruption watch() {
        return new Interruption(true);
    }

    /** A request that only {@link #request()} raises, for tests. */
    static Interruption manual() {
        return new Interruption(false);
    }

    boolean requested() {
        return requested;
    }

    void request() {
        requested = true;
    }

    private void hold() {
        requested = true;
        try {
            settled.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has written what it must: a signal may end the process now; without one, the watch ends. */
    @Override
    public void close() {
        settled.countDown();
        if (hook != null && !requested) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the process is already shutting down
            }
        }
    }
}
