package casus.client.play;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.cli.Casus;
import casus.client.command.Requests;
import casus.client.render.ActionsView;
import casus.client.testing.LiveServer;
import casus.client.testing.ScriptedClient;
import casus.v1.ActionList;
import casus.v1.Decision;
import casus.v1.Happening;
import casus.v1.Option;
import casus.v1.Origin;
import casus.v1.SessionRecord;
import casus.v1.TickUpdate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seminar game played end to end against a real server, every participant a casus play client
 * running commands from its standard input: the facilitator creates a session, shocks it and
 * starts it; two players join, take a state each and play it to the last day, one following
 * the agent's advice and one not; the facilitator writes the after-action report. The report
 * holds every decision, and the report written offline from the journal is the same.
 */
class ScriptedGameIT {
    static final int DAYS = 6;

    @TempDir
    Path dir;

    @Test
    void a_facilitator_and_two_players_play_a_session_to_the_end_and_the_report_holds_every_decision() throws Exception {
        Path live = dir.resolve("live-report");
        try (LiveServer server = LiveServer.start(dir.resolve("data"));
             ScriptedClient facilitator = ScriptedClient.facilitator(server.port());
             ScriptedClient alice = ScriptedClient.player(server.port(), "alice");
             ScriptedClient bob = ScriptedClient.player(server.port(), "bob")) {
            facilitator.send("create border-2022 --seed 3 --set scenario.days=" + DAYS + " --title Rehearsal");
            String code = facilitator.await(v -> !v.joinCode().isEmpty()).joinCode();
            String session = facilitator.view().sessionId();

            alice.send("join " + code, "take ARM", "msg AZE we ask you to stop now");
            bob.send("join " + code, "take AZE", "msg all no comment");
            alice.await(v -> v.controlled().equals("ARM"));
            bob.await(v -> v.controlled().equals("AZE"));
            facilitator.awaitOutput("we ask you to stop now");
            facilitator.send("inject kharkiv", "start");
            facilitator.await(v -> v.phase() == casus.v1.SessionPhase.RUNNING);

            for (int day = 0; day < DAYS; day++) {
                int d = day;
                for (ScriptedClient p : List.of(alice, bob)) {
                    p.send("wait day " + d, "actions");
                }
                ActionList forAlice = alice.await(v -> v.actions() != null && v.actions().getDay() == d).actions();
                ActionList forBob = bob.await(v -> v.actions() != null && v.actions().getDay() == d).actions();
                alice.send("ready --advice");
                String against = againstTheAdvice(forBob);
                if (!against.isEmpty()) {
                    bob.send("do " + against);
                }
                bob.send("ready");
                assertEquals("ARM", forAlice.getState());
            }
            facilitator.send("watch", "report --out " + live);
            facilitator.awaitOutput("wrote " + live.resolve("report.md"));
            SessionRecord record = facilitator.client().remote().call(Requests.export(session), Duration.ofSeconds(30)).getSessionRecord();

            assertEquals(0, alice.finish(), alice.output() + alice.errors());
            assertEquals(0, bob.finish(), bob.output() + bob.errors());
            assertEquals(0, facilitator.finish(), facilitator.output() + facilitator.errors());

            assertTrue(record.getEnded());
            assertEquals(DAYS, record.getTicksCount());
            String md = Files.readString(live.resolve("report.md"));
            everyDecisionIsIn(record, md);
            assertTrue(md.contains("| ARM (Armenia) | alice | 0 | end |"), md);
            assertTrue(md.contains("| AZE (Azerbaijan) | bob | 0 | end |"), md);
            assertTrue(md.contains("we ask you to stop now"));
            assertTrue(md.contains("Injected by the facilitator:"), md);
            assertTrue(md.contains("The session ended: the scenario's last day was played."), md);
            List<String> csv = Files.readAllLines(live.resolve("indicators.csv"));
            assertEquals(1 + DAYS, csv.size());
            for (String png : List.of("escalation.png", "territory.png")) {
                assertTrue(md.contains("](" + png + ")"));
                assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(Files.readAllBytes(live.resolve(png)), 4));
            }
            assertTrue(alice.output().contains("-- day 0 · 2022-09-13"), "the players saw the updates as they came");
            assertTrue(facilitator.output().contains("> watch\nwatching until the session ends\n"), facilitator.output());
            assertTrue(facilitator.output().contains("          why: "), "watching tells every reason:\n" + facilitator.output());
            assertTrue(facilitator.output().contains("    agent  AZE would have chosen "), "and the agent's choice beside a player's");
            assertTrue(bob.output().contains("    msg    ARM (alice) to AZE: we ask you to stop now"), bob.output());

            Path offline = dir.resolve("offline-report");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Casus.execute(new PrintWriter(out), new PrintWriter(err), "report", server.sessionDir(session).toString(),
                    "--out", offline.toString());
            assertEquals(0, status, err.toString());
            assertEquals(md, Files.readString(offline.resolve("report.md")), "the offline report is the live one");
            assertEquals(csv, Files.readAllLines(offline.resolve("indicators.csv")));
        }
    }

    /** Every decision of every state, with its reasons; beside every person's, the agent's choice. */
    static void everyDecisionIsIn(SessionRecord record, String md) {
        int people = 0;
        for (TickUpdate t : record.getTicksList()) {
            for (Happening d : decisions(t)) {
                String row = "| " + d.getDay() + " | `" + d.getDecision() + "` | `" + d.getOption() + "` |";
                assertTrue(md.contains(row), "the report lacks " + row);
                if (!d.getReasons().isEmpty()) {
                    assertTrue(md.contains(d.getReasons().strip()), "the report lacks the reasons of " + row);
                }
                if (d.getOrigin() == Origin.PERSON) {
                    people++;
                    assertFalse(md.contains(row + " " + d.getActor() + " |"), "a person's decision names its player");
                }
            }
        }
        assertTrue(people > 0, "people decided");
        for (TickUpdate t : record.getTicksList()) {
            assertEquals(t.getShadowCount() > 0, decisions(t).stream().anyMatch(x -> x.getOrigin() != Origin.AGENT));
        }
        assertTrue(md.contains("| the agent would have chosen |"));
    }

    static List<Happening> decisions(TickUpdate t) {
        return t.getHappeningsList().stream().filter(h -> h.getKind() == Happening.Kind.DECISION).toList();
    }

    /** An option the agent does not advise, in a decision that has one, as a player types it; or "". */
    static String againstTheAdvice(ActionList a) {
        for (Decision d : a.getDecisionsList()) {
            for (Option o : d.getOptionsList()) {
                if (!o.getKey().equals(d.getAdvice())) {
                    return ActionsView.typed(o.getKey()) + " --decision " + d.getKey();
                }
            }
        }
        return "";
    }
}
