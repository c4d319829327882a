package casus.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine knows nothing of the outside: no Netty, no sockets, no threads of its own, no clock.
 * Time and executors are handed in by whoever runs it.
 */
class EngineBoundaryTest {
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("\\bio\\.netty\\b"),
            Pattern.compile("\\bjava\\.net\\b"),
            Pattern.compile("\\bjava\\.nio\\.channels\\b"),
            Pattern.compile("\\bnew Thread\\b"),
            Pattern.compile("\\bThread\\.(sleep|start|currentThread)"),
            Pattern.compile("\\bExecutors\\."),
            Pattern.compile("\\bSystem\\.(nanoTime|currentTimeMillis)\\b"),
            Pattern.compile("\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime)\\.now\\b"),
            Pattern.compile("\\bClock\\.system"),
            Pattern.compile("\\bRandomGenerator\\.getDefault\\b"),
            Pattern.compile("\\bnew Random\\("),
            Pattern.compile("\\bMath\\.random\\b"));

    @Test
    void engine_sources_use_no_network_threads_or_clock() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern p : FORBIDDEN) {
                        if (p.matcher(lines.get(i)).find()) {
                            offences.add(root.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertTrue(offences.isEmpty(), "the engine must not reach outside:\n" + String.join("\n", offences));
    }
}
