package casus.cli;

import casus.engine.batch.Wilson;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import casus.studies.PointStats;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * How {@code casus batch} prints a batch of one point, as it always has: a table, or JSON of the
 * shape {"scenario", "runs", "seed", "threads", "outcomes": {NAME: {"p", "ci95"}}, "metrics":
 * {NAME: {"mean", "p5", "p95"}}, "runs_per_second"}, brokers as {@code ceasefire_broker=ID}
 * (no broker always; a direct agreement and actors that brokered, when they did at least once), figures rounded to six decimals.
 */
final class SinglePointSummary {
    private SinglePointSummary() {
    }

    static JsonObject json(String scenario, long seed, int threads, PointStats p, List<String> actors, double runsPerSecond) {
        JsonObject o = new JsonObject();
        o.addProperty("scenario", scenario);
        o.addProperty("runs", p.runs());
        o.addProperty("seed", seed);
        o.addProperty("threads", threads);
        JsonObject outcomes = new JsonObject();
        for (Flag f : Flag.values()) {
            outcomes.add(f.key(), probability(p.flags()[f.ordinal()], p.runs()));
        }
        for (int a = Outcome.DIRECT; a < actors.size(); a++) {
            long k = p.brokers()[Outcome.brokerSlot(a)];
            if (a == Outcome.NONE || k > 0) {
                outcomes.add("ceasefire_broker=" + Outcome.brokerName(a, actors::get), probability(k, p.runs()));
            }
        }
        o.add("outcomes", outcomes);
        JsonObject metrics = new JsonObject();
        for (Metric m : Metric.values()) {
            double[] s = p.metrics()[m.ordinal()];
            JsonObject x = new JsonObject();
            x.addProperty("mean", round(s[0]));
            x.addProperty("p5", round(s[1]));
            x.addProperty("p95", round(s[3]));
            metrics.add(m.key(), x);
        }
        o.add("metrics", metrics);
        o.addProperty("runs_per_second", Math.round(runsPerSecond));
        return o;
    }

    static void table(PrintWriter out, String scenario, long seed, int threads, PointStats p, List<String> actors, double runsPerSecond) {
        out.println(String.format(Locale.ROOT, "%s: %d runs, seed %d, %d thread%s, %.0f runs/s", scenario, p.runs(), seed, threads,
                threads == 1 ? "" : "s", runsPerSecond));
        out.println();
        out.println(String.format(Locale.ROOT, "%-30s %7s   %s", "outcome", "p", "95% interval"));
        for (Flag f : Flag.values()) {
            row(out, f.key(), p.flags()[f.ordinal()], p.runs());
        }
        for (int a = Outcome.DIRECT; a < actors.size(); a++) {
            long k = p.brokers()[Outcome.brokerSlot(a)];
            if (a == Outcome.NONE || k > 0) {
                row(out, "ceasefire_broker=" + Outcome.brokerName(a, actors::get), k, p.runs());
            }
        }
        out.println();
        out.println(String.format(Locale.ROOT, "%-30s %10s %10s %10s %10s", "metric", "mean", "s.e.", "p5", "p95"));
        for (Metric m : Metric.values()) {
            double[] s = p.metrics()[m.ordinal()];
            out.println(String.format(Locale.ROOT, "%-30s %10.2f %10.2f %10.2f %10.2f", m.key(), s[0], p.meanErrors()[m.ordinal()], s[1], s[3]));
        }
    }

    private static void row(PrintWriter out, String name, long k, long n) {
        double[] ci = Wilson.interval(k, n);
        out.println(String.format(Locale.ROOT, "%-30s %7.3f   [%.3f, %.3f]", name, (double) k / n, ci[0], ci[1]));
    }

    private static JsonObject probability(long k, long n) {
        JsonObject x = new JsonObject();
        x.addProperty("p", round((double) k / n));
        double[] ci = Wilson.interval(k, n);
        JsonArray a = new JsonArray();
        a.add(round(ci[0]));
        a.add(round(ci[1]));
        x.add("ci95", a);
        return x;
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
