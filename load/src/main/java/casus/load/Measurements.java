package casus.load;

import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** What the clients measure: latencies in HdrHistogram recorders, and counts. */
final class Measurements {
    /** Microseconds, with three significant digits, up to a minute. */
    private static final long MAX_MICROS = 60_000_000L;

    /** From the moment a tick was due to the moment a client received its update. */
    final Recorder dueToReceipt = new Recorder(MAX_MICROS, 3);
    /** The same, for the clients that connect over WebSocket and speak JSON. */
    final Recorder dueToReceiptWs = new Recorder(MAX_MICROS, 3);
    /** From the moment the server handed the update to the network to its receipt. */
    final Recorder sentToReceipt = new Recorder(MAX_MICROS, 3);
    /** How late each tick started after it was due, as the server stamped it. */
    final Recorder lateness = new Recorder(MAX_MICROS, 3);
    final LongAdder updates = new LongAdder();
    final LongAdder frames = new LongAdder();
    final LongAdder gaps = new LongAdder();
    final LongAdder orders = new LongAdder();
    final LongAdder refusals = new LongAdder();

    static void record(Recorder r, long micros) {
        r.recordValue(Math.max(0, Math.min(MAX_MICROS, micros)));
    }

    /** Forgets everything measured so far: the end of the warm-up. */
    void reset() {
        dueToReceipt.getIntervalHistogram();
        dueToReceiptWs.getIntervalHistogram();
        sentToReceipt.getIntervalHistogram();
        lateness.getIntervalHistogram();
        updates.reset();
        frames.reset();
        gaps.reset();
        orders.reset();
        refusals.reset();
    }

    /** The histograms of an interval. */
    record Snapshot(Histogram dueToReceipt, Histogram dueToReceiptWs, Histogram sentToReceipt, Histogram lateness) {
        /** Adds another interval's values. */
        void add(Snapshot other) {
            dueToReceipt.add(other.dueToReceipt);
            dueToReceiptWs.add(other.dueToReceiptWs);
            sentToReceipt.add(other.sentToReceipt);
            lateness.add(other.lateness);
        }
    }

    /** What was recorded since the last call. */
    Snapshot take() {
        return new Snapshot(dueToReceipt.getIntervalHistogram(), dueToReceiptWs.getIntervalHistogram(), sentToReceipt.getIntervalHistogram(), lateness.getIntervalHistogram());
    }
}
