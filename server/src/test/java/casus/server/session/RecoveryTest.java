package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.journal.Journal;
import casus.server.journal.JournalFormat;
import casus.server.journal.JournalReader;
import casus.server.journal.SessionReplay;
import casus.server.testing.Journals;
import casus.server.testing.LogCapture;
import casus.server.testing.Requests;
import casus.server.testing.Seat;
import casus.server.testing.SessionHarness;
import casus.v1.Decision;
import casus.v1.JournalEnded;
import casus.v1.JournalEntry;
import casus.v1.JournalTick;
import casus.v1.Role;
import casus.v1.SessionMode;
import casus.v1.SessionNotice;
import casus.v1.SessionPhase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recovery of real journals damaged at several places: the damage is kept, never cut; the
 * session is restored up to it only when the facilitator asks; the log and the facilitator are
 * told what is lost; and a session that cannot be recovered for any reason leaves the others
 * to start.
 */
class RecoveryTest {
    private static final int DAYS = 6;

    @TempDir
    static Path played;
    static String damagedId;
    static String goodId;

    @TempDir
    Path data;

    /** Two sessions played for a few days, each day's orders, a message, a shock: then the server stopped. */
    @BeforeAll
    static void play() {
        try (SessionHarness h = SessionHarness.start(played)) {
            damagedId = play(h);
            goodId = play(h);
        }
    }

    private static String play(SessionHarness h) {
        Seat f = h.facilitator();
        Seat alice = h.seat("alice");
        Session s = h.create(f, SessionHarness.settings("border-2022", 7, SessionMode.TURN_BASED, 0, 0));
        alice.ok(s, Requests.join(s.joinCode(), Role.PLAYER));
        alice.ok(s, Requests.take(s.id(), "ARM"));
        f.ok(s, Requests.start(s.id()));
        for (int day = 0; day < DAYS; day++) {
            String[] advice = alice.ok(s, Requests.actions(s.id(), "ARM")).getActionList().getDecisionsList().stream()
                    .map(Decision::getAdvice).toArray(String[]::new);
            alice.ok(s, Requests.submit(s.id(), "ARM", false, advice));
            if (day == 2) {
                alice.ok(s, Requests.message(s.id(), "we ask the CSTO", "RUS"));
            }
            if (day == 3) {
                f.ok(s, Requests.inject(s.id(), "kharkiv"));
            }
            alice.ok(s, Requests.submit(s.id(), "ARM", true));
        }
        return s.id();
    }

    /** A copy of the played sessions, to damage. */
    private Path copy() throws IOException {
        Path from = played.resolve("sessions");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path to = data.resolve("sessions").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return data.resolve("sessions").resolve(damagedId).resolve(JournalFormat.FILE);
    }

    /** Where the {@code nth} record of a kind starts ("TICK", or an input's kind, such as "MESSAGE"). */
    private static int record(Path journal, String kind, int nth) {
        List<JournalEntry> entries = JournalReader.read(journal).entries();
        int seen = 0;
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry e = entries.get(i);
            String k = e.hasInput() ? e.getInput().getKindCase().name() : e.getKindCase().name();
            if (k.equals(kind) && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " number " + nth);
    }

    private static long ticksBefore(Path journal, int record) {
        return JournalReader.read(journal).entries().subList(0, record).stream().filter(JournalEntry::hasTick).count();
    }

