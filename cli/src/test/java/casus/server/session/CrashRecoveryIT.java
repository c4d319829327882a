package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.journal.SessionReplay;
import casus.server.testing.Happened;
import casus.server.testing.Journals;
import casus.server.testing.Requests;
import casus.server.testing.Seat;
import casus.server.testing.ServerProcess;
import casus.server.testing.SessionHarness;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ActionList;
import casus.v1.ChangeFacts;
import casus.v1.ClientMessage;
import casus.v1.Decision;
import casus.v1.EndSession;
import casus.v1.ExportRecord;
import casus.v1.FactChange;
import casus.v1.Hello;
import casus.v1.InjectEvent;
import casus.v1.JournalEntry;
import casus.v1.Joined;
import casus.v1.ResumeSession;
import casus.v1.Role;
import casus.v1.SendMessage;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import casus.v1.SessionPhase;
import casus.v1.SessionRecord;
import casus.v1.TickUpdate;
import casus.v1.Welcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as its own process, killed with SIGKILL in the middle of a session: restarted on
 * the same data, it recovers the session to its last tick, paused, with every acknowledged input
 * present, and the player resumes its state with its token. SIGTERM stops it cleanly.
 */
class CrashRecoveryIT {
    private static final String TOKEN = "crash-test-facilitator-token";

    @TempDir
    Path tmp;

