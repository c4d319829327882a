package casus.studies;

import casus.engine.batch.Wilson;
import casus.engine.run.Metric;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the study (scenario, seed, runs per point, factors, whether every run is
 * in) and, per point, its parameters, runs, each outcome's share {@code p} with its 95% Wilson
 * interval {@code ci95}, and each metric's {@code mean} with its standard error {@code mean_se}
 * and 95% interval {@code mean_ci95}, {@code p5}, {@code p50}, {@code p95}.
 */
public final class SummaryJson {
    public static final String FILE = "summary.json";

    private SummaryJson() {
    }

    /**
     * Writes the summary a point at a time, so that a study of any number of points is written in
     * the memory of one: the study's fields, {@code points} as they come, then any others.
     */
    public static final class Writer {
        private final JsonWriter out;
        private final List<String> factors;
        private final List<Outcomes.Outcome> outcomes;

        /** Starts the summary of the study {@code m} on {@code w}. */
        public Writer(java.io.Writer w, Manifest m, List<Outcomes.Outcome> outcomes) {
            this.factors = m.factors();
            this.outcomes = outcomes;
            try {
                this.out = Json.PRETTY.newJsonWriter(w);
                out.beginObject();
                members(head(m));
                out.name("points");
                out.beginArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void point(PointStats p) {
            Json.PRETTY.toJson(SummaryJson.point(factors, outcomes, p), out);
        }

        /** Ends the list of points, adds the members of {@code tail} after it, and ends the summary. */
        public void end(JsonObject tail) {
            try {
                out.endArray();
                members(tail);
                out.endObject();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void members(JsonObject o) throws IOException {
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                out.name(e.getKey());
                Json.PRETTY.toJson(e.getValue(), out);
            }
        }
    }

    private static JsonObject head(Manifest m) {
        JsonObject o = new JsonObject();
        o.addProperty("scenario", m.scenarioId());
        o.addProperty("seed", m.seed());
        o.addProperty("runs_per_point", m.runsPerPoint());
        JsonArray factors = new JsonArray();
        m.factors().forEach(factors::add);
        o.add("factors", factors);
        o.addProperty("complete", m.complete());
        return o;
    }

    static JsonObject point(List<String> factors, List<Outcomes.Outcome> outcomes, PointStats p) {
        JsonObject x = new JsonObject();
        x.addProperty("point", p.point());
        JsonObject params = new JsonObject();
        for (int j = 0; j < factors.size(); j++) {
            params.add(factors.get(j), Json.number(p.values()[j]));
        }
        x.add("parameters", params);
        x.addProperty("runs", p.runs());
        JsonObject outs = new JsonObject();
        for (Outcomes.Outcome o : outcomes) {
            long k = p.count(o);
            JsonObject y = new JsonObject();
            y.add("p", Json.number(p.runs() == 0 ? Double.NaN : (double) k / p.runs()));
            double[] ci = Wilson.interval(k, p.runs());
            JsonArray a = new JsonArray();
            a.add(ci[0]);
            a.add(ci[1]);
            y.add("ci95", a);
            outs.add(o.name(), y);
        }
        x.add("outcomes", outs);
        JsonObject metrics = new JsonObject();
        for (Metric m : Metric.values()) {
            double[] s = p.metrics()[m.ordinal()];
            JsonObject y = new JsonObject();
            y.add("mean", Json.number(s[0]));
            y.add("mean_se", Json.number(p.meanErrors()[m.ordinal()]));
            double[] ci = p.meanInterval(m);
            JsonArray mci = new JsonArray();
            mci.add(Json.number(ci[0]));
            mci.add(Json.number(ci[1]));
            y.add("mean_ci95", mci);
            y.add("p5", Json.number(s[1]));
            y.add("p50", Json.number(s[2]));
            y.add("p95", Json.number(s[3]));
            metrics.add(m.key(), y);
        }
        x.add("metrics", metrics);
        return x;
    }
}