    @ParameterizedTest
    @CsvSource({"ORDERS, 1, 12", "MESSAGE, 0, 5", "INJECT, 0, 1", "TICK, 2, 10", "CONTROL, 0, 30"})
    void damaged_journal_is_left_as_it_is_its_session_not_recovered_and_the_others_are(String kind, int nth, int into) throws IOException {
        Path journal = copy();
        int record = record(journal, kind, nth);
        long at = Journals.offsets(journal).get(record);
        Journals.flip(journal, at + into);
        byte[] damaged = Journals.bytes(journal);
        try (SessionHarness h = SessionHarness.start(data); LogCapture log = LogCapture.start()) {
            assertEquals(1, h.factory().recover(), "the other session is recovered");
            assertTrue(h.sessions().find(goodId) != null);
            assertNull(h.sessions().find(damagedId), "the damaged one is not");
            assertArrayEquals(damaged, Journals.bytes(journal), "its journal is left as it was");
            SessionNotice told = only(h.factory().recoveryNotices());
            assertEquals(damagedId, told.getSessionId());
            assertEquals("recovery", told.getKind());
            assertTrue(told.getText().startsWith("the journal of session " + damagedId + " is damaged at byte " + at + ", in its record "
                    + (record + 1) + ":"), told.getText());
            assertTrue(told.getText().contains("whole records after them: "), told.getText());
            assertTrue(told.getText().contains("--recover-until-damage"), told.getText());
            assertEquals(1, log.lines("ERROR", "is damaged at byte " + at).size(), log.lines().toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"ORDERS, 1, 12", "MESSAGE, 0, 5", "INJECT, 0, 1", "TICK, 2, 10"})
    void damaged_journal_is_restored_up_to_the_damage_when_the_facilitator_asks(String kind, int nth, int into) throws IOException {
        Path journal = copy();
        int record = record(journal, kind, nth);
        long at = Journals.offsets(journal).get(record);
        long days = ticksBefore(journal, record);
        Journals.flip(journal, at + into);
        byte[] damaged = Journals.bytes(journal);
        try (SessionHarness h = SessionHarness.start(data)) {
            assertEquals(2, h.factory().recover(DamagePolicy.RESTORE_UNTIL_DAMAGE));
            Session s = h.sessions().find(damagedId);
            assertEquals(days, s.game.day(), "restored as it stood before the damage");
            assertEquals(SessionPhase.PAUSED, s.phase);
            assertArrayEquals(Arrays.copyOf(damaged, (int) at), Journals.bytes(journal), "the journal is cut at the damage");
            Path dir = journal.getParent();
            List<Path> kept;
            try (Stream<Path> files = Files.list(dir)) {
                kept = files.filter(p -> p.getFileName().toString().startsWith("journal-damaged-")).sorted().toList();
            }
            assertEquals(2, kept.size(), "the damaged journal is kept beside it, with a note: " + kept);
            assertArrayEquals(damaged, Journals.bytes(kept.get(0)));
            assertTrue(Files.readString(kept.get(1)).contains("damaged at byte " + at));
            SessionNotice told = only(h.factory().recoveryNotices());
            assertTrue(told.getText().startsWith("session " + damagedId + " (" + s.joinCode() + ") is restored as it stood before the damage"
                    + " in its journal, at day " + days + "; its journal was damaged at byte " + at), told.getText());
            assertTrue(told.getText().endsWith("the damaged journal is kept as " + kept.get(0).getFileName()), told.getText());

            Seat f = h.facilitator();
            f.ok(s, Requests.join(s.joinCode(), Role.FACILITATOR));
            f.ok(s, Requests.step(s.id()));
            assertEquals(days + 1, s.game.day(), "the session goes on from there");
        }
        try (SessionHarness h = SessionHarness.start(data)) {
            assertEquals(2, h.factory().recover());
            assertEquals(days + 1, h.sessions().find(damagedId).game.day(), "and its journal, cut and gone on, recovers as any other");
            assertEquals(List.of(), h.factory().recoveryNotices());
        }
    }

    @Test
    void damaged_opening_record_leaves_nothing_to_restore() throws IOException {
        Path journal = copy();
        Journals.flip(journal, Journals.offsets(journal).get(0) + 40);
        byte[] damaged = Journals.bytes(journal);
        try (SessionHarness h = SessionHarness.start(data)) {
            assertEquals(1, h.factory().recover(DamagePolicy.RESTORE_UNTIL_DAMAGE));
            assertArrayEquals(damaged, Journals.bytes(journal));
            assertTrue(only(h.factory().recoveryNotices()).getText().contains("nothing before the damage can be restored"));
        }
    }

    @Test
    void torn_tail_after_the_last_record_is_cut_as_a_crash_leaves_it() throws IOException {
        Path journal = copy();
        long whole = Files.size(journal);
        byte[] record = Arrays.copyOfRange(Journals.bytes(journal), Journals.offsets(journal).get(3), Journals.offsets(journal).get(4));
        Files.write(journal, Arrays.copyOf(record, record.length - 2), StandardOpenOption.APPEND);
        try (SessionHarness h = SessionHarness.start(data)) {
            assertEquals(2, h.factory().recover());
            assertEquals(whole, Files.size(journal), "the torn tail is cut");
            assertEquals(List.of(), h.factory().recoveryNotices());
        }
    }

    @Test
    void session_that_fails_to_recover_in_any_way_is_reported_and_the_others_start() throws IOException {
        copy();
        Path broken = data.resolve("sessions").resolve("s-broken");
        Files.createDirectories(broken);
        Path journal = broken.resolve(JournalFormat.FILE);
        Files.copy(data.resolve("sessions").resolve(goodId).resolve(JournalFormat.FILE), journal);
        try (Journal j = Journal.reopen(journal, Files.size(journal))) {
            // A tick after the session's end: the engine refuses to play it.
            j.append(JournalEntry.newBuilder().setEnded(JournalEnded.newBuilder().setReason("ended")).build());
            j.append(JournalEntry.newBuilder().setTick(JournalTick.newBuilder().setDay(DAYS)).build());
        }
        Files.createDirectories(data.resolve("sessions").resolve("s-no-journal-but-a-directory").resolve(JournalFormat.FILE));
        try (SessionHarness h = SessionHarness.start(data); LogCapture log = LogCapture.start()) {
            assertEquals(2, h.factory().recover());
            SessionNotice told = only(h.factory().recoveryNotices());
            assertEquals("s-broken", told.getSessionId());
            assertTrue(told.getText().startsWith("session s-broken cannot be recovered: java.lang.IllegalStateException"), told.getText());
            assertFalse(log.lines("ERROR", "s-broken").isEmpty());
        }
    }

    @Test
    void replayed_journal_of_a_damaged_session_is_refused_unless_asked_up_to_the_damage() throws IOException {
        Path journal = copy();
        int record = record(journal, "TICK", 3);
        Journals.flip(journal, Journals.offsets(journal).get(record) + 10);
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(casus.server.journal.JournalException.class,
                () -> SessionReplay.chronicle(journal)).getMessage().contains("damaged at byte"));
        SessionReplay.Result r = SessionReplay.replay(journal, new java.io.PrintWriter(java.io.Writer.nullWriter()), false, 7, true);
        assertEquals(3, r.ticks());
        assertEquals(DAYS - 4, r.damage().after().stream().filter(JournalEntry::hasTick).count());
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
