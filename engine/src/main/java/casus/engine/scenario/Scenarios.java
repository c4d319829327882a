package casus.engine.scenario;

import casus.engine.model.Setting;
import casus.v1.ActorLibrary;
import casus.v1.Scenario;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and loads scenarios: bundled ones by name, others by path. A scenario's actor library is
 * looked for next to a scenario file first, then among the bundled files.
 */
public final class Scenarios {
    /** The bundled index: one scenario name per line. */
    static final String INDEX = Source.RESOURCE_DIR + "INDEX";
    /** The library a scenario uses when it names none. */
    public static final String DEFAULT_LIBRARY = "actors";

    private Scenarios() {
    }

    /** The names of the bundled scenarios, in the index's order. */
    public static List<String> bundled() {
        List<String> names = new ArrayList<>();
        try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return names;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled scenario index", e);
        }
        return names;
    }

    /**
     * Loads a bundled scenario by name, or a scenario file by path.
     *
     * @throws ScenarioException when there is no such scenario or its file is broken
     */
    public static Setting load(String nameOrPath) {
        return sources(nameOrPath).compile();
    }

    /**
     * Finds the texts of a bundled scenario by name, or of a scenario file by path, with its
     * actor library.
     *
     * @throws ScenarioException when there is no such scenario or its file cannot be parsed
     */
    public static ScenarioSources sources(String nameOrPath) {
        Source bundled = nameOrPath.contains("/") || nameOrPath.endsWith(".txtpb") ? null : Source.bundled(nameOrPath);
        if (bundled != null) {
            return withLibrary(bundled);
        }
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            return withLibrary(Source.file(path));
        }
        throw new ScenarioException(nameOrPath, 0, "", "no such scenario: neither a bundled name (" + String.join(", ", bundled())
                + ") nor a readable file");
    }

    /** Compiles a scenario's text with its library. */
    public static Setting compile(Source source) {
        return withLibrary(source).compile();
    }

    /** Compiles a scenario's text with the given actor library, whatever library the scenario names. */
    public static Setting compile(Source scenario, Source library) {
        TextParser.Parsed<Scenario> parsedScenario = TextParser.parse(scenario, Scenario.newBuilder());
        TextParser.Parsed<ActorLibrary> parsedLibrary = TextParser.parse(library, ActorLibrary.newBuilder());
        return new Compiler(scenario, parsedScenario, library, parsedLibrary).compile();
    }

    private static ScenarioSources withLibrary(Source source) {
        TextParser.Parsed<Scenario> scenario = TextParser.parse(source, Scenario.newBuilder());
        String libraryName = scenario.message().getLibrary().isEmpty() ? DEFAULT_LIBRARY : scenario.message().getLibrary();
        return new ScenarioSources(source, library(libraryName, source));
    }

    private static Source library(String name, Source scenario) {
        if (scenario.directory() != null) {
            Path beside = scenario.directory().resolve(name + ".txtpb");
            if (Files.isRegularFile(beside)) {
                return Source.file(beside);
            }
        }
        Source bundled = Source.bundled(name);
        if (bundled == null) {
            throw new ScenarioException(scenario.name(), 0, "library", "no actor library '" + name + "' beside the file or bundled");
        }
        return bundled;
    }
}
