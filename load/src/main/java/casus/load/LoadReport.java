package casus.load;

import casus.v1.ServerStats;
import java.io.PrintWriter;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Prints what a load run measured. */
final class LoadReport {
    private LoadReport() {
    }

    static void print(PrintWriter out, LoadGenerator g, Measurements.Snapshot h, Measurements m, ServerStats before, ServerStats after,
            double seconds, long maxHeap, long maxRss) {
        long ticks = after.getTicks() - before.getTicks();
        long expected = Math.round(g.sessions() * seconds * 1000.0 / g.tickMillis());
        out.printf(Locale.ROOT, "measured %.1f s: %d ticks run (%d due), %d behind by more than a tick, %d dropped%n", seconds, ticks,
                expected, after.getTicksBehind() - before.getTicksBehind(), after.getTicksSkipped() - before.getTicksSkipped());
        line(out, "tick lateness (due -> started)", h.lateness());
        line(out, "tick -> client receipt (due -> received)", h.dueToReceipt());
        if (h.dueToReceiptWs().getTotalCount() > 0) {
            line(out, "  of which TCP clients", tcp(h));
            line(out, "  of which WebSocket (JSON) clients", h.dueToReceiptWs());
        }
        line(out, "sent -> client receipt", h.sentToReceipt());
        long frames = after.getFramesOut() - before.getFramesOut();
        long bytes = after.getBytesOut() - before.getBytesOut();
        out.printf(Locale.ROOT, "server frames out %.0f/s (%.1f MB/s), frames in %.0f/s; client updates %.0f/s, days missed %d, orders %.0f/s, refused %d%n",
                frames / seconds, bytes / seconds / 1e6, (after.getFramesIn() - before.getFramesIn()) / seconds, m.updates.sum() / seconds,
                m.gaps.sum(), m.orders.sum() / seconds, m.refusals.sum());
        double cpu = (after.getProcessCpuSeconds() - before.getProcessCpuSeconds()) / seconds;
        out.printf(Locale.ROOT, "server CPU %.2f cores; ", cpu);
        out.printf(Locale.ROOT, "server: %d connections, heap used max %d MB (committed %d MB), resident max %d MB, direct %d MB; "
                + "updates skipped %d, slow clients closed %d%n", after.getConnections(), maxHeap >> 20, after.getHeapCommittedBytes() >> 20,
                maxRss >> 20, after.getDirectUsedBytes() >> 20, after.getUpdatesSkipped() - before.getUpdatesSkipped(), after.getSlowClientsClosed());
        out.printf(Locale.ROOT, "result: ticks_run_pct=%.1f behind=%d dropped=%d lateness_p50_ms=%.2f lateness_p99_ms=%.2f lateness_max_ms=%.2f "
                + "receipt_p50_ms=%.2f receipt_p99_ms=%.2f receipt_max_ms=%.2f sent_receipt_p99_ms=%.2f frames_out_per_s=%.0f mb_out_per_s=%.1f "
                + "heap_max_mb=%d rss_max_mb=%d missed=%d slow_closed=%d server_cpu_cores=%.2f tcp_receipt_p99_ms=%.2f ws_receipt_p99_ms=%.2f%n",
                100.0 * ticks / Math.max(1, expected), after.getTicksBehind() - before.getTicksBehind(),
                after.getTicksSkipped() - before.getTicksSkipped(), ms(h.lateness(), 50), ms(h.lateness(), 99), h.lateness().getMaxValue() / 1000.0,
                ms(h.dueToReceipt(), 50), ms(h.dueToReceipt(), 99), h.dueToReceipt().getMaxValue() / 1000.0, ms(h.sentToReceipt(), 99),
                frames / seconds, bytes / seconds / 1e6, maxHeap >> 20, maxRss >> 20, m.gaps.sum(), after.getSlowClientsClosed(), cpu,
                ms(tcp(h), 99), ms(h.dueToReceiptWs(), 99));
    }

    /** The receipts of the TCP clients alone: all receipts, less the WebSocket clients'. */
    private static Histogram tcp(Measurements.Snapshot h) {
        Histogram t = h.dueToReceipt().copy();
        t.subtract(h.dueToReceiptWs());
        return t;
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static void line(PrintWriter out, String what, Histogram h) {
        out.printf(Locale.ROOT, "%-42s p50 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %7.2f ms  (n=%d)%n", what,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0,
                h.getMaxValue() / 1000.0, h.getTotalCount());
    }
}
