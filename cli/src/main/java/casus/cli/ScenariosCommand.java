package casus.cli;

import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code casus scenarios}: the bundled scenarios, one line each. */
@Command(name = "scenarios", description = "List the bundled scenarios, one line each.", mixinStandardHelpOptions = true)
final class ScenariosCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String name : Scenarios.bundled()) {
            Setting s = Scenarios.load(name);
            out.println(String.format(Locale.ROOT, "%-20s %s %3d days  %s", name, s.startDate(), s.days(), s.summary()));
        }
        out.flush();
        return 0;
    }
}
