package casus.engine.study;

import casus.engine.batch.Wilson;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;

/**
 * Where one observed outcome (a recorded game's, say) falls among a study's runs: for each flag
 * and for the broker, the share of runs that came out the same way; for each metric, the share
 * of runs below the observed value and the share equal to it. Counts only, so that it depends
 * on the set of runs and not on their order.
 */
public final class Placement {
    private final Outcome observed;
    private final long[] sameFlag = new long[Flag.COUNT];
    private final long[] below = new long[Metric.COUNT];
    private final long[] equal = new long[Metric.COUNT];
    private long sameBroker;
    private long runs;

    public Placement(Outcome observed) {
        this.observed = observed;
    }

    public Outcome observed() {
        return observed;
    }

    public void add(Block b) {
        for (int i = 0; i < b.size(); i++) {
            runs++;
            long differs = b.flags(i) ^ observed.flags();
            for (Flag f : Flag.values()) {
                if ((differs & (1L << f.ordinal())) == 0) {
                    sameFlag[f.ordinal()]++;
                }
            }
            if (b.broker(i) == observed.broker()) {
                sameBroker++;
            }
            for (Metric m : Metric.values()) {
                double x = b.metric(i, m);
                double o = observed.metric(m);
                if (x < o) {
                    below[m.ordinal()]++;
                } else if (x == o) {
                    equal[m.ordinal()]++;
                }
            }
        }
    }

    public long runs() {
        return runs;
    }

    /** The share of runs whose flag came out as the observed one did. */
    public double sameAs(Flag f) {
        return share(sameFlag[f.ordinal()]);
    }

    /** The 95% Wilson interval of {@link #sameAs(Flag)}. */
    public double[] sameAsInterval(Flag f) {
        return Wilson.interval(sameFlag[f.ordinal()], runs);
    }

    /** The share of runs with the observed broker (or with none, when there was none). */
    public double sameBroker() {
        return share(sameBroker);
    }

    public double[] sameBrokerInterval() {
        return Wilson.interval(sameBroker, runs);
    }

    /** The share of runs whose metric fell below the observed value. */
    public double below(Metric m) {
        return share(below[m.ordinal()]);
    }

    /** The share of runs whose metric equalled the observed value. */
    public double equal(Metric m) {
        return share(equal[m.ordinal()]);
    }

    /**
     * The observed value's percentile rank among the runs, counting ties as half below: 0 when
     * every run came out higher, 100 when every run came out lower.
     */
    public double percentileRank(Metric m) {
        return runs == 0 ? Double.NaN : 100.0 * (below[m.ordinal()] + 0.5 * equal[m.ordinal()]) / runs;
    }

    private double share(long k) {
        return runs == 0 ? Double.NaN : (double) k / runs;
    }
}
