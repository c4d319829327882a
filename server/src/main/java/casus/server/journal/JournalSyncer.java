package casus.server.journal;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Syncs journals to the disk on a thread of its own, so that a slow disk holds up only the
 * sessions waiting for their inputs to be on it, never the threads that tick the others. A
 * session asks after a pass that accepted inputs, and is called back when they are on the disk;
 * requests for a journal already synced cost nothing.
 */
public final class JournalSyncer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(JournalSyncer.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(new DefaultThreadFactory("casus-journal", true));

    /** Syncs the journal, then runs {@code done}: on this syncer's thread. */
    public void sync(Journal journal, Runnable done) {
        try {
            thread.execute(() -> {
                try {
                    journal.force();
                } catch (RuntimeException e) {
                    LOG.error("cannot sync {}", journal.file(), e);
                }
                done.run();
            });
        } catch (RejectedExecutionException e) {
            journal.force();
            done.run();
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
