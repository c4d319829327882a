package casus.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on standard error for long batches: runs done, runs per second and time left,
 * redrawn four times a second once the batch has run a second. Silent when standard error is not
 * a terminal, so logs and pipes get nothing of it.
 */
final class Progress implements AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long EVERY_MILLIS = 250;
    static final int BAR = 24;

    private final PrintWriter err;
    private final long total;
    private final AtomicLong done = new AtomicLong();
    private final long start = System.nanoTime();
    private final Thread painter;
    private volatile boolean drawn;

    private Progress(PrintWriter err, long total, boolean show) {
        this.err = err;
        this.total = total;
        if (show) {
            painter = new Thread(this::paint, "casus-progress");
            painter.setDaemon(true);
            painter.start();
        } else {
            painter = null;
        }
    }

    /** A bar for {@code total} runs, shown only when standard error is a terminal. */
    static Progress start(PrintWriter err, long total) {
        return new Progress(err, total, Terminal.stderr());
    }

    static Progress none() {
        return new Progress(null, 0, false);
    }

    void advance(long runs) {
        done.addAndGet(runs);
    }

    private void paint() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(EVERY_MILLIS);
                long elapsed = System.nanoTime() - start;
                if (elapsed >= DELAY_NANOS) {
                    synchronized (err) {
                        err.print("\r" + line(done.get(), total, elapsed / 1e9));
                        err.flush();
                    }
                    drawn = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bar's text: {@code [#####.....]  1,234 / 10,000 runs  2,345 runs/s  0:04 left}. */
    static String line(long done, long total, double seconds) {
        double share = total == 0 ? 1 : Math.min(1, (double) done / total);
        int full = (int) Math.round(share * BAR);
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 ? clock((total - done) / rate) : "--:--";
        return String.format(Locale.ROOT, "[%s%s] %,d / %,d runs  %,.0f runs/s  %s left ", "#".repeat(full), ".".repeat(BAR - full), done, total,
                rate, left);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Stops the bar and wipes its line. */
    @Override
    public void close() {
        if (painter == null) {
            return;
        }
        painter.interrupt();
        try {
            painter.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (drawn) {
            synchronized (err) {
                err.print("\r" + " ".repeat(line(total, total, 1).length() + 12) + "\r");
                err.flush();
            }
        }
    }
}
