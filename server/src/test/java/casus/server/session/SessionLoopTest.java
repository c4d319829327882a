package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionLoopTest {
    /** A timer that went off while a pass ran was lost, and a real-time session stopped ticking. */
    @Test
    void signal_arriving_while_a_pass_runs_gets_a_pass_of_its_own() throws InterruptedException {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
        try {
            CountDownLatch inPass = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch second = new CountDownLatch(2);
            AtomicInteger passes = new AtomicInteger();
            SessionLoop loop = new SessionLoop(pool, "test", () -> {
                if (passes.incrementAndGet() == 1) {
                    inPass.countDown();
                    await(release);
                }
                second.countDown();
            }, () -> false);
            loop.signal();
            assertTrue(inPass.await(5, TimeUnit.SECONDS));
            loop.signal();
            release.countDown();
            assertTrue(second.await(5, TimeUnit.SECONDS), "the second signal got its pass");
            assertEquals(2, passes.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void passes_never_overlap_however_many_threads_signal() throws InterruptedException {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(4);
        try {
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            SessionLoop loop = new SessionLoop(pool, "test", () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                Thread.onSpinWait();
                inside.decrementAndGet();
            }, () -> false);
            Thread[] signallers = new Thread[4];
            for (int i = 0; i < signallers.length; i++) {
                signallers[i] = new Thread(() -> {
                    for (int k = 0; k < 5000; k++) {
                        loop.signal();
                    }
                });
                signallers[i].start();
            }
            for (Thread t : signallers) {
                t.join();
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
            assertEquals(1, most.get(), "one pass at a time");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failing_pass_does_not_stop_the_loop() throws InterruptedException {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
        try {
            AtomicInteger passes = new AtomicInteger();
            SessionLoop loop = new SessionLoop(pool, "test", () -> {
                passes.incrementAndGet();
                throw new IllegalStateException("a bad pass");
            }, () -> false);
            for (int i = 1; i <= 3; i++) {
                loop.signal();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (passes.get() < i && System.nanoTime() < end) {
                    Thread.sleep(1);
                }
                assertEquals(i, passes.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A timer whose pass started before the timer's own task finished left no timer for the next tick. */
    @Test
    void session_that_sets_a_timer_in_every_pass_never_stalls() throws InterruptedException {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
        try {
            CountDownLatch passes = new CountDownLatch(200);
            SessionLoop[] loop = new SessionLoop[1];
            loop[0] = new SessionLoop(pool, "ticker", () -> {
                passes.countDown();
                long now = System.nanoTime();
                loop[0].wakeAt(now + 500_000, now);
            }, () -> false);
            loop[0].signal();
            assertTrue(passes.await(30, TimeUnit.SECONDS), "passes stopped after " + (200 - passes.getCount()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
