package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.journal.JournalFormat;
import casus.server.journal.SessionReplay;
import casus.server.testing.Happened;
import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.EndSession;
import casus.v1.Happening;
import casus.v1.Joined;
import casus.v1.Role;
import casus.v1.SessionMode;
import casus.v1.SessionRecord;
import casus.v1.TickUpdate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** casus report: the after-action report of a session, offline, from its journal. */
class ReportCommandTest {
    @TempDir
    Path dir;

    /** A session of three days in which a person holds a state and gives no orders; its journal. */
    Path playedJournal() {
        try (ServerFixture server = ServerFixture.start(dir.resolve("data"));
             TestClient facilitator = server.facilitator();
             TestClient player = server.client("alice")) {
            Joined created = ServerFixture.create(facilitator, "border-2022", 5, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            String session = created.getSession().getSessionId();
            player.ok(Requests.join(created.getSession().getJoinCode(), Role.PLAYER));
            player.ok(Requests.take(session, "ARM"));
            facilitator.ok(Requests.start(session));
            for (int day = 0; day < 3; day++) {
                facilitator.ok(Requests.step(session));
                facilitator.tick(day, Duration.ofSeconds(20));
            }
            facilitator.ok(ClientMessage.newBuilder().setEndSession(EndSession.newBuilder().setSessionId(session)));
            return dir.resolve("data").resolve("sessions").resolve(session).resolve(JournalFormat.FILE);
        }
    }

    @Test
    void writes_the_report_of_a_journal_with_every_decision_its_csv_and_its_charts() throws Exception {
        Path journal = playedJournal();
        Path out = dir.resolve("report");

        Cli cli = Cli.run("report", journal.getParent().toString(), "--out", out.toString());

        assertEquals(0, cli.status(), cli::toString);
        assertTrue(cli.out().startsWith("wrote " + out.resolve("report.md") + " (3 days, "), cli.out());
        String md = Files.readString(out.resolve("report.md"));
        SessionRecord record = SessionReplay.record(journal);
        int decisions = 0;
        for (TickUpdate t : record.getTicksList()) {
            for (Happening d : Happened.of(t, Happening.Kind.DECISION)) {
                String row = "| " + d.getDay() + " | `" + d.getDecision() + "` | `" + d.getOption() + "` |";
                assertTrue(md.contains(row), "the report lacks " + row);
                decisions++;
            }
        }
        assertTrue(decisions > 0);
        assertTrue(md.contains("| ARM (Armenia) | alice | 0 | end |"), md);
        List<String> csv = Files.readAllLines(out.resolve("indicators.csv"));
        assertEquals(1 + 3, csv.size(), "a header and a row a day");
        assertTrue(Files.size(out.resolve("escalation.png")) > 0);
    }

    @Test
    void a_path_without_a_journal_exits_2_with_one_line() {
        Cli cli = Cli.run("report", dir.resolve("nothing").toString(), "--out", dir.resolve("out").toString());

        assertEquals(Casus.BAD_INPUT, cli.status(), cli::toString);
        assertEquals("casus: no journal at " + dir.resolve("nothing") + "\n", cli.err());
    }
}
