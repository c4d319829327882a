package casus.studies;

import casus.engine.study.StudyException;
import casus.engine.study.Tally;
import casus.engine.study.TallyJson;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tallies.jsonl}: each point's accumulated results, one line of JSON per point in point
 * order, exact and canonical. Everything else a study writes but its rows is derived from it, and
 * {@code casus merge} adds the lines of shards together. It is read a line at a time, so that a
 * study of a million points needs no more memory than one of ten.
 */
public final class Tallies {
    public static final String FILE = "tallies.jsonl";

    private Tallies() {
    }

    /** Hears each point of a tallies file in order. */
    public interface PointReader {
        void point(int point, double[] values, Tally tally, String line);
    }

    /** Reads {@code dir/tallies.jsonl}. */
    public static void read(Path dir, List<String> actors, PointReader reader) {
        readFile(dir.resolve(FILE), actors, reader);
    }

    /**
     * Reads a tallies file line by line.
     *
     * @throws StudyException when a line is not a tally, or the points are out of order
     */
    public static void readFile(Path file, List<String> actors, PointReader reader) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int last = -1;
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                JsonObject o = parse(file, n, line);
                int point = point(file, n, o);
                if (point <= last) {
                    throw new StudyException(file + ": point " + point + " out of order after " + last);
                }
                last = point;
                reader.point(point, TallyJson.values(o), tally(file, n, o, actors), line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The last line of a file and where it starts, or null for an empty file. */
    record Last(long offset, String text) {
    }

    /** Reads the last line of a file (each line ending in a newline) from its end. */
    static Last last(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long end = f.length();
            if (end == 0) {
                return null;
            }
            long start = end - 1;
            byte[] buf = new byte[1 << 16];
            while (start > 0) {
                int n = (int) Math.min(buf.length, start);
                f.seek(start - n);
                f.readFully(buf, 0, n);
                int i = n - 1;
                while (i >= 0 && buf[i] != '\n') {
                    i--;
                }
                if (i >= 0) {
                    start = start - n + i + 1;
                    break;
                }
                start -= n;
            }
            byte[] line = new byte[(int) (end - 1 - start)];
            f.seek(start);
            f.readFully(line);
            return new Last(start, new String(line, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses line {@code n} of a tallies file. */
    static JsonObject parse(Path file, long n, String line) {
        try {
            return TallyJson.parse(line);
        } catch (RuntimeException e) {
            throw broken(file, n, e);
        }
    }

    static int point(Path file, long n, JsonObject o) {
        try {
            return TallyJson.point(o);
        } catch (RuntimeException e) {
            throw broken(file, n, e);
        }
    }

    static Tally tally(Path file, long n, JsonObject o, List<String> actors) {
        try {
            return TallyJson.read(o, actors);
        } catch (RuntimeException e) {
            throw broken(file, n, e);
        }
    }

    private static StudyException broken(Path file, long n, RuntimeException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new StudyException(file + ": line " + n + " is not a tally (" + why + "): the file was cut short or changed");
    }
}
