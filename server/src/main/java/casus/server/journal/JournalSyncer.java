package casus.server.journal;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Syncs journals to the disk on threads of their own, so that a slow disk holds up only the
 * sessions waiting for their inputs to be on it, never the threads that tick the others. A
 * session asks after a pass that accepted inputs, and is called back when they are on the disk;
 * requests for a journal already synced cost nothing. Several threads sync different journals
 * at once: a disk completes parallel syncs of different files far faster than one after another.
 * A sync that fails is logged and the session called back all the same: it finds its journal
 * {@linkplain Journal#failure() failed}.
 */
public final class JournalSyncer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(JournalSyncer.class);

    private final ExecutorService thread;
    private final LongAdder syncs = new LongAdder();
    private final LongAdder syncNanos = new LongAdder();

    public JournalSyncer(int threads) {
        this(pool(threads));
    }

    private JournalSyncer(ExecutorService executor) {
        thread = executor;
    }

    /** A syncer that syncs on {@code executor}: a test's, to say when syncs happen. Closing the syncer shuts it down. */
    public static JournalSyncer on(ExecutorService executor) {
        return new JournalSyncer(executor);
    }

    private static ExecutorService pool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a journal syncer needs at least one thread, got " + threads);
        }
        return Executors.newFixedThreadPool(threads, new DefaultThreadFactory("casus-journal", true));
    }

    /** Syncs the journal, then runs {@code done}: on one of this syncer's threads. */
    public void sync(Journal journal, Runnable done) {
        try {
            thread.execute(() -> {
                try {
                    long before = journal.synced();
                    long start = System.nanoTime();
                    if (journal.force() > before) {
                        syncs.increment();
                        syncNanos.add(System.nanoTime() - start);
                    }
                } catch (RuntimeException e) {
                    LOG.error("cannot sync {}", journal.file(), e);
                }
                done.run();
            });
        } catch (RejectedExecutionException e) {
            try {
                journal.force();
            } catch (RuntimeException failed) {
                LOG.error("cannot sync {}", journal.file(), failed);
            }
            done.run();
        }
    }

    /** Syncs that reached the disk so far. */
    public long syncs() {
        return syncs.sum();
    }

    /** The time they took, in nanoseconds. */
    public long syncNanos() {
        return syncNanos.sum();
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
