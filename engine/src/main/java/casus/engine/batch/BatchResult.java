package casus.engine.batch;

import casus.engine.model.Setting;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcomes of a batch, run by run and summarised: each flag's probability with its Wilson
 * interval, the distribution of ceasefire brokers, and each metric's mean and percentiles.
 */
public final class BatchResult {
    private final Setting setting;
    private final long seed;
    private final long[] flags;
    private final int[] brokers;
    private final double[][] metrics;
    private final double seconds;

    BatchResult(Setting setting, long seed, long[] flags, int[] brokers, double[][] metrics, double seconds) {
        this.setting = setting;
        this.seed = seed;
        this.flags = flags;
        this.brokers = brokers;
        this.metrics = metrics;
        this.seconds = seconds;
    }

    public Setting setting() {
        return setting;
    }

    public long seed() {
        return seed;
    }

    public int runs() {
        return flags.length;
    }

    /** Wall-clock seconds the batch took: the one figure that varies between reruns. */
    public double seconds() {
        return seconds;
    }

    public double runsPerSecond() {
        return seconds <= 0 ? 0 : runs() / seconds;
    }

    public long count(Flag f) {
        long n = 0;
        long bit = 1L << f.ordinal();
        for (long x : flags) {
            if ((x & bit) != 0) {
                n++;
            }
        }
        return n;
    }

    public double probability(Flag f) {
        return runs() == 0 ? 0 : (double) count(f) / runs();
    }

    public double[] interval(Flag f) {
        return Wilson.interval(count(f), runs());
    }

    /** How many runs ended with each broker, by id ("none" included, "direct" for ceasefires agreed between the parties), in actor order. */
    public Map<String, Long> brokers() {
        long[] counts = new long[Outcome.brokerCodes(setting.actorCount())];
        for (int b : brokers) {
            counts[Outcome.brokerSlot(b)]++;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        out.put(Outcome.NO_BROKER, counts[Outcome.brokerSlot(Outcome.NONE)]);
        for (int a = Outcome.DIRECT; a < setting.actorCount(); a++) {
            if (a != Outcome.NONE && counts[Outcome.brokerSlot(a)] > 0) {
                out.put(Outcome.brokerName(a, setting::actorId), counts[Outcome.brokerSlot(a)]);
            }
        }
        return out;
    }

    /** The share of runs whose outcome {@code name} took the value {@code value}. */
    public double probabilityOf(String name, String value) {
        if (name.equals("ceasefire_broker")) {
            return runs() == 0 ? 0 : (double) brokers().getOrDefault(value, 0L) / runs();
        }
        Flag f = Flag.byKey(name);
        if (f == null) {
            throw new IllegalArgumentException("unknown outcome " + name);
        }
        double p = probability(f);
        return Boolean.parseBoolean(value) ? p : 1 - p;
    }

    public double mean(Metric m) {
        double sum = 0;
        for (double[] run : metrics) {
            sum += run[m.ordinal()];
        }
        return runs() == 0 ? Double.NaN : sum / runs();
    }

    public double percentile(Metric m, double q) {
        double[] values = new double[runs()];
        for (int i = 0; i < values.length; i++) {
            values[i] = metrics[i][m.ordinal()];
        }
        Arrays.sort(values);
        return Quantiles.ofSorted(values, q);
    }

    /** The flags of run {@code i}, as a bit set over {@link Flag} ordinals. */
    public long flags(int i) {
        return flags[i];
    }

    public int broker(int i) {
        return brokers[i];
    }

    public double metric(int i, Metric m) {
        return metrics[i][m.ordinal()];
    }
}
