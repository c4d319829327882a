package casus.cli;

import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.run.Chronicle;
import casus.engine.run.Outcome;
import casus.engine.run.Simulation;
import casus.engine.run.Workspace;
import casus.engine.scenario.Scenarios;
import casus.server.journal.RecordedGame;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code casus run}: one run, told day by day with the reasons for every decision. */
@Command(name = "run", description = "Run a scenario once and print its chronicle, day by day.", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Changes sets;

    @Option(names = "--scenario", description = "A bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE}).", defaultValue = "karabakh-2020")
    String scenario;

    @Option(names = "--seed", description = "The run's seed (default: ${DEFAULT-VALUE}); a row of a study's runs.csv gives its own.", defaultValue = "1")
    long seed;

    @Option(names = "--journal", paramLabel = "FILE", description = "Continue a recorded session instead (with --from-tick): "
            + "its first days as recorded, then agents for every state, seeded with --seed.")
    Path journal;

    @Option(names = "--from-tick", paramLabel = "K", description = "With --journal, the tick the continuation starts from.")
    Integer fromTick;

    @Override
    public Integer call() {
        if (journal != null || fromTick != null) {
            return continuation();
        }
        List<FactChange> changes = sets.list();
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

    /** One continuation of a recorded game: the run {@code casus batch --journal} made with this seed. */
    private int continuation() {
        if (journal == null || fromTick == null) {
            throw new BadInputException("--journal and --from-tick go together");
        }
        if (!sets.none() || spec.commandLine().getParseResult().hasMatchedOption("--scenario")) {
            throw new BadInputException("--journal takes the game's scenario and facts as they were: no --scenario or --set");
        }
        RecordedGame game = Continuations.read(journal, fromTick);
        PrintWriter out = spec.commandLine().getOut();
        Chronicle chronicle = new Chronicle(out);
        chronicle.header(game.prologue().setting(), game.prologue().seed());
        Simulation sim = game.prologue().play(seed, chronicle, new Workspace());
        out.println(String.format(Locale.ROOT, "The recorded game %s hands over after tick %d: from day %d agents play every state, seed %d.",
                game.opened().getSessionId(), fromTick, sim.day(), seed));
        out.println();
        Outcome outcome = sim.runToEnd();
        chronicle.footer(sim.setting(), outcome);
        return 0;
    }
}