    @Test
    void killed_server_recovers_every_acknowledged_input_from_its_journal() throws Exception {
        Path data = tmp.resolve("data");
        String session;
        String code;
        String aliceToken;
        List<String> acknowledged = new ArrayList<>();
        try (ServerProcess first = ServerProcess.start(data, List.of("--facilitator-token", TOKEN), true);
             TestClient facilitator = facilitator(first);
             TestClient alice = TestClient.connect(first.address())) {
            aliceToken = alice.hello("alice").getResumeToken();
            Joined created = facilitator.ok(Requests.create("border-2022", 9, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD))
                    .getSessionCreated();
            session = created.getSession().getSessionId();
            code = created.getSession().getJoinCode();
            alice.ok(Requests.join(code, Role.PLAYER));
            alice.ok(Requests.take(session, "ARM"));
            facilitator.ok(Requests.start(session));
            for (int day = 0; day < 3; day++) {
                alice.ok(Requests.submit(session, "ARM", true, advice(alice, session)));
                assertEquals(day, alice.nextTick(TestClient.WAIT).getDay());
            }
            ActionList today = alice.ok(Requests.actions(session, "ARM")).getActionList();
            for (Decision d : today.getDecisionsList()) {
                acknowledged.add(d.getKey() + "=" + d.getOptions(d.getOptionsCount() - 1).getKey());
            }
            String[] picks = acknowledged.stream().map(x -> x.substring(x.indexOf('=') + 1)).toArray(String[]::new);
            assertTrue(alice.ok(Requests.submit(session, "ARM", false, picks)).getSubmitResult().getResultsList().stream()
                    .allMatch(r -> r.getAccepted()));
            alice.ok(ClientMessage.newBuilder().setSendMessage(SendMessage.newBuilder().setSessionId(session).addTo("RUS")
                    .setText("we invoke Article 4")));
            facilitator.ok(ClientMessage.newBuilder().setInjectEvent(InjectEvent.newBuilder().setSessionId(session).setEventId("kharkiv")));
            facilitator.ok(ClientMessage.newBuilder().setChangeFacts(ChangeFacts.newBuilder().setSessionId(session)
                    .addChanges(FactChange.newBuilder().setPath("beliefs.ARM.CSTO").setValue("0.05"))));
            first.kill();
        }

        try (ServerProcess second = ServerProcess.start(data, List.of("--facilitator-token", TOKEN), true);
             TestClient facilitator = facilitator(second);
             TestClient alice = TestClient.connect(second.address())) {
            assertTrue(second.lines().stream().anyMatch(l -> l.contains("1 unfinished session(s) recovered")), second.lines().toString());
            Welcome w = alice.hello(Hello.newBuilder().setClientName("alice").setResumeToken(aliceToken));
            assertTrue(w.getResumed(), "the player's token outlives the crash");
            assertEquals("ARM", w.getRejoined(0).getControlledState());
            Joined back = alice.ok(Requests.join(code, Role.PLAYER)).getJoined();
            assertEquals(SessionPhase.PAUSED, back.getSituation().getPhase(), "recovered sessions wait, paused");
            assertEquals(3, back.getSituation().getDay(), "recovered to its last tick");
            assertTrue(back.getSituation().getEventsList().stream().anyMatch(e -> e.getId().equals("kharkiv")));
            List<String> submitted = new ArrayList<>();
            alice.ok(Requests.actions(session, "ARM")).getActionList().getSubmittedList()
                    .forEach(c -> submitted.add(c.getDecision() + "=" + c.getOption()));
            assertEquals(acknowledged.stream().sorted().toList(), submitted, "acknowledged orders survive the crash");

            SessionRecord record = facilitator.ok(ClientMessage.newBuilder().setExportRecord(ExportRecord.newBuilder()
                    .setSessionId(session))).getSessionRecord();
            assertEquals(3, record.getTicksCount());
            assertEquals("we invoke Article 4", record.getMessages(0).getText());
            assertTrue(record.getFacilitationList().stream().anyMatch(f -> f.getKind().equals("inject")));
            assertTrue(record.getFacilitationList().stream().anyMatch(f -> f.getText().equals("set beliefs.ARM.CSTO to 0.05")));

            facilitator.ok(Requests.join(code, Role.FACILITATOR));
            facilitator.ok(ClientMessage.newBuilder().setResumeSession(ResumeSession.newBuilder().setSessionId(session)));
            alice.ok(Requests.submit(session, "ARM", true));
            TickUpdate day3 = alice.nextTick(TestClient.WAIT);
            assertEquals(3, day3.getDay());
            for (String a : acknowledged) {
                String decision = a.substring(0, a.indexOf('='));
                String option = a.substring(a.indexOf('=') + 1);
                assertTrue(Happened.decisions(day3, "ARM").stream().anyMatch(d -> d.getDecision().equals(decision) && d.getOption().equals(option)),
                        "the orders given before the crash took effect: " + a);
            }
            facilitator.ok(ClientMessage.newBuilder().setEndSession(EndSession.newBuilder().setSessionId(session)));
            alice.push(ServerMessage::hasSessionEnded, TestClient.WAIT);
        }
        Path dir = data.resolve("sessions").resolve(session);
        String live = Files.readString(SessionReplay.chronicleFile(dir), StandardCharsets.UTF_8);
        assertEquals(live, SessionReplay.chronicle(dir), "the chronicle kept across the crash equals the replay");
    }

