package casus.engine.sensitivity;

import casus.engine.batch.Quantiles;
import java.util.random.RandomGenerator;

/**
 * Variance-based sensitivity indices from Saltelli's scheme. With f̄ and V the mean and the
 * variance of f over the points of A and B together:
 *
 * <ul>
 *   <li>first order, S_i = (1/N) Σ_j (f(B)_j − f̄) · (f(A_B^(i))_j − f(A)_j) / V (Saltelli et al.
 *       2010, with f centred as SALib does): the share of the variance that input i causes alone.
 *       Without the centring the estimate carries a term f̄ · mean(f(A_B^(i)) − f(A)) whose
 *       expectation is 0 but whose spread grows with the outcome's mean, so that adding a
 *       constant to f would change it;
 *   <li>total, S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V (Jansen 1999): the share it causes
 *       alone or together with other inputs.
 * </ul>
 *
 * Both estimates are unchanged when a constant is added to f, and equal for f and 1 − f. Intervals
 * are bootstrap percentiles: the rows j are resampled with replacement and the indices recomputed,
 * each resample centred on its own mean.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /**
     * Point estimates of every input's indices, their 95% bootstrap percentile intervals and their
     * bootstrap standard errors.
     */
    public record Estimate(double variance, double[] first, double[] total, double[][] firstCi, double[][] totalCi, double[] firstSe,
            double[] totalSe) {
    }

    /** The indices, with {@code resamples} bootstrap resamples for their intervals. */
    public static Estimate estimate(Saltelli.Evaluations e, int resamples, RandomGenerator rng) {
        int n = e.n();
        int k = e.inputs();
        int[] identity = new int[n];
        for (int j = 0; j < n; j++) {
            identity[j] = j;
        }
        double[] first = new double[k];
        double[] total = new double[k];
        double variance = indices(e, identity, first, total);
        double[][] firstSamples = new double[k][resamples];
        double[][] totalSamples = new double[k][resamples];
        int[] rows = new int[n];
        double[] f = new double[k];
        double[] t = new double[k];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            indices(e, rows, f, t);
            for (int i = 0; i < k; i++) {
                firstSamples[i][r] = f[i];
                totalSamples[i][r] = t[i];
            }
        }
        double[][] firstCi = new double[k][];
        double[][] totalCi = new double[k][];
        double[] firstSe = new double[k];
        double[] totalSe = new double[k];
        for (int i = 0; i < k; i++) {
            firstSe[i] = deviation(firstSamples[i]);
            totalSe[i] = deviation(totalSamples[i]);
            firstCi[i] = interval(firstSamples[i]);
            totalCi[i] = interval(totalSamples[i]);
        }
        return new Estimate(variance, first, total, firstCi, totalCi, firstSe, totalSe);
    }

    /** Fills the indices over the given rows and returns the variance; NaN indices when f does not vary. */
    static double indices(Saltelli.Evaluations e, int[] rows, double[] first, double[] total) {
        int n = rows.length;
        double mean = 0;
        for (int j : rows) {
            mean += e.a()[j] + e.b()[j];
        }
        mean /= 2.0 * n;
        double variance = 0;
        for (int j : rows) {
            double da = e.a()[j] - mean;
            double db = e.b()[j] - mean;
            variance += da * da + db * db;
        }
        variance /= 2.0 * n;
        for (int i = 0; i < first.length; i++) {
            double[] ab = e.ab()[i];
            double s = 0;
            double st = 0;
            for (int j : rows) {
                s += (e.b()[j] - mean) * (ab[j] - e.a()[j]);
                double d = e.a()[j] - ab[j];
                st += d * d;
            }
            first[i] = variance > 0 ? s / n / variance : Double.NaN;
            total[i] = variance > 0 ? st / (2.0 * n) / variance : Double.NaN;
        }
        return variance;
    }

    private static double deviation(double[] samples) {
        double mean = 0;
        int n = 0;
        for (double x : samples) {
            if (!Double.isNaN(x)) {
                mean += x;
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        mean /= n;
        double ss = 0;
        for (double x : samples) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        return Math.sqrt(ss / (n - 1));
    }

    private static double[] interval(double[] samples) {
        int finite = 0;
        for (double x : samples) {
            if (!Double.isNaN(x)) {
                samples[finite++] = x;
            }
        }
        if (finite == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] kept = java.util.Arrays.copyOf(samples, finite);
        java.util.Arrays.sort(kept);
        return new double[] {Quantiles.ofSorted(kept, 0.025), Quantiles.ofSorted(kept, 0.975)};
    }
}
