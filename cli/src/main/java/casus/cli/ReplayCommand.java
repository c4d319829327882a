package casus.cli;

import casus.server.journal.JournalDamage;
import casus.server.journal.JournalException;
import casus.server.journal.JournalReader;
import casus.server.journal.SessionReplay;
import casus.v1.SessionRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code casus replay}: a session again, from its journal. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a session from its journal: print its chronicle, as the live session wrote it, and optionally write its record.")
final class ReplayCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "JOURNAL", description = "A session's journal file, or its directory.")
    Path journal;

    @Option(names = "--record", paramLabel = "FILE", description = "Also write the session's record (a casus.v1.SessionRecord, binary protobuf) to FILE.")
    Path record;

    @Option(names = "--quiet", description = "Print no chronicle.")
    boolean quiet;

    @Option(names = "--until-damage", description = "Replay a journal damaged before its last record up to the damage, and say on"
            + " standard error what is lost after it (without this, a damaged journal is refused).")
    boolean untilDamage;

    @Override
    public Integer call() throws IOException {
        Path file = SessionReplay.journalFile(journal);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("no journal at " + journal);
        }
        PrintWriter out = quiet ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getOut();
        SessionReplay.Result r;
        try {
            JournalDamage damage = JournalReader.read(file).damage();
            if (damage != null && !untilDamage) {
                throw new BadInputException(file + " is " + damage.describe() + "; --until-damage replays it up to the damage");
            }
            r = SessionReplay.replay(file, out, record != null, 7, untilDamage);
        } catch (JournalException e) {
            throw new BadInputException(e.getMessage());
        }
        out.flush();
        if (record != null) {
            SessionRecord rec = r.game().record();
            try (OutputStream o = Files.newOutputStream(record)) {
                rec.writeTo(o);
            }
        }
        if (r.damage() != null) {
            spec.commandLine().getErr().println("casus: the journal is " + r.damage().describe() + "; replayed up to the damage");
        }
        if (r.tornBytes() > 0) {
            spec.commandLine().getErr().println("casus: the journal ends with a torn record of " + r.tornBytes() + " bytes, left out");
        }
        return 0;
    }
}
