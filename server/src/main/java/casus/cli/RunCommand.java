package casus.cli;

import casus.engine.model.Setting;
import casus.engine.run.Chronicle;
import casus.engine.run.Outcome;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import java.io.PrintWriter;
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

    @Option(names = "--seed", description = "The run's seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Override
    public Integer call() {
        Setting setting = Scenarios.load(scenario);
        PrintWriter out = spec.commandLine().getOut();
        Chronicle chronicle = new Chronicle(out);
        chronicle.header(setting, seed);
        Simulation sim = new Simulation(setting, seed, chronicle);
        Outcome outcome = sim.runToEnd();
        chronicle.footer(sim.setting(), outcome);
        return 0;
    }
}
