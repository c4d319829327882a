package casus.studies;

import casus.engine.study.StudyException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * What a study's manifest records of each file it wrote, under {@code outputs}: the file (relative
 * to the study's directory), its rows (lines; none for a plot), bytes and SHA-256. A directory
 * whose files still match is whole: {@link #verify} is how {@code casus merge} and {@code casus
 * batch --resume} tell a truncated or altered file.
 */
public final class Outputs {
    private static final String GZIP = ".gz";

    private Outputs() {
    }

    /** One file: {@code rows} is -1 for a file that is not text. */
    public record Entry(String file, long rows, long bytes, String sha256) {
    }

    static JsonArray json(List<Entry> entries) {
        JsonArray a = new JsonArray();
        for (Entry e : entries) {
            JsonObject o = new JsonObject();
            o.addProperty("file", e.file());
            if (e.rows() >= 0) {
                o.addProperty("rows", e.rows());
            }
            o.addProperty("bytes", e.bytes());
            o.addProperty("sha256", e.sha256());
            a.add(o);
        }
        return a;
    }

    static List<Entry> read(JsonArray a) {
        List<Entry> out = new ArrayList<>();
        for (JsonElement x : a) {
            JsonObject o = x.getAsJsonObject();
            out.add(new Entry(o.get("file").getAsString(), o.has("rows") ? o.get("rows").getAsLong() : -1, o.get("bytes").getAsLong(),
                    o.get("sha256").getAsString()));
        }
        return out;
    }

    /** Measures a file already in place; the rows of a gzip-compressed text are the lines of its text. */
    static Entry of(Path dir, String file, boolean text) {
        Path p = dir.resolve(file);
        try {
            MessageDigest d = PartFile.sha256();
            long rows = text && file.endsWith(GZIP) ? gzipLines(p, d) : PartFile.digestPrefix(p, d);
            return new Entry(file, text ? rows : -1, Files.size(p), HexFormat.of().formatHex(d.digest()));
        } catch (EOFException | ZipException e) {
            throw new StudyException(dir + ": " + file + " is not a whole gzip file (" + e.getMessage() + "): it was cut short or changed after "
                    + "the study wrote it");
        } catch (IOException e) {
            throw OutputDirectory.failed(p, e);
        }
    }

    /** Feeds a gzip file to a digest; returns the lines of its text. */
    private static long gzipLines(Path file, MessageDigest digest) throws IOException {
        long rows = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream raw = new DigestInputStream(Files.newInputStream(file), digest); InputStream in = new GZIPInputStream(raw)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    rows += buf[i] == '\n' ? 1 : 0;
                }
            }
            raw.transferTo(OutputStream.nullOutputStream());
        }
        return rows;
    }

    /**
     * Checks that each file in {@code dir} is as recorded.
     *
     * @throws StudyException naming the directory and the first file that is missing, cut short or changed
     */
    public static void verify(Path dir, List<Entry> entries) {
        for (Entry e : entries) {
            Path p = dir.resolve(e.file());
            if (!Files.isRegularFile(p)) {
                throw new StudyException(dir + ": " + e.file() + " is missing (its manifest lists it)");
            }
            Entry now = of(dir, e.file(), e.rows() >= 0);
            if (e.rows() >= 0 && now.rows() != e.rows()) {
                throw new StudyException(String.format(Locale.ROOT, "%s: %s has %,d rows where its manifest says %,d: it was cut short or changed "
                        + "after the study wrote it", dir, e.file(), now.rows(), e.rows()));
            }
            if (now.bytes() != e.bytes() || !now.sha256().equals(e.sha256())) {
                throw new StudyException(dir + ": " + e.file() + " does not match the size and SHA-256 its manifest records: it was changed "
                        + "after the study wrote it");
            }
        }
    }
}
