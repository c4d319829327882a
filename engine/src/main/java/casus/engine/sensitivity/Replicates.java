package casus.engine.sensitivity;

import casus.engine.study.Study;

/**
 * A measure's value in each run of a study, summed per point in two halves: runs 0 to ⌊R/2⌋ − 1
 * and the rest. The halves share no seed, so their run-to-run noise is independent, while common
 * random numbers make each half's noise alike from point to point. Values are added in run order,
 * so the sums do not depend on how the runs were scheduled, nor on whether they are read from a
 * study's runs or from its {@code runs.csv}. NaN values (a metric a run did not produce) count as
 * runs but are left out of the sums.
 */
public final class Replicates {
    private final int split;
    private final long[] runs;
    private final long[][] count;
    private final double[][] sum;
    /** Every value by point and run, when kept; NaN for runs not added. */
    private final double[][] values;

    /** For {@code points} points of {@code runs} runs each; {@code keep} keeps every value too. */
    public Replicates(int points, int runs, boolean keep) {
        this.split = runs / 2;
        this.runs = new long[points];
        count = new long[2][points];
        sum = new double[2][points];
        values = keep ? new double[points][runs] : null;
        if (keep) {
            for (double[] v : values) {
                java.util.Arrays.fill(v, Double.NaN);
            }
        }
    }

    public Replicates(int points, int runs) {
        this(points, runs, false);
    }

    /** For the points and runs of a study. */
    public static Replicates of(Study study) {
        return new Replicates(study.design().size(), study.runs());
    }

    /** For the points and runs of a study, keeping every value. */
    public static Replicates keeping(Study study) {
        return new Replicates(study.design().size(), study.runs(), true);
    }

    /** Adds the value of run {@code run} (counted within its point) at a point. */
    public void add(int point, int run, double value) {
        runs[point]++;
        if (values != null) {
            values[point][run] = value;
        }
        if (Double.isNaN(value)) {
            return;
        }
        int h = run < split ? 0 : 1;
        count[h][point]++;
        sum[h][point] += value;
    }

    public int points() {
        return runs.length;
    }

    /** Runs added at a point. */
    public long runs(int point) {
        return runs[point];
    }

    /** The sum of the values at a point: for a probability, the runs at which it held. */
    public double sum(int point) {
        return sum[0][point] + sum[1][point];
    }

    /** The mean at a point, NaN without values. */
    public double mean(int point) {
        long n = count[0][point] + count[1][point];
        return n == 0 ? Double.NaN : sum(point) / n;
    }

    /** The mean at every point. */
    public double[] means() {
        double[] out = new double[runs.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = mean(p);
        }
        return out;
    }

    /** The value of each run at a point, NaN for a run without one; only when the values are kept. */
    public double[] values(int point) {
        if (values == null) {
            throw new IllegalStateException("these replicates keep no values");
        }
        return values[point].clone();
    }

    /** Whether every point has values in both halves, so that noise can be told from the inputs' effect. */
    public boolean split() {
        for (int p = 0; p < runs.length; p++) {
            if (count[0][p] == 0 || count[1][p] == 0) {
                return false;
            }
        }
        return true;
    }

    /** The mean of half {@code h} (0 or 1) at each point. */
    public double[] half(int h) {
        double[] out = new double[runs.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = count[h][p] == 0 ? Double.NaN : sum[h][p] / count[h][p];
        }
        return out;
    }
}
