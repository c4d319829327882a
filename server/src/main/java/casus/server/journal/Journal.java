package casus.server.journal;

import casus.v1.JournalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A session's journal, open for appending. Appends go to the file at once (they survive the
 * process being killed); {@link #force()} puts them on the disk, and is called before an input
 * is acknowledged and before a tick that uses it runs, once for everything appended since
 * (group commit). One thread appends; any thread may force, for instance a {@link JournalSyncer}.
 *
 * <p>A write or a sync that fails fails the journal for good: after a failed {@code fsync} the
 * system may have dropped the pages it could not write, so a later sync that succeeds would not
 * mean they are on the disk. Every later append and sync throws, and {@link #failure()} says why.
 */
public final class Journal implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    /** How many records were appended, and how many of them are known to be on the disk. */
    private volatile long appended;
    private volatile long synced;
    private long forces;
    private boolean closed;
    /** Why the journal failed, or null while it has not. */
    private volatile String failure;

    private Journal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Creates a new journal whose first record is {@code opened}, on disk when this returns. */
    public static Journal create(Path file, JournalEntry opened) {
        return create(file, opened, JournalChannels.files());
    }

    /** Creates a new journal, written through a channel {@code channels} opens. */
    public static Journal create(Path file, JournalEntry opened, JournalChannels channels) {
        try {
            FileChannel ch = channels.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Journal j = new Journal(file, ch);
            j.writeFully(ByteBuffer.wrap(JournalFormat.MAGIC));
            j.append(opened);
            j.force();
            return j;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the journal " + file, e);
        }
    }

    /** Reopens a journal to append after its last whole record, cutting off a torn tail. */
    public static Journal reopen(Path file, long validLength) {
        return reopen(file, validLength, JournalChannels.files());
    }

    /** Reopens a journal, written through a channel {@code channels} opens. */
    public static Journal reopen(Path file, long validLength, JournalChannels channels) {
        try {
            FileChannel ch = channels.open(file, StandardOpenOption.WRITE);
            if (ch.size() > validLength) {
                ch.truncate(validLength);
                ch.force(true);
            }
            ch.position(validLength);
            return new Journal(file, ch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen the journal " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Appends a record; it reaches the disk at the next {@link #force()}. */
    public void append(JournalEntry e) {
        refuseIfFailed();
        byte[] payload = e.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(JournalFormat.HEADER + payload.length);
        b.putInt(payload.length).putInt(JournalFormat.crc(payload, 0, payload.length)).put(payload).flip();
        try {
            writeFully(b);
        } catch (IOException x) {
            throw failed("cannot append to the journal", x);
        }
        appended++;
    }

    /**
     * Puts everything appended so far on the disk; does nothing when it is there already.
     * Returns how many records are on the disk.
     */
    public synchronized long force() {
        refuseIfFailed();
        long upTo = appended;
        if (upTo <= synced || closed) {
            return synced;
        }
        try {
            channel.force(false);
        } catch (IOException e) {
            throw failed("cannot sync the journal", e);
        }
        synced = upTo;
        forces++;
        return upTo;
    }

    /** How many records were appended since the journal was opened. */
    public long appended() {
        return appended;
    }

    /** How many of them are known to be on the disk. */
    public long synced() {
        return synced;
    }

    /** Why the journal failed (a write or a sync), without the file's name, or null while it has not. */
    public String failure() {
        return failure;
    }

    private UncheckedIOException failed(String what, IOException e) {
        if (failure == null) {
            failure = what + ": " + e.getMessage();
        }
        return new UncheckedIOException(what + " " + file, e);
    }

    private void refuseIfFailed() {
        String f = failure;
        if (f != null) {
            throw new UncheckedIOException(new IOException("the journal failed before: " + f));
        }
    }

    /** How many times the journal was synced. */
    public synchronized long forces() {
        return forces;
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /**
     * Syncs and closes the journal; a failed journal is closed without syncing. The channel is
     * closed even when the last sync fails, which is then thrown.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        UncheckedIOException fault = null;
        if (failure == null) {
            try {
                force();
            } catch (UncheckedIOException e) {
                fault = e;
            }
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            fault = fault != null ? fault : failed("cannot close the journal", e);
        }
        if (fault != null) {
            throw fault;
        }
    }
}
