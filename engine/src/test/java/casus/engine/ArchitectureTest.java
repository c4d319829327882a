package casus.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.ActionKind;
import casus.engine.testing.JavaSource;
import casus.engine.testing.ProjectFiles;
import casus.v1.ActorLibrary;
import casus.v1.ActorProfile;
import com.google.protobuf.TextFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The engine stays pure (no network, no threads of its own, no wall clock, protobuf only where
 * scenarios are read), its packages depend on each other only as the table here allows, and no
 * Java source knows the countries of the actor library: data, not code, knows the Caucasus.
 * Sources are scanned as text.
 */
class ArchitectureTest {
    private static final Path ENGINE_MAIN = ProjectFiles.resolve("engine/src/main/java");

    /** Finds of one pattern in the code (comments and literals blanked) of each source. */
    static List<String> inCode(List<JavaSource> sources, Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (JavaSource s : sources) {
            Matcher m = pattern.matcher(s.code());
            while (m.find()) {
                found.add(s + ":" + s.lineOf(m.start()) + ": " + m.group());
            }
        }
        return found;
    }

    static List<JavaSource> engine() {
        return JavaSource.under(ENGINE_MAIN);
    }

    @Test
    void the_engine_imports_nothing_of_the_network() {
        Pattern network = Pattern.compile("\\b(io\\.netty|java\\.net|java\\.nio\\.channels)\\.");

        assertEquals(List.of(), inCode(engine(), network));
    }

    @Test
    void the_engine_starts_no_threads_of_its_own() {
        Pattern threads = Pattern.compile("new\\s+Thread\\b|\\bExecutors\\s*\\.|\\bForkJoinPool\\b|\\bThread\\s*\\.\\s*of|"
                + "\\bparallelStream\\s*\\(|\\.\\s*parallel\\s*\\(\\s*\\)|new\\s+Timer\\b");

        assertEquals(List.of(), inCode(engine(), threads));
    }

    @Test
    void the_engine_never_reads_the_clock() {
        Pattern clock = Pattern.compile("\\bSystem\\s*\\.\\s*(currentTimeMillis|nanoTime)\\b|"
                + "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|Year)\\s*\\.\\s*now\\b|"
                + "\\bClock\\s*\\.\\s*system|new\\s+(java\\.util\\.)?Date\\s*\\(\\s*\\)");

        assertEquals(List.of(), inCode(engine(), clock));
    }

    @Test
    void only_the_scenario_package_reads_protobuf() {
        Pattern protobuf = Pattern.compile("\\b(com\\.google\\.protobuf|casus\\.v1)\\.");
        List<JavaSource> outside = engine().stream()
                .filter(s -> !s.path().startsWith(ENGINE_MAIN.resolve("casus/engine/scenario")))
                .toList();

        assertFalse(outside.isEmpty());
        assertEquals(List.of(), inCode(outside, protobuf));
    }

    @Test
    void the_engine_depends_on_nothing_built_on_it() {
        Pattern above = Pattern.compile("\\bimport\\s+(static\\s+)?(casus\\.cli|casus\\.server|casus\\.client|picocli|org\\.apache\\.logging)\\.");

        assertEquals(List.of(), inCode(engine(), above));
    }

