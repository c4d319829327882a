package casus.cli;

import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import casus.engine.validate.Report;
import casus.engine.validate.Validation;
import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code casus validate}: the model against the record. Exits 0 when every scored expectation,
 * every counterfactual check and every placebo passes, 1 when one fails.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Class every expected outcome of the bundled scenarios (or of those given) as discriminating, structural or redundant;"
                + " score the discriminating ones, in sample and out of sample apart, beside a naive baseline; run the counterfactual checks and the placebos.",
                "Exit 0 only if every scored expectation, check and placebo passes."})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Execution execution;

    @Option(names = "--scenario", paramLabel = "NAME|PATH",
            description = "A bundled scenario's name or a scenario file to validate instead of the bundled ones; repeatable.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "2000", description = "Runs per scenario and per variant (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new BadInputException("--runs must be at least 1, got " + runs);
        }
        List<Setting> settings = new ArrayList<>();
        for (String name : scenarios.isEmpty() ? Scenarios.bundled() : scenarios) {
            settings.add(Scenarios.load(name));
        }
        Report report;
        try (Workers workers = execution.workers()) {
            report = Validation.run(settings, runs, execution.seed(), workers.executor(), System::nanoTime);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(ValidationJson.of(report)));
        } else {
            ValidationTable.print(out, report);
        }
        out.flush();
        return report.passed() ? 0 : 1;
    }
}
