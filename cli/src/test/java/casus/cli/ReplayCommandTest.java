package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.game.Game;
import casus.server.game.TickResult;
import casus.server.journal.Journal;
import casus.server.journal.SessionReplay;
import casus.server.testing.Journals;
import casus.v1.AbsentPolicy;
import casus.v1.ActionChoice;
import casus.v1.ControlChange;
import casus.v1.Decision;
import casus.v1.JournalEnded;
import casus.v1.JournalEntry;
import casus.v1.JournalInput;
import casus.v1.JournalOpened;
import casus.v1.JournalTick;
import casus.v1.SessionRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    @TempDir
    Path dir;

    @Test
    void replay_prints_the_chronicle_the_session_wrote_and_writes_its_record() throws Exception {
        Path journal = dir.resolve("journal.casus");
        String live = Journals.play(journal, "karabakh-2023", 17, "ARM", Integer.MAX_VALUE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path record = dir.resolve("record.pb");
        int status = Casus.execute(new PrintWriter(out), new PrintWriter(err), "replay", journal.toString(), "--record", record.toString());
        assertEquals(0, status, err.toString());
        assertEquals(live, out.toString());
        assertTrue(out.toString().contains("[player]"));
        SessionRecord written = SessionRecord.parseFrom(Files.readAllBytes(record));
        assertEquals(SessionReplay.record(journal), written);
        assertTrue(written.getEnded());
    }

    @Test
    void replay_of_what_is_no_journal_exits_with_bad_input() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a journal");
        StringWriter err = new StringWriter();
        assertEquals(Casus.BAD_INPUT, Casus.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "replay", notes.toString()));
        assertTrue(err.toString().contains("is not a Casus journal"), err.toString());
        assertEquals(Casus.BAD_INPUT, Casus.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "replay",
                dir.resolve("missing").toString()));
    }

    @Test
    void damaged_journal_is_refused_and_replayed_up_to_its_damage_when_asked() throws Exception {
        Path journal = dir.resolve("journal.casus");
        Journals.play(journal, "karabakh-2023", 17, "ARM", 5);
        java.util.List<Integer> at = Journals.offsets(journal);
        int damage = at.get(at.size() - 4);
        Journals.flip(journal, damage + 10);
        StringWriter err = new StringWriter();
        assertEquals(Casus.BAD_INPUT, Casus.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "replay", journal.toString()));
        assertTrue(err.toString().contains("is damaged at byte " + damage), err.toString());
        assertTrue(err.toString().contains("--until-damage replays it up to the damage"), err.toString());

        Path before = dir.resolve("before.casus");
        Files.write(before, java.util.Arrays.copyOf(Journals.bytes(journal), damage));
        StringWriter out = new StringWriter();
        err = new StringWriter();
        assertEquals(0, Casus.execute(new PrintWriter(out), new PrintWriter(err), "replay", journal.toString(), "--until-damage"),
                err.toString());
        assertEquals(SessionReplay.chronicle(before), out.toString(), "the chronicle up to the damage");
        assertTrue(err.toString().contains("the journal is damaged at byte " + damage), err.toString());
        assertTrue(err.toString().contains("so are the 2 whole records after them: 1 tick (day 4), the session's end"), err.toString());
    }
}
