package casus.studies;

import casus.engine.study.StudyException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a running study had got to, written every few seconds as {@code checkpoint.json} and
 * removed when it stops: the end of the runs done, how many bytes of {@code runs.csv.part},
 * {@code tallies.jsonl.part} and {@code trajectories.csv.part} were good then (-1 for a file not
 * begun), and the tally of the point in progress, whose line is not yet written. A study whose process was killed resumes from it.
 */
record Checkpoint(long done, long rowBytes, long tallyBytes, long dayBytes, String open) {
    static final String FILE = "checkpoint.json";

    void write(Path dir) {
        JsonObject o = new JsonObject();
        o.addProperty("runs_done", done);
        o.addProperty("runs_csv_bytes", rowBytes);
        o.addProperty("tallies_bytes", tallyBytes);
        o.addProperty("trajectories_bytes", dayBytes);
        if (open != null) {
            o.addProperty("open_point", open);
        }
        PartFile.text(dir, FILE, o + "\n");
    }

    /** The last checkpoint in {@code dir}, or null when there is none. */
    static Checkpoint read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonObject o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            return new Checkpoint(o.get("runs_done").getAsLong(), o.get("runs_csv_bytes").getAsLong(), o.get("tallies_bytes").getAsLong(),
                    o.has("trajectories_bytes") ? o.get("trajectories_bytes").getAsLong() : -1, o.has("open_point") ? o.get("open_point").getAsString()
                    : null);
        } catch (IOException | RuntimeException e) {
            throw new StudyException(file + " cannot be read (" + e.getMessage() + "); start the study again in a new directory");
        }
    }

    static void delete(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            throw OutputDirectory.failed(dir.resolve(FILE), e);
        }
    }
}
