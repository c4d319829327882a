package casus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.engine.testing.JavaSource;
import casus.engine.testing.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules and what each may use of the others, pinned: a new dependency between modules is
 * a decision, made here, not an accident of an import. Read from the poms (what the build allows)
 * and from the sources (what the code uses).
 */
class ModulesTest {
    /** Each module's compile dependencies among the project's own modules; the test scope may add fixtures. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("protocol", Set.of()),
            Map.entry("scenarios", Set.of()),
            Map.entry("engine", Set.of("protocol", "scenarios")),
            Map.entry("report", Set.of("protocol")),
            Map.entry("wire", Set.of()),
            Map.entry("server", Set.of("engine", "protocol", "wire")),
            Map.entry("studies", Set.of("engine", "report")),
            Map.entry("cli", Set.of("engine", "protocol", "report", "server", "studies")),
            Map.entry("client-cli", Set.of("protocol", "report", "wire")),
            Map.entry("bench", Set.of("engine")),
            Map.entry("load", Set.of("protocol", "wire")));

    /** The Java packages each module owns (its sources live under them and nowhere else). */
    static final Map<String, List<String>> PACKAGES = Map.ofEntries(
            Map.entry("protocol", List.of("casus.v1")),
            Map.entry("scenarios", List.of()),
            Map.entry("engine", List.of("casus.engine")),
            Map.entry("report", List.of("casus.report", "casus.plot")),
            Map.entry("wire", List.of("casus.wire")),
            Map.entry("server", List.of("casus.server")),
            Map.entry("studies", List.of("casus.studies")),
            Map.entry("cli", List.of("casus.cli")),
            Map.entry("client-cli", List.of("casus.client")),
            Map.entry("bench", List.of("casus.bench")),
            Map.entry("load", List.of("casus.load")));

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>casus-([^<]+)</artifactId>");
    private static final Pattern SCOPE = Pattern.compile("<scope>([^<]+)</scope>");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(casus\\.[a-z0-9]+)\\.", Pattern.MULTILINE);

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> modules() {
        List<String> out = new ArrayList<>();
        Matcher m = MODULE.matcher(read(ProjectFiles.resolve("pom.xml")));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** A module's dependencies on other modules of the project, outside the test scope. */
    static Set<String> compileDependencies(String module) {
        Set<String> out = new TreeSet<>();
        Matcher d = DEPENDENCY.matcher(read(ProjectFiles.resolve(module + "/pom.xml")));
        while (d.find()) {
            Matcher a = ARTIFACT.matcher(d.group(1));
            Matcher s = SCOPE.matcher(d.group(1));
            if (a.find() && !(s.find() && s.group(1).equals("test"))) {
                out.add(a.group(1));
            }
        }
        return out;
    }

    static String owner(String javaPackage) {
        for (Map.Entry<String, List<String>> e : PACKAGES.entrySet()) {
            for (String p : e.getValue()) {
                if (javaPackage.equals(p) || javaPackage.startsWith(p + ".")) {
                    return e.getKey();
                }
            }
        }
        return "?" + javaPackage;
    }

    static List<JavaSource> mainSources(String module) {
        Path dir = ProjectFiles.resolve(module + "/src/main/java");
        return Files.isDirectory(dir) ? JavaSource.under(dir) : List.of();
    }

    @Test
    void every_module_is_listed_here() {
        assertEquals(new TreeSet<>(ALLOWED.keySet()), new TreeSet<>(modules()));
    }

    @Test
    void poms_declare_only_the_allowed_dependencies_between_modules() {
        Map<String, Set<String>> declared = new TreeMap<>();
        Map<String, Set<String>> allowed = new TreeMap<>();
        for (String m : modules()) {
            declared.put(m, compileDependencies(m));
            allowed.put(m, new TreeSet<>(ALLOWED.get(m)));
        }
        assertEquals(allowed, declared);
    }

    @Test
    void sources_import_only_the_modules_their_pom_declares() {
        List<String> stray = new ArrayList<>();
        for (String m : modules()) {
            for (JavaSource s : mainSources(m)) {
                Matcher i = IMPORT.matcher(s.text());
                while (i.find()) {
                    String used = owner(i.group(1));
                    if (!used.equals(m) && !ALLOWED.get(m).contains(used)) {
                        stray.add(s + ": imports " + i.group(1) + " of " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), stray);
    }

    @Test
    void every_source_lives_in_a_package_of_its_module() {
        List<String> stray = new ArrayList<>();
        Pattern pkg = Pattern.compile("^package\\s+([a-z0-9.]+);", Pattern.MULTILINE);
        for (String m : modules()) {
            for (JavaSource s : mainSources(m)) {
                Matcher p = pkg.matcher(s.text());
                if (!p.find() || !owner(p.group(1)).equals(m)) {
                    stray.add(s.toString());
                }
            }
        }
        assertEquals(List.of(), stray);
    }

    /** The modules a module reaches through its allowed dependencies. */
    static Set<String> transitively(String module) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(ALLOWED.get(module));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(ALLOWED.get(next));
            }
        }
        return seen;
    }

    @Test
    void the_allowed_dependencies_have_no_cycle() {
        for (String m : ALLOWED.keySet()) {
            assertEquals(false, transitively(m).contains(m), m + " reaches itself");
        }
        assertEquals(List.of(), Stream.of("server", "studies", "engine").filter(m -> transitively("client-cli").contains(m)).toList(),
                "the terminal client carries neither the server, the engine nor the studies");
        assertEquals(List.of(), Stream.of("server", "cli").filter(m -> transitively("studies").contains(m)).toList(),
                "a study's outputs need no server");
    }
}
