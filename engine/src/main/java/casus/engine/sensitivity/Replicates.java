package casus.engine.sensitivity;

/**
 * The runs at each point of a design, kept as two halves: runs 0 to ⌊R/2⌋ − 1 and the rest. The
 * halves share no seed, so their run-to-run noise is independent, while common random numbers
 * make each half's noise alike from point to point. Each half keeps its count and mean, fed in
 * run order so the result does not depend on how the runs were scheduled. NaN values (a metric a
 * run did not produce) are left out.
 */
public final class Replicates {
    private final int split;
    private final long[][] count;
    private final double[][] mean;

    /** For {@code points} points of {@code runs} runs each. */
    public Replicates(int points, int runs) {
        this.split = runs / 2;
        count = new long[2][points];
        mean = new double[2][points];
    }

    /** Adds the value of run {@code run} (counted within its point) at a point. */
    public void add(int point, int run, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        int h = run < split ? 0 : 1;
        long n = ++count[h][point];
        mean[h][point] += (value - mean[h][point]) / n;
    }

    /** Whether every point has runs in both halves, so that noise can be told from the inputs' effect. */
    public boolean split() {
        for (int p = 0; p < count[0].length; p++) {
            if (count[0][p] == 0 || count[1][p] == 0) {
                return false;
            }
        }
        return true;
    }

    /** The mean of half {@code h} (0 or 1) at each point. */
    public double[] half(int h) {
        return mean[h].clone();
    }
}
