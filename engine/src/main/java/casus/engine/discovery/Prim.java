package casus.engine.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Beta;

/**
 * Scenario discovery by the patient rule induction method (PRIM; Friedman and Fisher 1999, as
 * used in scenario discovery by Bryant and Lempert 2010): which ranges of the inputs hold the
 * runs in which an outcome of interest occurs.
 *
 * <p>Starting from the box that holds every run, each step peels off the {@code alpha} share of
 * runs at the low or the high end of one input, whichever cut leaves the box with the highest
 * density (share of runs of interest), until the box would hold fewer than {@code minMass} of the
 * runs. The boxes along the way form the peeling trajectory, from high coverage (the share of all
 * runs of interest inside) and low density to low coverage and high density. The box chosen is
 * the first on the trajectory whose density reaches {@code threshold}: the one of highest
 * coverage at that density. Its runs are then set aside and the search repeated on the others
 * (covering), up to {@code maxBoxes} boxes.
 *
 * <p>For each input a box restricts, a quasi-p-value says whether the restriction matters: the
 * chance, were the runs of the box without that restriction drawn at its density, of finding at
 * least as many runs of interest among as many runs as the box holds (a one-sided binomial test,
 * as EMA Workbench reports it). Large values mark restrictions that could be dropped.
 */
public final class Prim {
    private Prim() {
    }

    /** How the search runs. */
    public record Options(double alpha, double minMass, double threshold, int maxBoxes) {
        public static final double ALPHA = 0.05;
        public static final double MIN_MASS = 0.05;
        public static final int MAX_BOXES = 3;

