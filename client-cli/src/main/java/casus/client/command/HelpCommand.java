package casus.client.command;

import casus.client.render.TextTable;
import casus.client.render.TextTable.Cell;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code help}: the commands, or how to use one. */
@Command(name = "help", description = "List the commands; with a command's name, how to use it.")
final class HelpCommand extends Verb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "COMMAND", description = "The command to explain.")
    String command;

    HelpCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        if (command != null) {
            Commands.Entry e = Commands.find(command);
            if (e == null) {
                throw new UsageException("no command '" + command + "'; 'help' lists them");
            }
            CommandLine cl = Commands.commandLine(e, ctx);
            out().print(cl.getUsageMessage(p().enabled() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
            return;
        }
        String group = "";
        TextTable t = null;
        for (Commands.Entry e : Commands.all()) {
            if (!e.group().equals(group)) {
                if (t != null) {
                    print(t.lines(width()));
                }
                group = e.group();
                out().println(p().bold(group));
                t = new TextTable().indent("  ");
            }
            t.row(Cell.styled(e.name(), p()::cyan), Cell.of(Commands.summary(Commands.commandLine(e, ctx))));
        }
        if (t != null) {
            print(t.lines(width()));
        }
        out().println(p().dim("'help COMMAND' tells how to use one. Tab completes commands, codes, states and options."));
    }
}
