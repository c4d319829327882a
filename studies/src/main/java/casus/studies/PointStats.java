package casus.studies;

import casus.engine.batch.Wilson;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.study.Distribution;
import casus.engine.study.Tally;

/**
 * What a summary says about one point: its parameter values, runs, how often each flag was
 * raised and how often each broker code came out (slot {@link casus.engine.run.Outcome#brokerSlot}: a
 * direct agreement, none, then each actor), each metric's mean and 5th, 50th
 * and 95th percentiles, and the standard error of each metric's mean.
 */
public record PointStats(int point, double[] values, long runs, long[] flags, long[] brokers, double[][] metrics, double[] meanErrors) {
    /** The quantiles a summary gives, after the mean. */
    public static final double[] QUANTILES = {0.05, 0.5, 0.95};

    public static PointStats of(int point, double[] values, Tally t) {
        long[] flags = new long[Flag.COUNT];
        for (Flag f : Flag.values()) {
            flags[f.ordinal()] = t.count(f);
        }
        long[] brokers = new long[casus.engine.run.Outcome.brokerCodes(t.actors())];
        for (int a = casus.engine.run.Outcome.DIRECT; a < t.actors(); a++) {
            brokers[casus.engine.run.Outcome.brokerSlot(a)] = t.brokerCount(a);
        }
        double[][] metrics = new double[Metric.COUNT][];
        double[] errors = new double[Metric.COUNT];
        for (Metric m : Metric.values()) {
            Distribution d = t.metric(m);
            errors[m.ordinal()] = d.standardError();
            double[] row = new double[1 + QUANTILES.length];
            row[0] = d.mean();
            for (int q = 0; q < QUANTILES.length; q++) {
                row[q + 1] = d.percentile(QUANTILES[q]);
            }
            metrics[m.ordinal()] = row;
        }
        return new PointStats(point, values, t.runs(), flags, brokers, metrics, errors);
    }

    /** The 95% interval of a metric's mean, mean ± 1.96 standard errors (NaN with fewer than two values). */
    public double[] meanInterval(Metric m) {
        double mean = metrics[m.ordinal()][0];
        double half = Wilson.Z95 * meanErrors[m.ordinal()];
        return new double[] {mean - half, mean + half};
    }

    /** The point without its metrics: what a plot of shares keeps of each point it draws. */
    public PointStats counts() {
        return new PointStats(point, values, runs, flags, brokers, new double[0][], new double[0]);
    }

    /** Runs that raised a flag, or whose ceasefire had a broker code, by {@link Outcomes} index. */
    public long count(Outcomes.Outcome o) {
        return o.flag() != null ? flags[o.flag().ordinal()] : brokers[casus.engine.run.Outcome.brokerSlot(o.broker())];
    }
}
