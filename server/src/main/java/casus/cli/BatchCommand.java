package casus.cli;

import casus.engine.batch.Batch;
import casus.engine.batch.BatchResult;
import casus.engine.model.Setting;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.scenario.Scenarios;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casus batch}: many seeded runs, summarised. */
@Command(name = "batch", description = "Run a scenario many times and summarise the outcomes.", mixinStandardHelpOptions = true)
final class BatchCommand implements Callable<Integer> {
    /** How the summary is printed. */
    enum Format {
        table, json
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", required = true, description = "A bundled scenario's name or a scenario file.")
    String scenario;

    @Option(names = "--runs", required = true, description = "How many runs.")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "The master seed; run i uses a seed mixed from it and i (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads; the results do not depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new BadInputException("--runs must be at least 1, got " + runs);
        }
        Setting setting = Scenarios.load(scenario);
        BatchResult result;
        try (Workers workers = new Workers(threads)) {
            result = Batch.run(setting, runs, seed, workers.executor(), System::nanoTime);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(result, threads)));
        } else {
            table(out, result, threads);
        }
        out.flush();
        return 0;
    }

    static JsonObject json(BatchResult r, int threads) {
        JsonObject o = new JsonObject();
        o.addProperty("scenario", r.setting().id());
        o.addProperty("runs", r.runs());
        o.addProperty("seed", r.seed());
        o.addProperty("threads", threads);
        JsonObject outcomes = new JsonObject();
        for (Flag f : Flag.values()) {
            outcomes.add(f.key(), probability(r.count(f), r.runs()));
        }
        for (Map.Entry<String, Long> e : r.brokers().entrySet()) {
            outcomes.add("ceasefire_broker=" + e.getKey(), probability(e.getValue(), r.runs()));
        }
        o.add("outcomes", outcomes);
        JsonObject metrics = new JsonObject();
        for (Metric m : Metric.values()) {
            JsonObject x = new JsonObject();
            x.addProperty("mean", round(r.mean(m)));
            x.addProperty("p5", round(r.percentile(m, 0.05)));
            x.addProperty("p95", round(r.percentile(m, 0.95)));
            metrics.add(m.key(), x);
        }
        o.add("metrics", metrics);
        o.addProperty("runs_per_second", Math.round(r.runsPerSecond()));
        return o;
    }

    private static JsonObject probability(long k, int n) {
        JsonObject x = new JsonObject();
        x.addProperty("p", round((double) k / n));
        double[] ci = casus.engine.batch.Wilson.interval(k, n);
        JsonArray a = new JsonArray();
        a.add(round(ci[0]));
        a.add(round(ci[1]));
        x.add("ci95", a);
        return x;
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    static void table(PrintWriter out, BatchResult r, int threads) {
        out.println(String.format(Locale.ROOT, "%s: %d runs, seed %d, %d thread%s, %.0f runs/s", r.setting().id(), r.runs(), r.seed(),
                threads, threads == 1 ? "" : "s", r.runsPerSecond()));
        out.println();
        out.println(String.format(Locale.ROOT, "%-30s %7s   %s", "outcome", "p", "95% interval"));
        for (Flag f : Flag.values()) {
            double[] ci = r.interval(f);
            out.println(String.format(Locale.ROOT, "%-30s %7.3f   [%.3f, %.3f]", f.key(), r.probability(f), ci[0], ci[1]));
        }
        for (Map.Entry<String, Long> e : r.brokers().entrySet()) {
            double[] ci = casus.engine.batch.Wilson.interval(e.getValue(), r.runs());
            out.println(String.format(Locale.ROOT, "%-30s %7.3f   [%.3f, %.3f]", "ceasefire_broker=" + e.getKey(),
                    (double) e.getValue() / r.runs(), ci[0], ci[1]));
        }
        out.println();
        out.println(String.format(Locale.ROOT, "%-30s %10s %10s %10s", "metric", "mean", "p5", "p95"));
        for (Metric m : Metric.values()) {
            out.println(String.format(Locale.ROOT, "%-30s %10.2f %10.2f %10.2f", m.key(), r.mean(m), r.percentile(m, 0.05), r.percentile(m, 0.95)));
        }
    }
}
