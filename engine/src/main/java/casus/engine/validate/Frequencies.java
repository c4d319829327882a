package casus.engine.validate;

import casus.engine.model.Setting;
import casus.engine.run.Flag;
import casus.engine.run.Outcome;
import casus.engine.study.Tally;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * What validation reads of a batch of runs of one setting: each flag's share of the runs and each
 * ceasefire broker's share ({@value Outcome#NO_BROKER} included). A value, so that a test can
 * state one without running the rules.
 *
 * @param flags each flag's share, by {@link Flag} ordinal
 * @param brokers each broker's share by id; a broker not named has share 0
 */
public record Frequencies(double[] flags, Map<String, Double> brokers) {
    public Frequencies {
        if (flags.length != Flag.COUNT) {
            throw new IllegalArgumentException("one share per flag: expected " + Flag.COUNT + ", got " + flags.length);
        }
        flags = flags.clone();
        brokers = Map.copyOf(brokers);
    }

    /** The shares of the runs of a setting, from their tally. */
    public static Frequencies of(Tally t, Setting setting) {
        double[] flags = new double[Flag.COUNT];
        for (Flag f : Flag.values()) {
            flags[f.ordinal()] = t.runs() == 0 ? 0 : t.probability(f);
        }
        Map<String, Double> brokers = new LinkedHashMap<>();
        for (int b = Outcome.DIRECT; b < setting.actorCount(); b++) {
            long n = t.brokerCount(b);
            if (b == Outcome.NONE || n > 0) {
                brokers.put(Outcome.brokerName(b, setting::actorId), t.runs() == 0 ? 0 : (double) n / t.runs());
            }
        }
        return new Frequencies(flags, brokers);
    }

    @Override
    public double[] flags() {
        return flags.clone();
    }

    public double probability(Flag f) {
        return flags[f.ordinal()];
    }

    public double brokerShare(String id) {
        return brokers.getOrDefault(id, 0.0);
    }

    /**
     * The share of runs in which an outcome took a value: "true" or "false" for a flag, a
     * broker's id or {@value Outcome#NO_BROKER} for {@code ceasefire_broker}.
     */
    public double probabilityOf(String outcome, String value) {
        if (outcome.equals(Validation.BROKER)) {
            return brokerShare(value);
        }
        Flag f = Flag.byKey(outcome);
        if (f == null) {
            throw new IllegalArgumentException("unknown outcome " + outcome);
        }
        return Boolean.parseBoolean(value) ? probability(f) : 1 - probability(f);
    }

    /**
     * The outcome whose probability differs most between these shares and another's: a flag by
     * its key, a broker as {@code ceasefire_broker=ID}. Ties go to the first in flag order, then
     * in brokers' alphabetical order, so the answer is the same on every machine.
     */
    public Move largestMove(Frequencies other) {
        Move most = new Move("", 0);
        for (Flag f : Flag.values()) {
            most = most.orLarger(f.key(), Math.abs(other.probability(f) - probability(f)));
        }
        TreeSet<String> ids = new TreeSet<>(brokers.keySet());
        ids.addAll(other.brokers.keySet());
        for (String id : ids) {
            most = most.orLarger(Validation.BROKER + "=" + id, Math.abs(other.brokerShare(id) - brokerShare(id)));
        }
        return most;
    }
}
