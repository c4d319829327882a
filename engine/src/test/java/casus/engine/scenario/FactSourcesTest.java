package casus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fact of every bundled scenario file has its basis beside it. A fact statement (an actor,
 * region, treaty, relation, belief, deployment, event, protection, settlement, past appeal or
 * variation; added actors and overrides are preferences, whose reasons the profiles test checks)
 * takes its basis from the comment block above it:
 * the comment lines since the last blank line, which the facts of one block share. The basis is a
 * source tag in square brackets that the file's opening comment declares ({@code #   [Tag] ...}),
 * or a judgement ("judgement:" with its reason). Every expected outcome names its source. The
 * test lists every fact that has neither.
 */
class FactSourcesTest {
    /** The top-level statements that state facts. */
    private static final Pattern FACT = Pattern.compile(
            "^(actor|region|treaty|relation|belief|default_belief|deployment|event|protection|settlement|history|vary)\\b");
    private static final Pattern DECLARED = Pattern.compile("^#\\s+\\[([^\\]]+)\\]");
    private static final Pattern CITED = Pattern.compile("\\[([^\\]]+)\\]");
    private static final Pattern SOURCE = Pattern.compile("source: \"([^\"]*)\"");

    @Test
    void every_fact_of_every_bundled_scenario_has_a_source_or_a_judgement() throws IOException {
        List<String> missing = new ArrayList<>();
        int facts = 0;
        for (Path f : scenarioFiles()) {
            List<String> lines = Files.readAllLines(f);
            Set<String> declared = declaredTags(lines);
            List<String> block = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    block.clear();
                } else if (trimmed.startsWith("#")) {
                    block.add(trimmed);
                } else if (FACT.matcher(line).find()) {
                    facts++;
                    if (!grounded(String.join(" ", block) + " " + trailingComment(line), declared)) {
                        missing.add(f.getFileName() + ":" + (i + 1) + ": " + trimmed);
                    }
                } else if (line.startsWith("expect ")) {
                    facts++;
                    Matcher source = SOURCE.matcher(statement(lines, i));
                    if (!source.find() || !grounded(source.group(1), declared)) {
                        missing.add(f.getFileName() + ":" + (i + 1) + ": " + trimmed);
                    }
                }
            }
        }
        assertTrue(facts > 0, "no facts found");
        assertEquals(List.of(), missing, "facts with neither a declared source nor a judgement");
    }

    @Test
    void the_test_tells_a_fact_without_basis() {
        Set<String> declared = Set.of("SIPRI");

        assertTrue(grounded("# spending [SIPRI]", declared));
        assertTrue(grounded("# judgement: nobody published it", declared));
        assertEquals(false, grounded("# spending [Nowhere]", declared));
        assertEquals(false, grounded("# the MODEL table says so", declared));
    }

    /** Whether a comment cites a declared source or states a judgement. */
    static boolean grounded(String comment, Set<String> declared) {
        if (comment.toLowerCase(java.util.Locale.ROOT).contains("judgement")) {
            return true;
        }
        Matcher m = CITED.matcher(comment);
        while (m.find()) {
            for (String tag : m.group(1).split("[,;]")) {
                if (declared.contains(tag.strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tags the opening comment of a file declares. */
    private static Set<String> declaredTags(List<String> lines) {
        Set<String> tags = new HashSet<>();
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = DECLARED.matcher(line);
            if (m.find()) {
                tags.add(m.group(1).strip());
            }
        }
        return tags;
    }

    /** A statement that starts at line {@code from}, with the lines it spans until its braces close. */
    private static String statement(List<String> lines, int from) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            b.append(line).append(' ');
            depth += count(line, '{') - count(line, '}');
            if (depth <= 0) {
                break;
            }
        }
        return b.toString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static String trailingComment(String line) {
        int hash = line.indexOf(" #");
        return hash < 0 ? "" : line.substring(hash);
    }

    /** Every scenario file of the bundle, in- and out-of-sample; not the library or the model file. */
    private static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(ProjectFiles.resolve(ProjectFiles.SCENARIOS))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txtpb"))
                    .filter(p -> !p.getFileName().toString().equals("actors.txtpb") && !p.getFileName().toString().equals("model.txtpb"))
                    .sorted().toList();
        }
    }
}
