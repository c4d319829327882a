package casus.cli;

import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import casus.engine.validate.Validation;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casus validate}: the model against the record. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run every bundled scenario's expected outcomes and counterfactual checks; exit 0 only if all pass.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--runs", defaultValue = "2000", description = "Runs per scenario and per variant (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "The master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new BadInputException("--runs must be at least 1, got " + runs);
        }
        List<Setting> settings = new ArrayList<>();
        for (String name : Scenarios.bundled()) {
            settings.add(Scenarios.load(name));
        }
        Validation.Report report;
        try (Workers workers = new Workers(threads)) {
            report = Validation.run(settings, runs, seed, workers.executor(), System::nanoTime);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(report)));
        } else {
            table(out, report);
        }
        out.flush();
        return report.passed() ? 0 : 1;
    }

    static JsonObject json(Validation.Report r) {
        JsonObject o = new JsonObject();
        o.addProperty("runs", r.runs());
        o.addProperty("seed", r.seed());
        o.addProperty("passed", r.passed());
        o.addProperty("brier", BatchCommand.round(r.brier()));
        JsonArray cases = new JsonArray();
        for (Validation.Case c : r.cases()) {
            JsonObject x = new JsonObject();
            x.addProperty("scenario", c.scenario());
            x.addProperty("outcome", c.outcome());
            x.addProperty("observed", c.observed());
            x.addProperty("p_observed", BatchCommand.round(c.pObserved()));
            x.addProperty("pass", c.pass());
            cases.add(x);
        }
        o.add("cases", cases);
        JsonArray checks = new JsonArray();
        for (Validation.Check c : r.checks()) {
            JsonObject x = new JsonObject();
            x.addProperty("name", c.name());
            x.addProperty("scenario", c.scenario());
            x.addProperty("outcome", c.outcome());
            x.addProperty("p_base", BatchCommand.round(c.pBase()));
            x.addProperty("p_variant", BatchCommand.round(c.pVariant()));
            x.addProperty("expected", c.expected());
            x.addProperty("pass", c.pass());
            checks.add(x);
        }
        o.add("checks", checks);
        return o;
    }

    static void table(PrintWriter out, Validation.Report r) {
        out.println(String.format(Locale.ROOT, "%-20s %-27s %-9s %11s  %s", "scenario", "outcome", "observed", "p(observed)", "result"));
        for (Validation.Case c : r.cases()) {
            out.println(String.format(Locale.ROOT, "%-20s %-27s %-9s %11.3f  %s", c.scenario(), c.outcome(), c.observed(), c.pObserved(),
                    c.pass() ? "pass" : "FAIL"));
        }
        out.println();
        out.println(String.format(Locale.ROOT, "%-44s %-20s %-21s %6s %9s  %-10s %s", "check", "scenario", "outcome", "p_base",
                "p_variant", "expected", "result"));
        for (Validation.Check c : r.checks()) {
            out.println(String.format(Locale.ROOT, "%-44s %-20s %-21s %6.3f %9.3f  %-10s %s", c.name(), c.scenario(), c.outcome(),
                    c.pBase(), c.pVariant(), c.expected(), c.pass() ? "pass" : "FAIL"));
        }
        out.println();
        long passed = r.cases().stream().filter(Validation.Case::pass).count() + r.checks().stream().filter(Validation.Check::pass).count();
        int total = r.cases().size() + r.checks().size();
        out.println(String.format(Locale.ROOT, "Brier score %.4f over %d recorded outcomes; %d of %d passed (%d runs each, seed %d)",
                r.brier(), r.cases().size(), passed, total, r.runs(), r.seed()));
    }
}
