package casus.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project as checked out, found from wherever the tests run. */
public final class ProjectFiles {
    /** The bundled scenario files, relative to the project's root. */
    public static final String SCENARIOS = "scenarios/src/main/resources/casus/scenarios";

    private ProjectFiles() {
    }

    /** The project's root: the nearest folder up from the working directory holding the bundled scenarios. */
    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(SCENARIOS)) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