    /**
     * What each package of the engine may use of the others. A new dependency between packages is
     * a decision, made here, not an accident of an import. The world holds a run's state and knows
     * no rule; the rules settle what was chosen and never ask how actors choose; the choices read
     * the rules' reckoning (forces, threats, the casus foederis); the run ties them together.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("world", Set.of("model")),
            Map.entry("rules", Set.of("model", "world")),
            Map.entry("action", Set.of("model", "rules", "world")),
            Map.entry("choice", Set.of("action", "model", "rules", "world")),
            Map.entry("event", Set.of("action", "model", "rules", "world")),
            Map.entry("run", Set.of("action", "choice", "event", "model", "rules", "world")),
            Map.entry("scenario", Set.of("model", "run")),
            Map.entry("batch", Set.of("model", "run")),
            Map.entry("study", Set.of("batch", "model", "run")),
            Map.entry("validate", Set.of("batch", "model", "run", "study")),
            Map.entry("discovery", Set.of()),
            Map.entry("calibrate", Set.of("model", "run", "validate")),
            Map.entry("sensitivity", Set.of("batch", "model", "run", "study")));

    private static final Pattern ENGINE_PACKAGE = Pattern.compile("\\bcasus\\.engine\\.([a-z0-9]+)\\b");

    /** The engine's package a source is in: the folder under casus/engine. */
    static String packageOf(JavaSource s) {
        return ENGINE_MAIN.resolve("casus/engine").relativize(s.path()).getName(0).toString();
    }

