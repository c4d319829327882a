package casus.engine.sensitivity;

import casus.engine.model.Setting;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import casus.engine.study.StudyException;
import java.util.ArrayList;
import java.util.List;

/**
 * The number a sensitivity analysis explains, read off the runs at a point: a flag's probability
 * ({@code alliance_intervened}), the probability of a broker ({@code ceasefire_broker=USA}) or a
 * metric's mean ({@code casualties}).
 */
public record Measure(String name, Flag flag, Metric metric, int broker) {
    /** Parses an outcome's name for a scenario. */
    public static Measure parse(String name, Setting s) {
        String n = name.trim();
        Flag f = Flag.byKey(n);
        if (f != null) {
            return new Measure(n, f, null, 0);
        }
        Metric m = Metric.byKey(n);
        if (m != null) {
            return new Measure(n, null, m, 0);
        }
        String prefix = "ceasefire_broker=";
        if (n.startsWith(prefix)) {
            String id = n.substring(prefix.length());
            int a = id.equals(Outcome.NO_BROKER) ? Outcome.NONE : id.equals(Outcome.DIRECT_BROKER) ? Outcome.DIRECT : s.actor(id);
            if (a == -1 && !id.equals(Outcome.NO_BROKER)) {
                throw new StudyException("--outcome " + n + ": no actor '" + id + "' in " + s.id());
            }
            return new Measure(n, null, null, a);
        }
        throw new StudyException("--outcome: unknown outcome '" + n + "'; one of " + String.join(", ", names()));
    }

    /** Every outcome name that can be measured, brokers as {@code ceasefire_broker=ID}. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Flag f : Flag.values()) {
            out.add(f.key());
        }
        for (Metric m : Metric.values()) {
            out.add(m.key());
        }
        out.add("ceasefire_broker=ID");
        return out;
    }

    /** Whether the measure is a probability (a flag or a broker) rather than a mean. */
    public boolean probability() {
        return metric == null;
    }

    /** The measure's value for run {@code i} of a block: 1 or 0 for a probability, the metric's value for a mean. */
    public double of(casus.engine.study.Block b, int i) {
        if (flag != null) {
            return (b.flags(i) >>> flag.ordinal()) & 1;
        }
        if (metric != null) {
            return b.metric(i, metric);
        }
        return b.broker(i) == broker ? 1 : 0;
    }
}
