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
 * Reads a journal: every whole record, and where the whole records end. A record cut short or
 * failing its checksum ends the journal there (a torn tail, left by a crash while it was being
 * written); {@link Journal#reopen} cuts it off.
 */
public final class JournalReader {
    /**
     * A journal's records.
     *
     * @param validLength the length of the file up to the end of the last whole record
     * @param tornBytes how many bytes after it are a torn tail (0 when none)
     */
    public record Contents(List<JournalEntry> entries, long validLength, long tornBytes) {
    }

    private JournalReader() {
    }

    /**
     * @throws JournalException when the file is not a journal or a whole record is not a journal
     *     entry
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
        ByteBuffer b = ByteBuffer.wrap(bytes);
        b.position(magic.length);
        List<JournalEntry> entries = new ArrayList<>();
        while (true) {
            int start = b.position();
            if (b.remaining() < JournalFormat.HEADER) {
                return new Contents(entries, start, bytes.length - start);
            }
            int length = b.getInt();
            int crc = b.getInt();
            if (length < 0 || length > JournalFormat.MAX_RECORD || length > b.remaining()
                    || JournalFormat.crc(bytes, b.position(), length) != crc) {
                return new Contents(entries, start, bytes.length - start);
            }
            try {
                entries.add(JournalEntry.parseFrom(ByteBuffer.wrap(bytes, b.position(), length)));
            } catch (InvalidProtocolBufferException e) {
                throw new JournalException(file + ": record at byte " + start + " is not a journal entry", e);
            }
            b.position(b.position() + length);
        }
    }
}
