package casus.engine.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.engine.model.ModelConstants;
import casus.engine.scenario.Scenarios;
import casus.engine.testing.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/MODEL.md tells the model as its data file states it. */
class ModelDocumentationTest {
    /** A row of the constants table: name, value, range, meaning. */
    private static final Pattern ROW = Pattern.compile("^\\| `model\\.([a-z0-9_]+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]*) \\|", Pattern.MULTILINE);

    @Test
    void the_table_of_constants_matches_the_model_file() throws IOException {
        String doc = Files.readString(ProjectFiles.resolve("docs/MODEL.md"), StandardCharsets.UTF_8);
        List<String> documented = new ArrayList<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            documented.add(String.join(" | ", m.group(1), m.group(2).strip(), m.group(3).strip(), m.group(4).strip()));
        }
        List<String> stated = new ArrayList<>();
        for (ModelConstants.Entry e : Scenarios.bundledModel().entries()) {
            stated.add(String.join(" | ", e.constant().key(), format(e.value()), range(e), e.meaning()));
        }

        assertEquals(stated, documented, "regenerate the table with: ./casus params --scenario karabakh-2020 --format markdown model.");
    }

    private static String range(ModelConstants.Entry e) {
        return e.integer() ? "[" + (long) e.min() + ", " + (long) e.max() + "]" : "[" + format(e.min()) + ", " + format(e.max()) + "]";
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.10f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