        public Options {
            if (!(alpha > 0 && alpha < 0.5)) {
                throw new IllegalArgumentException("the peeling share must be in (0, 0.5), got " + alpha);
            }
            if (!(minMass > 0 && minMass < 1)) {
                throw new IllegalArgumentException("the least mass must be in (0, 1), got " + minMass);
            }
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("--threshold must be in (0, 1], got " + threshold);
            }
            if (maxBoxes < 1) {
                throw new IllegalArgumentException("--boxes must be at least 1, got " + maxBoxes);
            }
        }
    }

    /** One box on a peeling trajectory: its bounds on each input (inclusive) and what it holds. */
    public record Step(double[] low, double[] high, int runs, int hits, double coverage, double density, double mass) {
    }

    /** A restriction of a chosen box on one input, with its quasi-p-value. */
    public record Limit(int input, double low, double high, boolean lowCut, boolean highCut, double pValue) {
    }

    /**
     * A box found: the trajectory it was chosen from, which step, the inputs it restricts, and
     * whether its density reached the threshold (else it is the densest box of the trajectory and
     * the search stopped).
     */
    public record Box(List<Step> trajectory, int chosen, List<Limit> limits, boolean reached) {
        public Step box() {
            return trajectory.get(chosen);
        }
    }

    /** The boxes found, and the runs and runs of interest they were found among. */
    public record Result(List<Box> boxes, int runs, int hits, double[] min, double[] max) {
    }

    /** Searches the runs: {@code x[r][j]} is run r's value of input j, {@code y[r]} whether the outcome of interest occurred in it. */
    public static Result run(double[][] x, boolean[] y, Options o) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        int hits = 0;
        for (boolean b : y) {
            hits += b ? 1 : 0;
        }
        double[] min = new double[d];
        double[] max = new double[d];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
        }
        boolean[] left = new boolean[n];
        Arrays.fill(left, true);
        List<Box> boxes = new ArrayList<>();
        while (boxes.size() < o.maxBoxes()) {
            int[] rows = rows(left);
            if (count(rows, y) == 0) {
                break;
            }
            List<Step> trajectory = peel(x, y, rows, min, max, n, hits, o);
            int chosen = -1;
            for (int s = 0; s < trajectory.size() && chosen < 0; s++) {
                if (trajectory.get(s).density() >= o.threshold()) {
                    chosen = s;
                }
            }
            boolean reached = chosen >= 0;
            if (!reached) {
                chosen = 0;
                for (int s = 1; s < trajectory.size(); s++) {
                    if (trajectory.get(s).density() > trajectory.get(chosen).density()) {
                        chosen = s;
                    }
                }
            }
            Step box = trajectory.get(chosen);
            boxes.add(new Box(trajectory, chosen, limits(x, y, rows, box, min, max), reached));
            if (!reached) {
                break;
            }
            for (int r : rows) {
                if (inside(x[r], box.low(), box.high())) {
                    left[r] = false;
                }
            }
        }
        return new Result(boxes, n, hits, min, max);
    }

    private static List<Step> peel(double[][] x, boolean[] y, int[] start, double[] min, double[] max, int total, int totalHits, Options o) {
        int d = min.length;
        double[] low = min.clone();
        double[] high = max.clone();
        int[] rows = start;
        List<Step> trajectory = new ArrayList<>();
        trajectory.add(step(low, high, rows, y, total, totalHits));
        int least = (int) Math.ceil(o.minMass() * total);
        while (true) {
            int[] best = null;
            double bestDensity = -1;
            int bestInput = -1;
            boolean bestFromBelow = false;
            double bestBound = 0;
            for (int j = 0; j < d; j++) {
                double[] values = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    values[i] = x[rows[i]][j];
                }
                Arrays.sort(values);
                if (values.length == 0 || values[0] == values[values.length - 1]) {
                    continue;
                }
                for (boolean fromBelow : new boolean[] {true, false}) {
                    double bound = cut(values, o.alpha(), fromBelow);
                    int[] kept = keep(x, rows, j, bound, fromBelow);
                    if (kept.length < least || kept.length == rows.length) {
                        continue;
                    }
                    double density = (double) count(kept, y) / kept.length;
                    if (density > bestDensity || density == bestDensity && kept.length > best.length) {
                        best = kept;
                        bestDensity = density;
                        bestInput = j;
                        bestFromBelow = fromBelow;
                        bestBound = bound;
                    }
                }
            }
            if (best == null) {
                return trajectory;
            }
            low = low.clone();
            high = high.clone();
            if (bestFromBelow) {
                low[bestInput] = bestBound;
            } else {
                high[bestInput] = bestBound;
            }
            rows = best;
            trajectory.add(step(low, high, rows, y, total, totalHits));
        }
    }

    /**
     * The bound that peels about {@code alpha} of the sorted values from one end: the value at that
     * quantile, or the next value inward when ties would otherwise peel nothing. The box keeps
     * values at or above it (from below) or at or below it (from above).
     */
    private static double cut(double[] sorted, double alpha, boolean fromBelow) {
        int n = sorted.length;
        int at = Math.max(1, (int) Math.floor(alpha * n));
        if (fromBelow) {
            double bound = sorted[at];
            if (bound == sorted[0]) {
                int i = at;
                while (i < n && sorted[i] == sorted[0]) {
                    i++;
                }
                bound = i < n ? sorted[i] : sorted[0];
            }
            return bound;
        }
        double bound = sorted[n - 1 - at];
        if (bound == sorted[n - 1]) {
            int i = n - 1 - at;
            while (i >= 0 && sorted[i] == sorted[n - 1]) {
                i--;
            }
            bound = i >= 0 ? sorted[i] : sorted[n - 1];
        }
        return bound;
    }

    private static int[] keep(double[][] x, int[] rows, int j, double bound, boolean fromBelow) {
        int[] out = new int[rows.length];
        int n = 0;
        for (int r : rows) {
            double v = x[r][j];
            if (fromBelow ? v >= bound : v <= bound) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static List<Limit> limits(double[][] x, boolean[] y, int[] rows, Step box, double[] min, double[] max) {
        List<Limit> out = new ArrayList<>();
        for (int j = 0; j < min.length; j++) {
            boolean lowCut = box.low()[j] > min[j];
            boolean highCut = box.high()[j] < max[j];
            if (!lowCut && !highCut) {
                continue;
            }
            double[] low = box.low().clone();
            double[] high = box.high().clone();
            low[j] = min[j];
            high[j] = max[j];
            int n = 0;
            int k = 0;
            for (int r : rows) {
                if (inside(x[r], low, high)) {
                    n++;
                    k += y[r] ? 1 : 0;
                }
            }
            out.add(new Limit(j, box.low()[j], box.high()[j], lowCut, highCut, upperTail(box.hits(), box.runs(), n == 0 ? 0 : (double) k / n)));
        }
        return out;
    }

    /** P(X ≥ k) for X binomial with n trials of chance p. */
    static double upperTail(int k, int n, double p) {
        if (k <= 0) {
            return 1;
        }
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        return Beta.regularizedBeta(p, k, n - k + 1.0);
    }

    private static Step step(double[] low, double[] high, int[] rows, boolean[] y, int total, int totalHits) {
        int hits = count(rows, y);
        return new Step(low, high, rows.length, hits, totalHits == 0 ? Double.NaN : (double) hits / totalHits,
                rows.length == 0 ? Double.NaN : (double) hits / rows.length, (double) rows.length / total);
    }

    static boolean inside(double[] row, double[] low, double[] high) {
        for (int j = 0; j < row.length; j++) {
            if (row[j] < low[j] || row[j] > high[j]) {
                return false;
            }
        }
        return true;
    }

    private static int[] rows(boolean[] left) {
        int n = 0;
        for (boolean b : left) {
            n += b ? 1 : 0;
        }
        int[] out = new int[n];
        int i = 0;
        for (int r = 0; r < left.length; r++) {
            if (left[r]) {
                out[i++] = r;
            }
        }
        return out;
    }

    private static int count(int[] rows, boolean[] y) {
        int k = 0;
        for (int r : rows) {
            k += y[r] ? 1 : 0;
        }
        return k;
    }
}