    @Test
    void serve_prints_its_address_and_a_generated_token_and_stops_cleanly_on_sigterm() throws Exception {
        Path data = tmp.resolve("data");
        String session;
        try (ServerProcess server = ServerProcess.start(data, List.of(), true)) {
            String token = server.printedToken();
            assertNotNull(token, "a generated token is printed: " + server.lines());
            System.out.println("casus serve was ready after " + server.readyMillis() + " ms");
            try (TestClient f = TestClient.connect(server.address())) {
                assertTrue(f.hello(Hello.newBuilder().setFacilitatorToken(token)).getFacilitator());
                session = f.ok(Requests.create("kazakhstan-2022", 1, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD))
                        .getSessionCreated().getSession().getSessionId();
                f.ok(Requests.start(session));
                f.ok(Requests.step(session));
                f.nextTick(TestClient.WAIT);
            }
            int status = server.terminate();
            assertTrue(status == 0 || status == 143, "exit status " + status);
        }
        SessionReplay.Result r = SessionReplay.replay(data.resolve("sessions").resolve(session),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), false, 7);
        assertEquals(0, r.tornBytes(), "the journal was finished");
        assertEquals(1, r.ticks());
    }

    @Test
    void damaged_journal_is_left_as_it_is_and_restored_up_to_the_damage_only_with_recover_until_damage() throws Exception {
        Path data = tmp.resolve("data");
        String session;
        try (SessionHarness h = SessionHarness.start(data)) {
            Seat f = h.facilitator();
            Seat alice = h.seat("alice");
            Session s = h.create(f, SessionHarness.settings("border-2022", 9, SessionMode.TURN_BASED, 0, 0));
            session = s.id();
            alice.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
            alice.ok(s, Requests.take(s.id(), "ARM"));
            f.ok(s, Requests.start(s.id()));
            for (int day = 0; day < 4; day++) {
                alice.ok(s, Requests.message(s.id(), "day " + day));
                alice.ok(s, Requests.submit(s.id(), "ARM", true));
            }
        }
        Path journal = data.resolve("sessions").resolve(session).resolve(casus.server.journal.JournalFormat.FILE);
        List<JournalEntry> entries = casus.server.journal.JournalReader.read(journal).entries();
        int thirdTick = -1;
        for (int i = 0, ticks = 0; i < entries.size() && thirdTick < 0; i++) {
            if (entries.get(i).hasTick() && ++ticks == 3) {
                thirdTick = i;
            }
        }
        long at = Journals.offsets(journal).get(thirdTick);
        Journals.flip(journal, at + 10);
        byte[] damaged = Journals.bytes(journal);

        try (ServerProcess kept = ServerProcess.start(data, List.of("--facilitator-token", TOKEN), true);
             TestClient f = facilitator(kept)) {
            ServerMessage told = f.push(m -> m.hasNotice() && m.getNotice().getKind().equals("recovery"), TestClient.WAIT);
            assertTrue(told.getNotice().getText().contains("is damaged at byte " + at), told.toString());
            assertTrue(kept.lines().stream().anyMatch(l -> l.contains("0 unfinished session(s) recovered")), kept.lines().toString());
            assertTrue(kept.lines().stream().anyMatch(l -> l.startsWith("recovery: the journal of session " + session + " is damaged")),
                    kept.lines().toString());
            f.refused(Requests.start(session), casus.v1.ErrorCode.NO_SUCH_SESSION);
        }
        assertTrue(java.util.Arrays.equals(damaged, Journals.bytes(journal)), "the damaged journal is left as it is");

        try (ServerProcess restored = ServerProcess.start(data, List.of("--facilitator-token", TOKEN, "--recover-until-damage"), true);
             TestClient f = facilitator(restored)) {
            ServerMessage told = f.push(m -> m.hasNotice() && m.getNotice().getKind().equals("recovery"), TestClient.WAIT);
            assertTrue(told.getNotice().getText().contains("is restored as it stood before the damage in its journal, at day 2"),
                    told.toString());
            assertTrue(restored.lines().stream().anyMatch(l -> l.contains("1 unfinished session(s) recovered")), restored.lines().toString());
            Joined back = f.ok(Requests.join(session, Role.FACILITATOR)).getJoined();
            assertEquals(2, back.getSituation().getDay());
            assertEquals(SessionPhase.PAUSED, back.getSituation().getPhase());
        }
    }

    private static TestClient facilitator(ServerProcess p) {
        TestClient f = TestClient.connect(p.address());
        f.hello(Hello.newBuilder().setClientName("facilitator").setFacilitatorToken(TOKEN));
        return f;
    }

    private static String[] advice(TestClient player, String session) {
        return player.ok(Requests.actions(session, "ARM")).getActionList().getDecisionsList().stream().map(Decision::getAdvice)
                .toArray(String[]::new);
    }
}
