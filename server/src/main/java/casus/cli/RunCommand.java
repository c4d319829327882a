package casus.cli;

import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.run.Chronicle;
import casus.engine.run.Outcome;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casus run}: one run, told day by day with the reasons for every decision. */
@Command(name = "run", description = "Run a scenario once and print its chronicle, day by day.", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", description = "A bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE}).", defaultValue = "karabakh-2020")
    String scenario;

    @Option(names = "--seed", description = "The run's seed (default: ${DEFAULT-VALUE}); a row of a study's runs.csv gives its own.", defaultValue = "1")
    long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Change a fact or preference by path (see 'casus params'); repeatable.")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        List<FactChange> changes = Changes.parse(sets);
        Setting setting = Changes.apply(Scenarios.load(scenario), changes);
        PrintWriter out = spec.commandLine().getOut();
        Chronicle chronicle = new Chronicle(out);
        chronicle.header(setting, seed);
        if (!changes.isEmpty()) {
            List<String> text = changes.stream().map(FactChange::toString).toList();
            out.println("Set: " + String.join(", ", text));
            out.println();
        }
        Simulation sim = new Simulation(setting, seed, chronicle);
        Outcome outcome = sim.runToEnd();
        chronicle.footer(sim.setting(), outcome);
        return 0;
    }
}
