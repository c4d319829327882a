package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.run.Flag;
import casus.engine.model.Setting;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import casus.engine.scenario.Scenarios;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path tmp;

    static JsonObject batch(String scenario, int runs, int threads) {
        Cli cli = Cli.run("batch", "--scenario", scenario, "--runs", Integer.toString(runs), "--seed", "5",
                "--threads", Integer.toString(threads), "--format", "json");
        assertEquals(0, cli.status(), cli::toString);
        return JsonParser.parseString(cli.out()).getAsJsonObject();
    }

    static Set<String> keys(JsonObject o) {
        return new TreeSet<>(o.keySet());
    }

    @Test
    void json_has_exactly_the_documented_keys() {
        JsonObject o = batch("karabakh-2020", 100, 1);

        assertEquals(new TreeSet<>(Set.of("scenario", "runs", "seed", "threads", "outcomes", "metrics", "runs_per_second")), keys(o));
        assertEquals("karabakh-2020", o.get("scenario").getAsString());
        assertEquals(100, o.get("runs").getAsInt());
        assertEquals(5, o.get("seed").getAsLong());
        assertEquals(1, o.get("threads").getAsInt());
        assertTrue(o.get("runs_per_second").getAsDouble() >= 0);
    }

    /**
     * Every flag has a probability within its interval, and the brokers are those the runs had:
     * no broker always, and a direct agreement or an actor when at least one run had it, each
     * with its share of the runs, as the runs' own file counts them.
     */
    @Test
    void every_outcome_has_a_probability_within_its_interval() {
        Path out = tmp.resolve("runs");
        Cli cli = Cli.run("batch", "--scenario", "karabakh-2020", "--runs", "100", "--seed", "5", "--format", "json", "--out", out.toString());
        assertEquals(0, cli.status(), cli::toString);
        JsonObject outcomes = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("outcomes");

        for (Flag f : Flag.values()) {
            assertTrue(outcomes.has(f.key()), f.key());
        }
        Map<String, Double> brokers = new TreeMap<>();
        for (Map.Entry<String, JsonElement> e : outcomes.entrySet()) {
            JsonObject x = e.getValue().getAsJsonObject();
            assertEquals(Set.of("p", "ci95"), x.keySet(), e.getKey());
            double p = x.get("p").getAsDouble();
            JsonArray ci = x.getAsJsonArray("ci95");
            assertEquals(2, ci.size(), e.getKey());
            double lo = ci.get(0).getAsDouble();
            double hi = ci.get(1).getAsDouble();
            assertTrue(0 <= lo && lo <= p && p <= hi && hi <= 1, e.getKey() + ": " + x);
            if (e.getKey().startsWith("ceasefire_broker=")) {
                brokers.put(e.getKey().substring("ceasefire_broker=".length()), p);
            }
        }

        List<String> rows = Cli.read(out.resolve("runs.csv")).lines().toList();
        int column = List.of(rows.get(0).split(",")).indexOf("ceasefire_broker");
        Map<String, Double> counted = new TreeMap<>();
        for (String row : rows.subList(1, rows.size())) {
            counted.merge(row.split(",")[column], 1.0 / 100, Double::sum);
        }
        counted.putIfAbsent("none", 0.0);
        assertEquals(counted.keySet(), brokers.keySet(), "no broker always, and every broker some run had");
        for (String b : counted.keySet()) {
            assertEquals(counted.get(b), brokers.get(b), 1e-6, b);
        }
        Setting s = Scenarios.load("karabakh-2020");
        assertTrue(brokers.keySet().stream().allMatch(b -> b.equals(Outcome.NO_BROKER) || b.equals(Outcome.DIRECT_BROKER) || s.actor(b) >= 0),
                brokers.toString());
        assertEquals(1, brokers.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-5, "the broker shares cover every run");
    }

    @Test
    void every_metric_has_a_mean_and_percentiles() {
        JsonObject metrics = batch("border-2022", 50, 1).getAsJsonObject("metrics");

        assertEquals(Metric.values().length, metrics.size());
        for (Metric m : Metric.values()) {
            JsonObject x = metrics.getAsJsonObject(m.key());
            assertEquals(Set.of("mean", "p5", "p95"), x.keySet(), m.key());
            assertTrue(x.get("p5").getAsDouble() <= x.get("p95").getAsDouble(), m.key() + ": " + x);
        }
    }

    @Test
    void one_thread_and_two_print_the_same_results() {
        JsonObject one = batch("karabakh-2020", 150, 1);
        JsonObject two = batch("karabakh-2020", 150, 2);
        for (JsonObject o : new JsonObject[] {one, two}) {
            o.remove("threads");
            o.remove("runs_per_second");
        }

        assertEquals(one, two);
    }

    @Test
    void the_table_lists_every_outcome_and_metric() {
        Cli cli = Cli.run("batch", "--scenario", "border-2021", "--runs", "20");

        assertEquals(0, cli.status(), cli::toString);
        int threads = Runtime.getRuntime().availableProcessors();
        assertTrue(cli.out().startsWith("border-2021: 20 runs, seed 1, " + threads + (threads == 1 ? " thread, " : " threads, ")), cli.out());
        for (Flag f : Flag.values()) {
            assertTrue(cli.out().contains("\n" + f.key() + " "), f.key());
        }
        for (Metric m : Metric.values()) {
            assertTrue(cli.out().contains("\n" + m.key() + " "), m.key());
        }
    }
}
