package casus.server.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An executor that runs nothing of its own accord: tasks wait until the test calls
 * {@link #runDue()} or {@link #advance(Duration)}, and then run on the test's thread, in the order
 * they fall due by a {@link ManualClock}. Stands in for the tick pool, the background executor
 * and the journal syncer, so that a session's passes, timers and syncs happen exactly when a test
 * says. A task that throws is kept as {@link #failures()}; the others go on.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final ManualClock clock;
    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private final List<Throwable> failures = new ArrayList<>();
    private long sequence;
    private boolean shutdown;

    public ManualScheduler(ManualClock clock) {
        this.clock = clock;
    }

    /** Runs every task due now, including those they submit, until none is left. Returns how many ran. */
    public int runDue() {
        int ran = 0;
        while (true) {
            Task<?> next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due > clock.nanos()) {
                    return ran;
                }
                queue.poll();
            }
            if (!next.isCancelled()) {
                next.run();
                ran++;
            }
        }
    }

    /** Moves the clock on by {@code d}, running each task when its time comes. */
    public void advance(Duration d) {
        long target = clock.nanos() + d.toNanos();
        runDue();
        while (true) {
            Task<?> next;
            synchronized (this) {
                next = queue.peek();
            }
            if (next == null || next.due > target) {
                break;
            }
            clock.set(Math.max(clock.nanos(), next.due));
            runDue();
        }
        clock.set(target);
        runDue();
    }

    /** When the earliest waiting task falls due, or {@link Long#MAX_VALUE}. */
    public synchronized long nextDue() {
        queue.removeIf(FutureTask::isCancelled);
        Task<?> next = queue.peek();
        return next == null ? Long.MAX_VALUE : next.due;
    }

    /** What the tasks that ran threw. */
    public synchronized List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void execute(Runnable command) {
        enqueue(new Task<>(Executors.callable(command, null), clock.nanos()));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(new Task<>(Executors.callable(command, null), clock.nanos() + Math.max(0, unit.toNanos(delay))));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(new Task<>(callable, clock.nanos() + Math.max(0, unit.toNanos(delay))));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("the session layer schedules one-off tasks only");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("the session layer schedules one-off tasks only");
    }

    private synchronized <V> Task<V> enqueue(Task<V> t) {
        if (shutdown) {
            throw new RejectedExecutionException("the scheduler is shut down");
        }
        queue.add(t);
        return t;
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        final long due;
        final long order;

        Task(Callable<V> callable, long due) {
            super(callable);
            this.due = due;
            synchronized (ManualScheduler.this) {
                this.order = sequence++;
            }
        }

        @Override
        protected void setException(Throwable t) {
            synchronized (ManualScheduler.this) {
                failures.add(t);
            }
            super.setException(t);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - clock.nanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> o = (Task<?>) other;
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }
}
