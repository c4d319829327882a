package casus.cli;

import casus.engine.model.FactChange;
import casus.engine.model.Sample;
import casus.engine.validate.Case;
import casus.engine.validate.Check;
import casus.engine.validate.Discriminator;
import casus.engine.validate.PlaceboCheck;
import casus.engine.validate.Report;
import casus.engine.validate.SampleScore;
import casus.engine.validate.SearchEffort;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Locale;

/**
 * A validation report as JSON: the fields of the table, by name. A score of no expectations,
 * a discriminator a case does not have and the expectation that does not imply it are null.
 */
final class ValidationJson {
    private ValidationJson() {
    }

    static JsonObject of(Report r) {
        JsonObject o = new JsonObject();
        o.addProperty("runs", r.runs());
        o.addProperty("seed", r.seed());
        o.addProperty("passed", r.passed());
        o.add("samples", samples(r));
        o.add("log_floor", number(r.logFloor()));
        JsonArray cases = new JsonArray();
        r.cases().forEach(c -> cases.add(of(c)));
        o.add("cases", cases);
        JsonArray checks = new JsonArray();
        r.checks().forEach(c -> checks.add(of(c)));
        o.add("checks", checks);
        JsonArray placebos = new JsonArray();
        r.placebos().forEach(p -> placebos.add(of(p)));
        o.add("placebos", placebos);
        JsonArray without = new JsonArray();
        r.withoutPlacebo().forEach(without::add);
        o.add("without_placebo", without);
        o.add("search", search(r));
        return o;
    }

    private static JsonObject samples(Report r) {
        JsonObject o = new JsonObject();
        for (SampleScore s : r.scores()) {
            JsonObject x = new JsonObject();
            x.addProperty("scored", s.scored());
            x.addProperty("passed", s.passed());
            x.add("brier", number(s.brier()));
            x.add("log_score", number(s.logScore()));
            x.add("baseline_brier", number(s.baselineBrier()));
            x.add("baseline_log_score", number(s.baselineLogScore()));
            o.add(key(s.sample()), x);
        }
        return o;
    }

    private static JsonObject of(Case c) {
        JsonObject x = new JsonObject();
        x.addProperty("scenario", c.scenario());
        x.addProperty("sample", key(c.sample()));
        x.addProperty("outcome", c.outcome());
        x.addProperty("observed", c.observed());
        x.addProperty("p_observed", BatchCommand.round(c.pObserved()));
        x.addProperty("class", c.expectationClass().key());
        x.addProperty("scored", c.scored());
        x.addProperty("pass", c.pass());
        x.add("discriminator", of(c.discriminator()));
        x.add("declared_discriminator", of(c.declared()));
        x.add("implied_by", c.impliedBy() == null ? JsonNull.INSTANCE : new JsonPrimitive(c.impliedBy()));
        return x;
    }

    private static JsonElement of(Discriminator d) {
        if (d == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject x = new JsonObject();
        x.add("set", changes(d.changes()));
        x.addProperty("declared", d.declared());
        x.add("p_other", number(d.pOther()));
        x.addProperty("works", d.works());
        x.add("refusal", d.refusal().isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(d.refusal()));
        return x;
    }

    private static JsonObject of(Check c) {
        JsonObject x = new JsonObject();
        x.addProperty("name", c.name());
        x.addProperty("scenario", c.scenario());
        x.addProperty("outcome", c.outcome());
        x.addProperty("p_base", BatchCommand.round(c.pBase()));
        x.addProperty("p_variant", BatchCommand.round(c.pVariant()));
        x.addProperty("expected", c.expected());
        x.addProperty("pass", c.pass());
        return x;
    }

    private static JsonObject of(PlaceboCheck p) {
        JsonObject x = new JsonObject();
        x.addProperty("name", p.name());
        x.addProperty("scenario", p.scenario());
        x.add("set", changes(p.changes()));
        x.addProperty("largest_move", BatchCommand.round(p.largest().by()));
        x.add("moved_most", p.largest().outcome().isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(p.largest().outcome()));
        x.addProperty("pass", p.pass());
        return x;
    }

    private static JsonObject search(Report r) {
        JsonObject o = new JsonObject();
        o.addProperty("seconds", BatchCommand.round(r.searchSeconds()));
        JsonArray scenarios = new JsonArray();
        for (SearchEffort e : r.search()) {
            JsonObject x = new JsonObject();
            x.addProperty("scenario", e.scenario());
            x.addProperty("candidates", e.candidates());
            x.addProperty("tried", e.tried());
            x.addProperty("seconds", BatchCommand.round(e.seconds()));
            scenarios.add(x);
        }
        o.add("scenarios", scenarios);
        return o;
    }

    private static JsonArray changes(List<FactChange> changes) {
        JsonArray a = new JsonArray();
        for (FactChange c : changes) {
            JsonObject x = new JsonObject();
            x.addProperty("path", c.path());
            x.addProperty("value", c.value());
            a.add(x);
        }
        return a;
    }

    private static JsonElement number(double v) {
        return Double.isNaN(v) ? JsonNull.INSTANCE : new JsonPrimitive(BatchCommand.round(v));
    }

    /** A sample as JSON names it: {@code in_sample}, {@code out_of_sample}. */
    static String key(Sample s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
