package casus.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code casus} command: one subcommand per verb. */
@Command(
        name = "casus",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Casus: crisis simulation of alliance duty against outside interests.",
        subcommands = {
            ScenariosCommand.class,
            RunCommand.class,
            BatchCommand.class,
            ParamsCommand.class,
            SensitivityCommand.class,
            DiscoverCommand.class,
            MergeCommand.class,
            SubmitCommand.class,
            StatusCommand.class,
            ValidateCommand.class,
            CalibrateCommand.class,
            ServeCommand.class,
            ReplayCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Casus implements Runnable {
    /** Exit status for bad input: a broken file, an unknown scenario, a bad flag. */
    public static final int BAD_INPUT = 2;
    /** Exit status for an internal failure. */
    public static final int FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line with the given writers and returns its exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Casus());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        // casus submit hands every option it does not know to the study it splits
        cl.getSubcommands().get("submit").setUnmatchedOptionsArePositionalParams(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("casus: " + ex.getMessage());
            ex.getCommandLine().getErr().println("try 'casus " + ex.getCommandLine().getCommandName() + " --help'");
            return BAD_INPUT;
        });
        return cl.execute(args);
    }
}
