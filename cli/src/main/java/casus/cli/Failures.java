package casus.cli;

import casus.engine.scenario.ScenarioException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Maps what a command throws to an exit status and one line on standard error: bad input
 * (a broken scenario file, a bad value) exits 2, a file that cannot be read or written 1 with
 * the reason, anything else 1 with its stack trace.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof ScenarioException || ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
            cl.getErr().println("casus: " + ex.getMessage());
            return Casus.BAD_INPUT;
        }
        if (ex instanceof UncheckedIOException io) {
            cl.getErr().println("casus: " + io.getMessage() + ": " + io.getCause().getMessage());
            return Casus.FAILURE;
        }
        cl.getErr().println("casus: internal error: " + ex);
        ex.printStackTrace(cl.getErr());
        return Casus.FAILURE;
    }
}