    /**
     * Each use of another package of the engine, by the package that makes it: imports (static
     * ones too) and fully qualified names in the code, comments and literals left out.
     */
    static Map<String, Map<String, List<String>>> packageUses() {
        Map<String, Map<String, List<String>>> uses = new TreeMap<>();
        for (JavaSource s : engine()) {
            String from = packageOf(s);
            Map<String, List<String>> mine = uses.computeIfAbsent(from, k -> new TreeMap<>());
            Matcher m = ENGINE_PACKAGE.matcher(s.code());
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    mine.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(s + ":" + s.lineOf(m.start()));
                }
            }
        }
        return uses;
    }

    /** The packages a package reaches through the allowed dependencies. */
    static Set<String> reachable(String from) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(ALLOWED.get(from));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(ALLOWED.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    @Test
    void every_package_of_the_engine_is_in_the_table() {
        Set<String> packages = new TreeSet<>();
        for (JavaSource s : engine()) {
            packages.add(packageOf(s));
        }

        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages);
    }

    @Test
    void packages_use_only_the_packages_the_table_allows() {
        List<String> stray = new ArrayList<>();
        packageUses().forEach((from, used) -> used.forEach((to, where) -> {
            if (!ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                stray.add(from + " -> " + to + " at " + where);
            }
        }));

        assertEquals(List.of(), stray);
    }

    @Test
    void the_allowed_dependencies_between_packages_have_no_cycle() {
        List<String> cycles = new ArrayList<>();
        for (String p : ALLOWED.keySet()) {
            if (reachable(p).contains(p)) {
                cycles.add(p + " reaches itself");
            }
        }

        assertEquals(List.of(), cycles);
    }

    @Test
    void the_rules_and_the_world_never_depend_on_how_actors_choose() {
        assertFalse(reachable("rules").contains("choice"), "rules reach choice");
        assertFalse(reachable("rules").contains("action"), "rules reach the actions");
        assertEquals(Set.of("model"), reachable("world"), "the world depends on the model alone");
    }

    /**
     * The code that shapes decisions and rules: every number it uses is a named model constant
     * read from data ({@code world.k(NAME)}). Only 0 and 1 remain, as the ends of shares and
     * scales; a decision buffer's capacity is an array size.
     */
    static List<JavaSource> rulesAndChoices() {
        List<JavaSource> out = new ArrayList<>();
        for (String pkg : List.of("choice", "rules", "action", "world")) {
            out.addAll(JavaSource.under(ENGINE_MAIN.resolve("casus/engine/" + pkg)));
        }
        for (String file : List.of("Effects", "Deliberation", "Simulation", "Outcome")) {
            out.add(JavaSource.read(ENGINE_MAIN.resolve("casus/engine/run/" + file + ".java")));
        }
        out.removeIf(s -> s.path().endsWith("ChoiceSet.java"));
        return out;
    }

    @Test
    void rules_and_choices_use_no_number_but_the_models_named_constants() {
        Pattern number = Pattern.compile("(?<![\\w.])(\\d+(\\.\\d*)?([eE][-+]?\\d+)?|\\.\\d+)[dDfFlL]?(?![\\w.])");
        // A buffer's capacity is an array size, named as such, and shapes no decision.
        Pattern capacity = Pattern.compile("static final int [A-Z_]*SLOTS = \\d+;");
        List<String> found = new ArrayList<>();
        for (JavaSource s : rulesAndChoices()) {
            Matcher m = number.matcher(capacity.matcher(s.code()).replaceAll(""));
            while (m.find()) {
                double v = Double.parseDouble(m.group(1));
                if (v != 0 && v != 1) {
                    found.add(s + ":" + s.lineOf(m.start()) + ": " + m.group());
                }
            }
        }

        assertFalse(rulesAndChoices().isEmpty());
        assertEquals(List.of(), found);
    }

    /** The actors of the bundled library, read from it as the loader would. */
    static List<ActorProfile> library() throws IOException {
        String text = Files.readString(ProjectFiles.resolve(ProjectFiles.SCENARIOS + "/actors.txtpb"), StandardCharsets.UTF_8);
        ActorLibrary.Builder b = ActorLibrary.newBuilder();
        TextFormat.merge(text, b);
        return b.getActorList();
    }

    /** The names that name an actor: its full name and, for a name of several words, its first. */
    static Set<String> names(List<ActorProfile> actors) {
        Set<String> names = new LinkedHashSet<>();
        for (ActorProfile a : actors) {
            names.add(a.getName());
            String first = a.getName().split(" ")[0];
            if (Character.isUpperCase(first.charAt(0))) {
                names.add(first);
            }
        }
        return names;
    }

    static Pattern word(String w) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(w) + "(?![\\w-])");
    }

    @Test
    void no_source_names_a_country_or_actor_of_the_library() throws IOException {
        List<ActorProfile> actors = library();
        assertTrue(actors.size() >= 10, "the library has " + actors.size() + " actors");
        List<String> found = new ArrayList<>();
        for (JavaSource s : JavaSource.allMain()) {
            for (String name : names(actors)) {
                Matcher m = word(name).matcher(s.text());
                while (m.find()) {
                    found.add(s + ":" + s.lineOf(m.start()) + ": " + name);
                }
            }
        }

        assertEquals(List.of(), found);
    }

    @Test
    void no_source_uses_an_actor_id_as_a_literal_or_an_identifier() throws IOException {
        List<String> found = new ArrayList<>();
        for (JavaSource s : JavaSource.allMain()) {
            for (ActorProfile a : library()) {
                for (String literal : s.literals()) {
                    if (word(a.getId()).matcher(literal).find()) {
                        found.add(s + ": \"" + literal + "\"");
                    }
                }
                Matcher m = word(a.getId()).matcher(s.code());
                while (m.find()) {
                    if (!actionConstant(s, m.start(), a.getId())) {
                        found.add(s + ":" + s.lineOf(m.start()) + ": " + a.getId());
                    }
                }
            }
        }

        assertEquals(List.of(), found);
    }

    /**
     * Whether an identifier spelled like an actor id is in fact a constant of {@link ActionKind}
     * ({@code ActionKind.ARM}: to arm a belligerent): named as such, a case of a switch over
     * actions, or its declaration.
     */
    static boolean actionConstant(JavaSource s, int at, String id) {
        boolean constant = false;
        for (ActionKind k : ActionKind.values()) {
            constant |= k.name().equals(id);
        }
        if (!constant) {
            return false;
        }
        String before = s.code().substring(0, at);
        String after = s.code().substring(at + id.length());
        return before.matches("(?s).*ActionKind\\s*\\.\\s*$") || before.matches("(?s).*\\bcase\\s+$")
                || before.matches("(?s).*\\bcase\\s+[A-Z_,\\s]*$") && after.matches("(?s)^[A-Z_,\\s]*->.*")
                || s.path().endsWith("ActionKind.java") && after.startsWith("(\"");
    }
}
