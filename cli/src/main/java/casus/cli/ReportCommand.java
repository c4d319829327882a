package casus.cli;

import casus.report.Baseline;
import casus.report.ReportException;
import casus.report.ReportWriter;
import casus.report.WrittenReport;
import casus.server.game.Game;
import casus.server.journal.JournalException;
import casus.server.journal.SessionReplay;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code casus report}: a session's after-action report, offline, from its journal. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a session's after-action report from its journal, offline: report.md (timeline, every decision "
                + "with its reasons and the agent's choice beside each player's, players, messages, outcome), indicators.csv, "
                + "and PNG charts of escalation, territory held and beliefs in allies.")
final class ReportCommand implements Callable<Integer> {
    /** Days of decisions a briefing recalls; the replay needs it, the report does not use briefings. */
    static final int RECENT_DAYS = 7;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "JOURNAL", description = "A session's journal file, or its directory.")
    Path journal;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the report to; made if missing.")
    Path out;

    @Override
    public Integer call() {
        Path file = SessionReplay.journalFile(journal);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no journal at " + journal);
        }
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        SessionReplay.Result replayed;
        Baseline opening;
        try {
            replayed = SessionReplay.replay(file, nowhere, true, RECENT_DAYS);
            // The session as it opened, before any input: every indicator's first value.
            opening = Baseline.opening(Game.open(replayed.opened(), nowhere, false, RECENT_DAYS).indicators());
        } catch (JournalException e) {
            throw new BadInputException(e.getMessage());
        }
        WrittenReport w;
        try {
            w = ReportWriter.write(replayed.game().record(), opening, out);
        } catch (ReportException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getOut().println("wrote " + w.markdown() + " (" + replayed.ticks() + (replayed.ticks() == 1 ? " day, " : " days, ")
                + w.decisions() + (w.decisions() == 1 ? " decision), " : " decisions), ")
                + w.csv().getFileName() + (w.charts().isEmpty() ? "" : " and " + w.charts().size() + " charts"));
        if (replayed.tornBytes() > 0) {
            spec.commandLine().getErr().println("casus: the journal ends with a torn record of " + replayed.tornBytes() + " bytes, left out");
        }
        return 0;
    }
}
