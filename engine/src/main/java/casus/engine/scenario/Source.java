package casus.engine.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a scenario or library file and the name to cite it by: the file name for a bundled
 * resource, the path as given for a file on disk. {@code directory} is where a file on disk sits,
 * so that a library next to it is found; null for bundled files.
 */
public record Source(String name, String text, Path directory) {
    /** Where bundled files live on the class path. */
    public static final String RESOURCE_DIR = "casus/scenarios/";

    public static Source file(Path path) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            return new Source(path.toString(), Files.readString(path, StandardCharsets.UTF_8), dir);
        } catch (IOException e) {
            throw new ScenarioException(path.toString(), 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** A bundled file by its base name, or null when there is none. */
    public static Source bundled(String baseName) {
        String file = baseName + ".txtpb";
        try (InputStream in = Source.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                return null;
            }
            return new Source(file, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** The field named on a line of the text ("military_power" in "  military_power: 40"), or "". */
    public String fieldOnLine(int line) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return "";
        }
        String l = lines[line - 1].trim();
        int end = 0;
        while (end < l.length() && (Character.isLetterOrDigit(l.charAt(end)) || l.charAt(end) == '_')) {
            end++;
        }
        return l.substring(0, end);
    }
}
