package casus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Sample;
import casus.engine.model.Setting;
import casus.engine.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cases scored out of sample: each compiles, says when it was committed, and states what it
 * expects with a source. Compiling runs no rule on them.
 */
class OutOfSampleCasesTest {
    /** Every bundled scenario file that is marked out of sample, by name. */
    static List<String> outOfSample() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(ProjectFiles.resolve(ProjectFiles.SCENARIOS))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txtpb") && Files.readString(f).contains("\nsample: OUT_OF_SAMPLE\n")) {
                    names.add(name.substring(0, name.length() - ".txtpb".length()));
                }
            }
        }
        return names;
    }

    @Test
    void every_out_of_sample_case_compiles_and_says_when_it_was_committed() throws IOException {
        List<String> names = outOfSample();

        assertTrue(names.size() >= 5, "out-of-sample cases: " + names);
        for (String name : names) {
            Setting s = Scenarios.load(name);
            assertEquals(Sample.OUT_OF_SAMPLE, s.sample(), name);
            assertNotNull(s.committedOn(), name);
            assertFalse(s.expectations().isEmpty(), name + " expects something");
            assertFalse(s.placebos().isEmpty(), name + " has a placebo");
        }
    }
}
