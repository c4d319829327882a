package casus.engine.study;

import casus.engine.run.Metric;

/**
 * The results of consecutive runs at one point, as a worker produced them: each run's seed,
 * flags, broker and metrics, and the facts it drew. {@link #text()} holds what an encoder made of
 * the block on the worker (rows of a file, say), so that formatting runs in parallel too.
 */
public final class Block {
    final int point;
    final long first;
    final int runInPoint;
    final long[] seeds;
    final long[] flags;
    final int[] brokers;
    final double[] metrics;
    final double[] drawn;
    final int drawnCount;
    /** Each recording run's daily indicators, day by day, or null for a run that records none. */
    final double[][] daily;
    String text;

    Block(int point, long first, int runInPoint, int size, int drawnCount) {
        this.point = point;
        this.first = first;
        this.runInPoint = runInPoint;
        this.drawnCount = drawnCount;
        seeds = new long[size];
        flags = new long[size];
        brokers = new int[size];
        metrics = new double[size * Metric.COUNT];
        drawn = new double[size * drawnCount];
        daily = new double[size][];
    }

    public int point() {
        return point;
    }

    /** How many runs. */
    public int size() {
        return seeds.length;
    }

    /** The study-wide index of run {@code i} of the block. */
    public long index(int i) {
        return first + i;
    }

    /** The index within its point of run {@code i} of the block. */
    public int run(int i) {
        return runInPoint + i;
    }

    public long seed(int i) {
        return seeds[i];
    }

    /** Run {@code i}'s flags as a bit set over {@link casus.engine.run.Flag} ordinals. */
    public long flags(int i) {
        return flags[i];
    }

    /** Run {@code i}'s ceasefire broker, an actor index, or -1 for none. */
    public int broker(int i) {
        return brokers[i];
    }

    public double metric(int i, Metric m) {
        return metrics[i * Metric.COUNT + m.ordinal()];
    }

    /** The value run {@code i} drew for the {@code k}-th of {@link Study#drawn()}. */
    public double drawn(int i, int k) {
        return drawn[i * drawnCount + k];
    }

    /**
     * Run {@code i}'s daily indicators: {@link casus.engine.run.Daily#COUNT} values for each day
     * it ran, day 0 first; null when the run recorded none.
     */
    public double[] daily(int i) {
        return daily[i];
    }

    public String text() {
        return text;
    }
}
