package casus.server.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.FaultyJournals;
import casus.server.testing.Journals;
import casus.v1.AbsentPolicy;
import casus.v1.JournalEntry;
import casus.v1.JournalTick;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JournalTest {
    @TempDir
    Path dir;

    @Test
    void records_read_back_in_the_order_they_were_appended() {
        Path file = dir.resolve("j");
        List<JournalEntry> written = write(file, 5);
        JournalReader.Contents c = JournalReader.read(file);
        assertEquals(written, c.entries());
        assertEquals(0, c.tornBytes());
    }

    @Test
    void torn_tail_is_left_out_and_cut_off_on_reopening() throws IOException {
        Path file = dir.resolve("j");
        List<JournalEntry> written = write(file, 3);
        long whole = Files.size(file);
        byte[] next = frame(tick(99));
        Files.write(file, java.util.Arrays.copyOf(next, next.length - 3), StandardOpenOption.APPEND);
        JournalReader.Contents c = JournalReader.read(file);
        assertEquals(written, c.entries());
        assertEquals(whole, c.validLength());
        assertEquals(next.length - 3, c.tornBytes());
        try (Journal j = Journal.reopen(file, c.validLength())) {
            j.append(tick(7));
        }
        List<JournalEntry> after = JournalReader.read(file).entries();
        assertEquals(written.size() + 1, after.size());
        assertEquals(7, after.get(after.size() - 1).getTick().getDay());
    }

    @Test
    void record_failing_its_checksum_ends_the_journal_there() throws IOException {
        Path file = dir.resolve("j");
        List<JournalEntry> written = write(file, 4);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {0x55}), Files.size(file) - 2);
        }
        assertEquals(written.subList(0, written.size() - 1), JournalReader.read(file).entries());
    }

    /** Byte offsets inside record 2 of 6: its length, its checksum, its payload; and inside record 4's payload. */
    @ParameterizedTest
    @CsvSource({"2, 1", "2, 5", "2, 9", "2, 12", "4, 10"})
    void record_damaged_before_the_last_is_damage_not_a_torn_tail(int record, int into) throws IOException {
        Path file = dir.resolve("j");
        List<JournalEntry> written = write(file, 6);
        List<Integer> at = Journals.offsets(file);
        Journals.flip(file, at.get(record) + into);
        JournalReader.Contents c = JournalReader.read(file);
        assertEquals(written.subList(0, record), c.entries(), "reading stops at the damage");
        assertEquals((long) at.get(record), c.validLength());
        assertEquals(0, c.tornBytes(), "damage is no torn tail");
        JournalDamage d = c.damage();
        assertEquals((long) at.get(record), d.at());
        assertEquals(record, d.recordsBefore());
        assertEquals(written.subList(record + 1, written.size()), d.after(), "the whole records after the damage are found");
        assertEquals(at.get(record + 1) - at.get(record), d.unreadableBytes());
        int lostTicks = written.size() - record - 1;
        assertEquals("damaged at byte " + at.get(record) + ", in its record " + (record + 1) + ": " + d.unreadableBytes()
                + " bytes cannot be read, and so are the " + lostTicks + " whole records after them: " + lostTicks + " ticks (days "
                + record + " to 5)", d.describe());
        JournalException refused = assertThrows(JournalException.class, () -> c.undamaged(file));
        assertTrue(refused.getMessage().contains("damaged at byte " + at.get(record)));
    }

    @Test
    void damaged_first_record_leaves_nothing_before_the_damage() throws IOException {
        Path file = dir.resolve("j");
        write(file, 3);
        Journals.flip(file, Journals.offsets(file).get(0) + 20);
        JournalReader.Contents c = JournalReader.read(file);
        assertEquals(List.of(), c.entries());
        assertEquals(3, c.damage().after().size());
    }

    @Test
    void last_record_failing_its_checksum_is_a_torn_tail() throws IOException {
        Path file = dir.resolve("j");
        List<JournalEntry> written = write(file, 4);
        List<Integer> at = Journals.offsets(file);
        Journals.flip(file, at.get(at.size() - 2) + 9);
        JournalReader.Contents c = JournalReader.read(file);
        assertEquals(written.subList(0, written.size() - 1), c.entries());
        assertEquals(null, c.damage());
        assertEquals(at.get(at.size() - 1) - at.get(at.size() - 2), c.tornBytes());
    }

    @Test
    void zeros_after_the_last_record_are_a_torn_tail() throws IOException {
        Path file = dir.resolve("j");
        List<JournalEntry> written = write(file, 2);
        long whole = Files.size(file);
        Files.write(file, new byte[4096], StandardOpenOption.APPEND);
        JournalReader.Contents c = JournalReader.read(file);
        assertEquals(written, c.entries());
        assertEquals(null, c.damage());
        assertEquals(whole, c.validLength());
        assertEquals(4096, c.tornBytes());
    }

    @Test
    void file_that_is_no_journal_is_refused() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "shopping list");
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.read(file));
        assertEquals(file + " is not a Casus journal", e.getMessage());
    }

    @Test
    void syncing_twice_with_nothing_new_syncs_once() {
        Path file = dir.resolve("j");
        try (Journal j = Journal.create(file, JournalEntry.newBuilder().setOpened(Journals.opened("border-2021", 1,
                AbsentPolicy.HOLD)).build())) {
            long base = j.forces();
            j.append(tick(0));
            j.append(tick(1));
            j.force();
            j.force();
            assertEquals(base + 1, j.forces());
        }
    }

    @Test
    void failed_sync_fails_the_journal_for_good_and_it_closes_without_syncing() {
        FaultyJournals disk = new FaultyJournals();
        Journal j = Journal.create(dir.resolve("j"), JournalEntry.newBuilder().setOpened(Journals.opened("border-2021", 1,
                AbsentPolicy.HOLD)).build(), disk);
        j.append(tick(0));
        disk.failSyncs();
        assertThrows(UncheckedIOException.class, j::force);
        assertEquals("cannot sync the journal: Input/output error (a test's disk)", j.failure());
        assertEquals(1, j.synced(), "only the first record is known to be on the disk");
        int syncs = disk.syncs();
        assertThrows(UncheckedIOException.class, () -> j.append(tick(1)));
        assertThrows(UncheckedIOException.class, j::force);
        j.close();
        assertEquals(syncs, disk.syncs(), "a failed journal is never synced again, not even when it closes");
    }

    private static List<JournalEntry> write(Path file, int ticks) {
        List<JournalEntry> out = new ArrayList<>();
        JournalEntry opened = JournalEntry.newBuilder().setOpened(Journals.opened("border-2021", 1, AbsentPolicy.HOLD)).build();
        out.add(opened);
        try (Journal j = Journal.create(file, opened)) {
            for (int d = 0; d < ticks; d++) {
                j.append(tick(d));
                out.add(tick(d));
            }
        }
        return out;
    }

    private static JournalEntry tick(int day) {
        return JournalEntry.newBuilder().setTick(JournalTick.newBuilder().setDay(day).setDigest(day * 31L)).build();
    }

    private static byte[] frame(JournalEntry e) {
        byte[] p = e.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(8 + p.length);
        b.putInt(p.length).putInt(JournalFormat.crc(p, 0, p.length)).put(p);
        return b.array();
    }
}
