package casus.server.journal;

import casus.v1.JournalEntry;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a journal: every whole record, and where the whole records end. A record that cannot be
 * read (cut short, failing its checksum, not a journal entry) is one of two things. When no
 * whole record follows it anywhere in the file, it is a torn tail: the record being written when
 * the server died, never synced, which {@link Journal#reopen} cuts off. When whole records
 * follow it, the journal is damaged: something changed bytes that were on the disk, and what
 * comes after cannot be trusted to follow on from what came before. Damage is described, never
 * cut; reading goes no further than it.
 */
public final class JournalReader {
    /**
     * A journal's records.
     *
     * @param entries the whole records, up to the end or to the damage
     * @param validLength the length of the file up to the end of the last whole record before a
     *     torn tail or the damage
     * @param tornBytes how many bytes after it are a torn tail (0 when none, or when damaged)
     * @param damage the damage, or null when there is none
     */
    public record Contents(List<JournalEntry> entries, long validLength, long tornBytes, JournalDamage damage) {
        /**
         * The entries of an undamaged journal.
         *
         * @throws JournalException describing the damage, when there is some
         */
        public List<JournalEntry> undamaged(Path file) {
            if (damage != null) {
                throw new JournalException(file + ": " + damage.describe());
            }
            return entries;
        }
    }

    private JournalReader() {
    }

    /**
     * @throws JournalException when the file is not a journal
     */
    public static Contents read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file, e);
        }
        byte[] magic = JournalFormat.MAGIC;
        if (bytes.length < magic.length || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
            throw new JournalException(file + " is not a Casus journal");
        }
        List<JournalEntry> entries = new ArrayList<>();
        int at = magic.length;
        while (at < bytes.length) {
            Record r = record(bytes, at);
            if (r == null) {
                int next = nextRecord(bytes, at + 1);
                if (next < 0) {
                    return new Contents(entries, at, bytes.length - at, null);
                }
                return new Contents(entries, at, 0, damage(bytes, at, next, entries.size()));
            }
            entries.add(r.entry());
            at = r.end();
        }
        return new Contents(entries, at, 0, null);
    }

    /** The damage from {@code at}: the whole records after it, and how many bytes around them cannot be read. */
    private static JournalDamage damage(byte[] bytes, int at, int next, int before) {
        List<JournalEntry> after = new ArrayList<>();
        long unreadable = next - at;
        int p = next;
        while (p < bytes.length) {
            Record r = record(bytes, p);
            if (r != null) {
                after.add(r.entry());
                p = r.end();
                continue;
            }
            int again = nextRecord(bytes, p + 1);
            int to = again < 0 ? bytes.length : again;
            unreadable += to - p;
            p = to;
        }
        return new JournalDamage(at, unreadable, before, after);
    }

    /** The first offset from {@code from} on where a whole record of a known kind starts, or -1. */
    private static int nextRecord(byte[] bytes, int from) {
        for (int p = from; p + JournalFormat.HEADER < bytes.length; p++) {
            Record r = record(bytes, p);
            if (r != null && r.entry().getKindCase() != JournalEntry.KindCase.KIND_NOT_SET) {
                return p;
            }
        }
        return -1;
    }

    /** A whole record, and the offset just after it. */
    private record Record(JournalEntry entry, int end) {
    }

    /** The whole record at {@code at}, or null when there is none: cut short, failing its checksum, or no entry. */
    private static Record record(byte[] bytes, int at) {
        if (bytes.length - at < JournalFormat.HEADER) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, at, JournalFormat.HEADER);
        int length = b.getInt();
        int crc = b.getInt();
        int payload = at + JournalFormat.HEADER;
        // An entry always has a kind, so it is never empty; an empty record is a run of zeros.
        if (length < 1 || length > JournalFormat.MAX_RECORD || length > bytes.length - payload
                || JournalFormat.crc(bytes, payload, length) != crc) {
            return null;
        }
        try {
            return new Record(JournalEntry.parseFrom(ByteBuffer.wrap(bytes, payload, length)), payload + length);
        } catch (InvalidProtocolBufferException e) {
            return null;
        }
    }
}
