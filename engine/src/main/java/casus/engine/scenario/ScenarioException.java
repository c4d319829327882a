package casus.engine.scenario;

/**
 * A scenario or actor library file that cannot be used, with where and why: the file, the line
 * (1-based; 0 when the problem is the file as a whole) and the field's path in the file.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    public ScenarioException(String file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
