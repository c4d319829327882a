package casus.engine.scenario;

import casus.engine.model.Setting;
import casus.v1.ActorLibrary;
import casus.v1.ModelConstants;
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
    /** The model constants a library uses when it names none. */
    public static final String DEFAULT_MODEL = "model";

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

    /**
     * Compiles a scenario's text with the given actor library and model constants, whatever
     * library the scenario names.
     */
    public static Setting compile(Source scenario, Source library, Source model) {
        TextParser.Parsed<Scenario> parsedScenario = TextParser.parse(scenario, Scenario.newBuilder());
        TextParser.Parsed<ActorLibrary> parsedLibrary = TextParser.parse(library, ActorLibrary.newBuilder());
        TextParser.Parsed<ModelConstants> parsedModel = TextParser.parse(model, ModelConstants.newBuilder());
        return new Compiler(scenario, parsedScenario, library, parsedLibrary, model, parsedModel).compile();
    }

    /** The bundled model constants, as the default library is judged with. */
    public static casus.engine.model.ModelConstants bundledModel() {
        Source model = Source.bundled(DEFAULT_MODEL);
        if (model == null) {
            throw new IllegalStateException("the bundled model constants are missing");
        }
        return Compiler.constants(model, TextParser.parse(model, ModelConstants.newBuilder()));
    }

    private static ScenarioSources withLibrary(Source source) {
        TextParser.Parsed<Scenario> scenario = TextParser.parse(source, Scenario.newBuilder());
        String libraryName = scenario.message().getLibrary().isEmpty() ? DEFAULT_LIBRARY : scenario.message().getLibrary();
        Source library = find(libraryName, source, "library", "actor library");
        TextParser.Parsed<ActorLibrary> parsed = TextParser.parse(library, ActorLibrary.newBuilder());
        String modelName = parsed.message().getModel().isEmpty() ? DEFAULT_MODEL : parsed.message().getModel();
        return new ScenarioSources(source, library, find(modelName, library, "model", "model constants file"));
    }

    /**
     * A file another names by {@code field}: a path (absolute, or relative to the naming file's
     * folder) or a bundled name, tried beside the naming file first.
     */
    private static Source find(String name, Source from, String field, String what) {
        boolean path = name.contains("/") || name.endsWith(".txtpb");
        String file = path ? name : name + ".txtpb";
        Path given = Path.of(file);
        if (given.isAbsolute()) {
            if (Files.isRegularFile(given)) {
                return Source.file(given);
            }
        } else if (from.directory() != null) {
            Path beside = from.directory().resolve(file);
            if (Files.isRegularFile(beside)) {
                return Source.file(beside);
            }
        }
        Source bundled = path ? null : Source.bundled(name);
        if (bundled == null) {
            throw new ScenarioException(from.name(), 0, field, "no " + what + " '" + name + "' "
                    + (path ? "at that path" : "beside the file or bundled"));
        }
        return bundled;
    }
}
