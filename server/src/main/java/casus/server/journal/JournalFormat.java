package casus.server.journal;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The journal's layout on disk: a magic header, then records of a 4-byte length, a 4-byte
 * CRC-32C of the payload, and the payload (one {@code JournalEntry}). The schema's
 * journal.proto draws it.
 */
public final class JournalFormat {
    static final byte[] MAGIC = "CASUSJ1\n".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = 8;
    /** A journal record is never this large; a length beyond it is corruption. */
    static final int MAX_RECORD = 64 << 20;
    /** The file name of a session's journal inside its directory. */
    public static final String FILE = "journal.casus";
    /** The file name of a session's chronicle inside its directory. */
    public static final String CHRONICLE = "chronicle.txt";
    /** The journal format this server writes and reads. */
    public static final int FORMAT = 1;

    private JournalFormat() {
    }

    static int crc(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        return (int) c.getValue();
    }
}
