package casus.client.command;

import casus.client.render.Format;
import casus.report.Baseline;
import casus.report.ReportException;
import casus.report.ReportWriter;
import casus.report.WrittenReport;
import casus.v1.SessionRecord;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report}: the facilitator writes the session's after-action report; a player may too,
 * once the session has ended (without what only the facilitator sees).
 */
@Command(name = "report", description = "Write the session's after-action report into a folder: report.md with the "
        + "timeline, every decision and its reasons, the agent's choice beside each player's, the players, the messages and the "
        + "outcome; indicators.csv; PNG charts of escalation, territory held and beliefs in allies. The facilitator may at any "
        + "time; a player of an ended session may too (its report has no shadow decisions and only the public messages).")
final class ReportCommand extends Verb {
    /** A long session's record is rebuilt from its journal: give it time. */
    static final Duration EXPORT_TIMEOUT = Duration.ofMinutes(2);

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to; made if missing.")
    Path out;

    @Option(names = "--session", paramLabel = "CODE", description = "Another session than the one joined, by join code or id: "
            + "an ended one, say, that 'sessions' lists.")
    String session;

    ReportCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String id = session != null ? session : ctx.sessionId();
        SessionRecord record = ctx.call(Requests.export(id), EXPORT_TIMEOUT).getSessionRecord();
        WrittenReport w;
        try {
            w = ReportWriter.write(record, record.getSessionId().equals(ctx.view().sessionId()) ? baseline() : Baseline.none(), out);
        } catch (ReportException e) {
            throw new UsageException(e.getMessage());
        }
        out().println("wrote " + w.markdown() + " (" + Format.count(record.getTicksCount(), "day", "days") + ", "
                + Format.count(w.decisions(), "decision", "decisions") + "), " + w.csv().getFileName()
                + (w.charts().isEmpty() ? "" : " and " + w.charts().size() + " charts"));
    }

    /** The indicators before the first day, when this client saw them; else the latest it has. */
    private Baseline baseline() {
        if (!ctx.view().opening().isEmpty()) {
            return Baseline.opening(ctx.view().opening());
        }
        return Baseline.at(ctx.view().day(), ctx.view().snapshot());
    }
}
