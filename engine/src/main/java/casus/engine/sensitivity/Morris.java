package casus.engine.sensitivity;

import casus.engine.study.StudyException;
import java.util.random.RandomGenerator;

/**
 * Morris's elementary effects (Morris 1991; Campolongo, Cariboni and Saltelli 2007), for screening
 * many inputs at the cost of r·(k + 1) points. Each of r trajectories starts at a random point of
 * a grid of p levels per input, 0, 1/(p−1), ..., 1, and moves one input at a time, in a random
 * order, by Δ = p / (2(p − 1)) up, or down when up would leave the cube. Input i's elementary
 * effect in a trajectory is the change in f over its step divided by the step: the change in the
 * outcome per whole range of the input. Over the r trajectories:
 *
 * <ul>
 *   <li>μ* = mean |EE|: how much the input matters (Campolongo et al. 2007);
 *   <li>μ = mean EE: its direction, when the effects agree in sign;
 *   <li>σ = standard deviation of EE: how much its effect depends on where the other inputs are
 *       (interactions) or on its own level (a nonlinear effect).
 * </ul>
 *
 * Intervals are 95% bootstrap percentiles over trajectories resampled with replacement.
 */
public final class Morris {
    private Morris() {
    }

    /** The r·(k+1) points of r trajectories in the unit cube, trajectory by trajectory. */
    public static double[][] unitPoints(int r, int k, int levels, RandomGenerator rng) {
        if (r < 2 || k < 1) {
            throw new StudyException("Morris screening needs at least 2 trajectories and 1 input, got " + r + " and " + k);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new StudyException("--levels must be an even number of at least 2, got " + levels);
        }
        double delta = step(levels);
        double[][] points = new double[r * (k + 1)][];
        int[] order = new int[k];
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = rng.nextInt(levels) / (double) (levels - 1);
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            int row = t * (k + 1);
            points[row] = x.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                x[i] = x[i] + delta <= 1 + 1e-12 ? x[i] + delta : x[i] - delta;
                points[row + 1 + s] = x.clone();
            }
        }
        return points;
    }

    /** Δ for a grid of {@code levels} levels. */
    public static double step(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /** One input's screening measures. */
    public record Effects(SobolIndices.Index mean, SobolIndices.Index absoluteMean, SobolIndices.Index deviation) {
    }

    /**
     * Every input's μ, μ* and σ from f at the points of {@link #unitPoints}, with {@code resamples}
     * bootstrap resamples of the trajectories.
     */
    public static Effects[] estimate(double[][] points, double[] y, int k, int resamples, RandomGenerator rng) {
        int r = points.length / (k + 1);
        double[][] ee = elementaryEffects(points, y, k);
        double[][] point = measures(ee, identity(r));
        double[][][] samples = new double[3][k][resamples];
        int[] rows = new int[r];
        for (int b = 0; b < resamples; b++) {
            for (int t = 0; t < r; t++) {
                rows[t] = rng.nextInt(r);
            }
            double[][] m = measures(ee, rows);
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < k; i++) {
                    samples[c][i][b] = m[c][i];
                }
            }
        }
        Effects[] out = new Effects[k];
        for (int i = 0; i < k; i++) {
            out[i] = new Effects(SobolIndices.Index.of(point[0][i], samples[0][i]), SobolIndices.Index.of(point[1][i], samples[1][i]),
                    SobolIndices.Index.of(point[2][i], samples[2][i]));
        }
        return out;
    }

    /** {@code ee[t][i]}: input i's elementary effect in trajectory t. */
    static double[][] elementaryEffects(double[][] points, double[] y, int k) {
        int r = points.length / (k + 1);
        double[][] ee = new double[r][k];
        for (int t = 0; t < r; t++) {
            int row = t * (k + 1);
            for (int s = 0; s < k; s++) {
                double[] before = points[row + s];
                double[] after = points[row + s + 1];
                int moved = -1;
                for (int i = 0; i < k; i++) {
                    if (before[i] != after[i]) {
                        moved = i;
                    }
                }
                ee[t][moved] = (y[row + s + 1] - y[row + s]) / (after[moved] - before[moved]);
            }
        }
        return ee;
    }

    /** μ, μ* and σ of each input over the given trajectories. */
    private static double[][] measures(double[][] ee, int[] rows) {
        int k = ee[0].length;
        double[][] out = new double[3][k];
        for (int i = 0; i < k; i++) {
            double sum = 0;
            double abs = 0;
            for (int t : rows) {
                sum += ee[t][i];
                abs += Math.abs(ee[t][i]);
            }
            double mean = sum / rows.length;
            double ss = 0;
            for (int t : rows) {
                ss += (ee[t][i] - mean) * (ee[t][i] - mean);
            }
            out[0][i] = mean;
            out[1][i] = abs / rows.length;
            out[2][i] = Math.sqrt(ss / (rows.length - 1));
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int j = 0; j < n; j++) {
            rows[j] = j;
        }
        return rows;
    }
}
