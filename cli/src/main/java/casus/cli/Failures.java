package casus.cli;

import casus.engine.scenario.ScenarioException;
import picocli.CommandLine;

/**
 * Maps what a command throws to an exit status and one line on standard error: bad input
 * (a broken scenario file, a bad value) exits 2, anything else 1.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof ScenarioException || ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
            cl.getErr().println("casus: " + ex.getMessage());
            return Casus.BAD_INPUT;
        }
        cl.getErr().println("casus: internal error: " + ex);
        ex.printStackTrace(cl.getErr());
        return Casus.FAILURE;
    }
}
