package casus.studies;

import casus.engine.study.StudyException;
import casus.engine.study.Tally;
import casus.engine.study.TallyJson;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tallies.jsonl}: each point's accumulated results, one line of JSON per point in point
 * order, exact and canonical. Everything else a study writes but its rows is derived from it, and
 * {@code casus merge} adds the lines of shards together.
 */
public final class Tallies {
    public static final String FILE = "tallies.jsonl";

    private Tallies() {
    }

    /** Hears each point of a tallies file in order. */
    public interface PointReader {
        void point(int point, double[] values, Tally tally, String line);
    }

    public static void read(Path dir, List<String> actors, PointReader reader) {
        Path file = dir.resolve(FILE);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int last = -1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonObject o = TallyJson.parse(line);
                int point = TallyJson.point(o);
                if (point <= last) {
                    throw new StudyException(file + ": point " + point + " out of order after " + last);
                }
                last = point;
                reader.point(point, TallyJson.values(o), TallyJson.read(o, actors), line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
