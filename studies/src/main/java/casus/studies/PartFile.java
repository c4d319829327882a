package casus.studies;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file of a study's output while it is being written: under its name with {@link #SUFFIX}
 * added, renamed to its own name only when complete, so that a file under its own name is
 * always whole. It counts its bytes and rows (lines) and digests its text as it goes, for the
 * manifest.
 */
public final class PartFile implements AutoCloseable {
    /** Added to the name of a file still being written. */
    public static final String SUFFIX = ".part";

    private final Path file;
    private final Path part;
    private final MessageDigest digest;
    private final Counting counting;
    private final Writer writer;
    private boolean closed;

    private PartFile(Path file, Path part, long keep, boolean append) throws IOException {
        this.file = file;
        this.part = part;
        this.digest = sha256();
        long rows = 0;
        if (append) {
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.truncate(keep);
            }
            rows = digestPrefix(part, digest);
        }
        OutputStream raw = new BufferedOutputStream(append ? Files.newOutputStream(part, StandardOpenOption.APPEND)
                : Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16);
        this.counting = new Counting(raw, digest, append ? keep : 0, rows);
        this.writer = new OutputStreamWriter(counting, StandardCharsets.UTF_8);
    }

    /** A new file {@code name} in {@code dir}, written as {@code name.part}. */
    public static PartFile create(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            return new PartFile(file, partOf(file), 0, false);
        } catch (IOException e) {
            throw OutputDirectory.failed(file, e);
        }
    }

    /**
     * Carries on writing {@code name.part} in {@code dir} after its first {@code keep} bytes,
     * dropping whatever follows them.
     */
    public static PartFile append(Path dir, String name, long keep) {
        Path file = dir.resolve(name);
        try {
            return new PartFile(file, partOf(file), keep, true);
        } catch (IOException e) {
            throw OutputDirectory.failed(file, e);
        }
    }

    /** Writes a small file whole, {@code text} being all of it; returns what the manifest records of it. */
    public static Outputs.Entry text(Path dir, String name, String text) {
        try (PartFile f = create(dir, name)) {
            f.write(text);
            return f.commit(true);
        }
    }

    /** Where a file is written until it is complete. */
    public static Path partOf(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    public void write(String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw OutputDirectory.failed(part, e);
        }
    }

    /** The text, for a writer that wants one (it is the file's own: closing it closes the file). */
    public Writer writer() {
        return writer;
    }

    /** The bytes, for a file that is not text (a plot); use either this or {@link #write}. */
    public OutputStream stream() {
        return counting;
    }

    /** Pushes what was written to the file, so that {@link #bytes()} and {@link #rows()} count it. */
    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw OutputDirectory.failed(part, e);
        }
    }

    /** Bytes written so far, once flushed. */
    public long bytes() {
        return counting.bytes;
    }

    /** Lines written so far, once flushed. */
    public long rows() {
        return counting.rows;
    }

    /** Closes the file and renames it to its own name; returns what the manifest records of it. */
    public Outputs.Entry commit(boolean text) {
        close();
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw OutputDirectory.failed(file, e);
        }
        return new Outputs.Entry(file.getFileName().toString(), text ? counting.rows : -1, counting.bytes,
                HexFormat.of().formatHex(digest.digest()));
    }

    /** Closes the file under its temporary name. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } catch (IOException e) {
            throw OutputDirectory.failed(part, e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds a file to a digest; returns its lines. */
    static long digestPrefix(Path file, MessageDigest digest) throws IOException {
        long rows = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                digest.update(buf, 0, n);
                rows += lines(buf, 0, n);
            }
        }
        return rows;
    }

    private static long lines(byte[] b, int off, int len) {
        long n = 0;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Counts and digests the bytes on their way to the file. */
    private static final class Counting extends FilterOutputStream {
        private final MessageDigest digest;
        long bytes;
        long rows;

        Counting(OutputStream out, MessageDigest digest, long bytes, long rows) {
            super(out);
            this.digest = digest;
            this.bytes = bytes;
            this.rows = rows;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
            if (b == '\n') {
                rows++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
            rows += lines(b, off, len);
        }
    }
}
