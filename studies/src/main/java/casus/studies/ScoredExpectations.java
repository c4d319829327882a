package casus.studies;

import casus.engine.validate.Case;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The expectations validation scores, as a file: a calibration writes the classes it found
 * ({@value #FILE}), and reads them back, or the {@code cases} of {@code casus validate --json},
 * so that a second calibration of the same cases need not class them again.
 */
public final class ScoredExpectations {
    public static final String FILE = "classes.json";

    /** One expectation: the case, the outcome, what was observed, and whether validation scores it. */
    public record Entry(String scenario, String outcome, String observed, boolean scored) {
    }

    private ScoredExpectations() {
    }

    /**
     * Writes every case with its class, in the form of {@code casus validate --json}'s
     * {@code cases}, whole or not at all, as {@value #FILE} in {@code dir}; returns what a
     * manifest records of it.
     */
    public static Outputs.Entry write(Path dir, List<Case> cases) {
        JsonArray a = new JsonArray();
        for (Case c : cases) {
            JsonObject x = new JsonObject();
            x.addProperty("scenario", c.scenario());
            x.addProperty("sample", c.sample().name().toLowerCase(java.util.Locale.ROOT));
            x.addProperty("outcome", c.outcome());
            x.addProperty("observed", c.observed());
            x.addProperty("class", c.expectationClass().key());
            x.addProperty("scored", c.scored());
            a.add(x);
        }
        JsonObject o = new JsonObject();
        o.add("cases", a);
        return PartFile.text(dir, FILE, Json.PRETTY.toJson(o) + "\n");
    }

    /**
     * The expectations a file lists.
     *
     * @throws IllegalArgumentException naming {@code flag} when the file cannot be read or is not such a list
     */
    public static List<Entry> read(Path file, String flag) {
        try {
            JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            List<Entry> out = new ArrayList<>();
            for (JsonElement e : root.getAsJsonObject().getAsJsonArray("cases")) {
                JsonObject c = e.getAsJsonObject();
                out.add(new Entry(c.get("scenario").getAsString(), c.get("outcome").getAsString(), c.get("observed").getAsString(),
                        c.get("scored").getAsBoolean()));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException(flag + ": cannot read " + file + ": " + e.getMessage());
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(flag + ": " + file + " is not the cases of casus validate --json or a calibration's " + FILE);
        }
    }
}
