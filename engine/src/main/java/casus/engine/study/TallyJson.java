package casus.engine.study;

import casus.engine.model.Setting;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * A point's tally as one line of JSON, canonical (equal tallies give equal text) and exact
 * (reading it back gives the same tally), so that shards can be merged later.
 */
public final class TallyJson {
    private TallyJson() {
    }

    /** The tally of a point as one line. */
    public static String write(int point, Tally t, Setting s) {
        return write(point, new double[0], t, actors(s));
    }

    /** The tally of a point, with the point's parameter values, as one line; brokers named by {@code actors}. */
    public static String write(int point, double[] values, Tally t, List<String> actors) {
        JsonObject o = new JsonObject();
        o.addProperty("point", point);
        o.add("values", array(values));
        o.addProperty("runs", t.runs());
        JsonObject flags = new JsonObject();
        for (Flag f : Flag.values()) {
            flags.addProperty(f.key(), t.count(f));
        }
        o.add("flags", flags);
        JsonObject brokers = new JsonObject();
        for (int a = Outcome.DIRECT; a < t.actors(); a++) {
            if (t.brokerCount(a) > 0) {
                brokers.addProperty(Outcome.brokerName(a, actors::get), t.brokerCount(a));
            }
        }
        o.add("brokers", brokers);
        JsonObject metrics = new JsonObject();
        for (Metric m : Metric.values()) {
            metrics.add(m.key(), distribution(t.metric(m).state()));
        }
        o.add("metrics", metrics);
        return o.toString();
    }

    /** The point a line is about. */
    public static int point(JsonObject line) {
        return line.get("point").getAsInt();
    }

    public static JsonObject parse(String line) {
        return JsonParser.parseString(line).getAsJsonObject();
    }

    /** The parameter values of the point a line is about. */
    public static double[] values(JsonObject line) {
        return line.has("values") ? doubles(line.getAsJsonArray("values")) : new double[0];
    }

    /** Reads a tally back. */
    public static Tally read(JsonObject o, Setting s) {
        return read(o, actors(s));
    }

    /** Reads a tally back, brokers named by {@code actors}. */
    public static Tally read(JsonObject o, List<String> actors) {
        Tally t = new Tally(actors.size());
        long[] flags = new long[Flag.COUNT];
        JsonObject f = o.getAsJsonObject("flags");
        for (Flag flag : Flag.values()) {
            flags[flag.ordinal()] = f.get(flag.key()).getAsLong();
        }
        long[] brokers = new long[Outcome.brokerCodes(actors.size())];
        for (var e : o.getAsJsonObject("brokers").entrySet()) {
            int a = Outcome.brokerCode(e.getKey(), actors);
            if (a == Integer.MIN_VALUE) {
                throw new StudyException("a tally names broker '" + e.getKey() + "', not one of the actors " + actors);
            }
            brokers[Outcome.brokerSlot(a)] = e.getValue().getAsLong();
        }
        Distribution[] ds = new Distribution[Metric.COUNT];
        JsonObject m = o.getAsJsonObject("metrics");
        for (Metric metric : Metric.values()) {
            ds[metric.ordinal()] = Distribution.of(state(m.getAsJsonObject(metric.key())));
        }
        t.restore(o.get("runs").getAsLong(), flags, brokers, ds);
        return t;
    }

    private static List<String> actors(Setting s) {
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < s.actorCount(); a++) {
            ids.add(s.actorId(a));
        }
        return ids;
    }

    private static JsonObject distribution(Distribution.State d) {
        JsonObject o = new JsonObject();
        o.addProperty("count", d.count());
        o.addProperty("missing", d.missing());
        long[] digits = d.sumDigits();
        int lo = 0;
        while (lo < digits.length && digits[lo] == 0) {
            lo++;
        }
        int hi = digits.length;
        while (hi > lo && digits[hi - 1] == 0) {
            hi--;
        }
        JsonObject sum = new JsonObject();
        sum.addProperty("from", lo == hi ? 0 : lo);
        JsonArray ds = new JsonArray();
        for (int i = lo; i < hi; i++) {
            ds.add(digits[i]);
        }
        sum.add("digits", ds);
        if (d.sumNonFinite() > 0) {
            sum.addProperty("non_finite", d.sumNonFinite());
            sum.addProperty("special", Double.toString(d.sumSpecial()));
        }
        o.add("sum", sum);
        o.addProperty("min", d.min());
        o.addProperty("max", d.max());
        if (d.keys().length == 0) {
            o.add("values", array(d.values()));
        } else {
            JsonArray keys = new JsonArray();
            JsonArray counts = new JsonArray();
            for (int i = 0; i < d.keys().length; i++) {
                keys.add(d.keys()[i]);
                counts.add(d.counts()[i]);
            }
            JsonObject bins = new JsonObject();
            bins.add("keys", keys);
            bins.add("counts", counts);
            bins.add("mins", array(d.mins()));
            bins.add("maxs", array(d.maxs()));
            o.add("bins", bins);
        }
        return o;
    }

    private static Distribution.State state(JsonObject o) {
        JsonObject sum = o.getAsJsonObject("sum");
        long[] digits = new long[ExactSum.DIGITS];
        int from = sum.get("from").getAsInt();
        JsonArray ds = sum.getAsJsonArray("digits");
        for (int i = 0; i < ds.size(); i++) {
            digits[from + i] = ds.get(i).getAsLong();
        }
        long nonFinite = sum.has("non_finite") ? sum.get("non_finite").getAsLong() : 0;
        double special = sum.has("special") ? Double.parseDouble(sum.get("special").getAsString()) : 0;
        double[] values = new double[0];
        long[] keys = new long[0];
        long[] counts = new long[0];
        double[] mins = new double[0];
        double[] maxs = new double[0];
        if (o.has("bins")) {
            JsonObject bins = o.getAsJsonObject("bins");
            JsonArray k = bins.getAsJsonArray("keys");
            JsonArray c = bins.getAsJsonArray("counts");
            keys = new long[k.size()];
            counts = new long[k.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = k.get(i).getAsLong();
                counts[i] = c.get(i).getAsLong();
            }
            mins = doubles(bins.getAsJsonArray("mins"));
            maxs = doubles(bins.getAsJsonArray("maxs"));
        } else {
            values = doubles(o.getAsJsonArray("values"));
        }
        return new Distribution.State(o.get("count").getAsLong(), o.get("missing").getAsLong(), digits, nonFinite, special,
                o.get("min").getAsDouble(), o.get("max").getAsDouble(), values, keys, counts, mins, maxs);
    }

    private static JsonArray array(double[] values) {
        JsonArray a = new JsonArray(values.length);
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    private static double[] doubles(JsonArray a) {
        double[] out = new double[a.size()];
        int i = 0;
        for (JsonElement e : a) {
            out[i++] = e.getAsDouble();
        }
        return out;
    }
}
