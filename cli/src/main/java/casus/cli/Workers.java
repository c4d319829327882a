package casus.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker threads a batch command runs on, closed when the command ends. */
final class Workers implements AutoCloseable {
    private final ExecutorService pool;

    Workers(int threads) {
        if (threads < 1) {
            throw new BadInputException("--threads must be at least 1, got " + threads);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "casus-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        pool = Executors.newFixedThreadPool(threads, factory);
    }

    ExecutorService executor() {
        return pool;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
