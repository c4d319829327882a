package casus.client.command;

import casus.client.render.Palette;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command of the client: runs with the context it was made with and prints through its own
 * picocli writer. Refusals are thrown: {@link UsageException} for the client's own,
 * {@link casus.client.net.RefusedException} for the server's.
 */
abstract class Verb implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final CommandContext ctx;

    Verb(CommandContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public final Integer call() {
        run();
        out().flush();
        return 0;
    }

    abstract void run();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    Palette p() {
        return ctx.console().palette();
    }

    int width() {
        return ctx.console().width();
    }

    void print(List<String> lines) {
        PrintWriter o = out();
        for (String l : lines) {
            o.println(l);
        }
    }
}
