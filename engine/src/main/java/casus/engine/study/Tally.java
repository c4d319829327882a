package casus.engine.study;

import casus.engine.batch.Wilson;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;

/**
 * What the runs at one parameter point came to, accumulated run by run in bounded memory: how
 * many runs, how often each flag was raised, who brokered the ceasefire, and each metric's
 * {@link Distribution}. Tallies of disjoint runs merge exactly, in any order and grouping.
 */
public final class Tally {
    private long runs;
    private final long[] flags = new long[Flag.COUNT];
    private final long[] brokers;
    private final Distribution[] metrics = new Distribution[Metric.COUNT];

    /** An empty tally for a scenario with {@code actors} actors (the possible brokers). */
    public Tally(int actors) {
        brokers = new long[Outcome.brokerCodes(actors)];
        for (int m = 0; m < metrics.length; m++) {
            metrics[m] = new Distribution();
        }
    }

    public void add(Outcome o) {
        add(o.flags(), o.broker(), o.metrics());
    }

    /** Adds one run: its flags as a bit set over {@link Flag} ordinals, its broker code (an actor, {@link Outcome#NONE} or {@link Outcome#DIRECT}), its metrics. */
    public void add(long flagBits, int broker, double[] metricValues) {
        runs++;
        for (int f = 0; f < flags.length; f++) {
            flags[f] += (flagBits >>> f) & 1;
        }
        brokers[Outcome.brokerSlot(broker)]++;
        for (int m = 0; m < metrics.length; m++) {
            metrics[m].add(metricValues[m]);
        }
    }

    /** Adds the runs of another tally of the same scenario. */
    public void merge(Tally other) {
        if (other.brokers.length != brokers.length) {
            throw new IllegalArgumentException("tallies of scenarios with " + actors() + " and " + other.actors()
                    + " actors cannot merge");
        }
        runs += other.runs;
        for (int f = 0; f < flags.length; f++) {
            flags[f] += other.flags[f];
        }
        for (int b = 0; b < brokers.length; b++) {
            brokers[b] += other.brokers[b];
        }
        for (int m = 0; m < metrics.length; m++) {
            metrics[m].merge(other.metrics[m]);
        }
    }

    public long runs() {
        return runs;
    }

    public int actors() {
        return brokers.length - Outcome.brokerCodes(0);
    }

    public long count(Flag f) {
        return flags[f.ordinal()];
    }

    public double probability(Flag f) {
        return runs == 0 ? Double.NaN : (double) count(f) / runs;
    }

    /** The 95% Wilson interval of a flag's probability. */
    public double[] interval(Flag f) {
        return Wilson.interval(count(f), runs);
    }

    /** Runs whose ceasefire an actor brokered; a broker code ({@link Outcome#NONE}, {@link Outcome#DIRECT}) counts those runs. */
    public long brokerCount(int actor) {
        return brokers[Outcome.brokerSlot(actor)];
    }

    public Distribution metric(Metric m) {
        return metrics[m.ordinal()];
    }

    /** Sets the counts directly, for restoring a saved tally. */
    void restore(long runCount, long[] flagCounts, long[] brokerCounts, Distribution[] distributions) {
        runs = runCount;
        System.arraycopy(flagCounts, 0, flags, 0, flags.length);
        System.arraycopy(brokerCounts, 0, brokers, 0, brokers.length);
        System.arraycopy(distributions, 0, metrics, 0, metrics.length);
    }
}
