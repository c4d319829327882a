package casus.engine.sensitivity;

import casus.engine.batch.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Both estimates are unchanged when a constant is added to f, and equal for f and 1 − f.
 *
 * <p>When f at each point is a mean over seeded runs, it is the expected outcome μ plus noise.
 * The noise is part of V, and it enters every (f(A) − f(A_B^(i)))², so the indices above are
 * those of the noisy f: S_T too high, S₁ too low. Given each point's runs in two halves with
 * no seed in common (f₁, f₂, whose noise is independent), the <em>noise-free</em> indices
 * are those of μ (Hart, Alexanderian and Gremaud 2017, "Efficient computation of Sobol' indices
 * for stochastic models", SIAM/ASA J. Uncertainty Quantification 5, 1514–1530, define these as
 * the indices of the mean response and show the noise bias): every product pairs one half with
 * the other, so the noise drops out of its expectation.
 *
 * <ul>
 *   <li>V_μ = (1/2N) Σ_j [(f₁(A)_j − f̄₁)(f₂(A)_j − f̄₂) + (f₁(B)_j − f̄₁)(f₂(B)_j − f̄₂)];
 *   <li>S_i = (1/2N) Σ_j [(f₁(B)_j − f̄₁)(f₂(A_B^(i))_j − f₂(A)_j) + (f₂(B)_j − f̄₂)(f₁(A_B^(i))_j
 *       − f₁(A)_j)] / V_μ;
 *   <li>S_Ti = (1/2N) Σ_j (f₁(A)_j − f₁(A_B^(i))_j)(f₂(A)_j − f₂(A_B^(i))_j) / V_μ.
 * </ul>
 *
 * The noise share is 1 − V_μ / V, the part of f's variance over the points that chance makes. It is
 * not the spread of the runs at one point: common random numbers give every point's run i the
 * same seed, so much of that spread is alike at every point and moves f up or down everywhere at
 * once, which no index sees.
 *
 * <p>Intervals are 95% bootstrap percentiles: the rows j are resampled with replacement and
 * everything recomputed, each resample centred on its own means.
 */
public final class SobolIndices {
    /** A variance this small relative to the squared mean is taken for an outcome that does not vary. */
    static final double FLAT = 1e-12;

    private SobolIndices() {
    }

    /** Each point's runs in two halves with no seed in common. */
    public record Noise(Saltelli.Evaluations first, Saltelli.Evaluations second) {
        /** From the replicates of the points of a Saltelli design; null when some point lacks runs in either half. */
        public static Noise of(Replicates r, int inputs, boolean second) {
            if (!r.split()) {
                return null;
            }
            return new Noise(Saltelli.split(r.half(0), inputs, second), Saltelli.split(r.half(1), inputs, second));
        }

        public static Noise of(Replicates r, int inputs) {
            return of(r, inputs, false);
        }
    }

    /** A second-order index: the share of the variance inputs i and j cause together beyond what each causes alone. */
    public record Pair(int i, int j, Index index) {
    }

    /** An estimate with its 95% bootstrap percentile interval and bootstrap standard error; NaN throughout when undefined. */
    public record Index(double value, double[] ci, double se) {
        static final Index NONE = new Index(Double.NaN, new double[] {Double.NaN, Double.NaN}, Double.NaN);

        /** An estimate and its bootstrap replicates (NaN replicates left out). */
        static Index of(double value, double[] samples) {
            return new Index(value, interval(samples), deviation(samples));
        }
    }

    /**
     * Every input's indices of f as measured, and, when the runs allow, the noise share of V and
     * the noise-free indices of the expected outcome (else {@link Index#NONE}s and a NaN variance).
     */
    public record Estimate(double variance, Index[] first, Index[] total, Index noiseShare, double freeVariance, Index[] firstFree,
            Index[] totalFree, List<Pair> second) {
    }

    /** The indices of f alone, with {@code resamples} bootstrap resamples. */
    public static Estimate estimate(Saltelli.Evaluations e, int resamples, RandomGenerator rng) {
        return estimate(e, null, resamples, rng);
    }

    /** The indices, the noise share and the noise-free indices when {@code noise} is given (may be null). */
    public static Estimate estimate(Saltelli.Evaluations e, Noise noise, int resamples, RandomGenerator rng) {
        int n = e.n();
        int k = e.inputs();
        int[] rows = new int[n];
        for (int j = 0; j < n; j++) {
            rows[j] = j;
        }
        double[] point = statistics(e, noise, rows);
        double[][] samples = new double[point.length][resamples];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rng.nextInt(n);
            }
            double[] s = statistics(e, noise, rows);
            for (int c = 0; c < s.length; c++) {
                samples[c][r] = s[c];
            }
        }
        Index[] first = new Index[k];
        Index[] total = new Index[k];
        Index[] firstFree = new Index[k];
        Index[] totalFree = new Index[k];
        for (int i = 0; i < k; i++) {
            first[i] = index(point, samples, 1 + i);
            total[i] = index(point, samples, 1 + k + i);
            firstFree[i] = noise == null ? Index.NONE : index(point, samples, 3 + 2 * k + i);
            totalFree[i] = noise == null ? Index.NONE : index(point, samples, 3 + 3 * k + i);
        }
        Index share = noise == null ? Index.NONE : index(point, samples, 1 + 2 * k);
        List<Pair> pairs = new ArrayList<>();
        if (e.ba() != null) {
            int c = 3 + 4 * k;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    pairs.add(new Pair(i, j, index(point, samples, c++)));
                }
            }
        }
        return new Estimate(point[0], first, total, share, noise == null ? Double.NaN : point[2 + 2 * k], firstFree, totalFree, List.copyOf(pairs));
    }

    /**
     * Everything estimated over the given rows: V, each S_i, each S_Ti, the noise share, V_μ, each
     * noise-free S_i and S_Ti (the last four NaN without noise). NaN indices when f does not vary.
     */
    static double[] statistics(Saltelli.Evaluations e, Noise noise, int[] rows) {
        int k = e.inputs();
        double[] out = new double[3 + 4 * k + (e.ba() == null ? 0 : k * (k - 1) / 2)];
        Arrays.fill(out, Double.NaN);
        double mean = mean(e, rows);
        double variance = covariance(e, mean, e, mean, rows);
        if (variance <= FLAT * Math.max(1, mean * mean)) {
            // What is left is the rounding of means that are equal in truth: nothing to share.
            variance = 0;
        }
        out[0] = variance;
        for (int i = 0; i < k; i++) {
            double[] ab = e.ab()[i];
            double s = 0;
            double st = 0;
            for (int j : rows) {
                s += (e.b()[j] - mean) * (ab[j] - e.a()[j]);
                double d = e.a()[j] - ab[j];
                st += d * d;
            }
            out[1 + i] = ratio(s / rows.length, variance);
            out[1 + k + i] = ratio(st / (2.0 * rows.length), variance);
        }
        if (e.ba() != null) {
            second(e, mean, variance, rows, out, 3 + 4 * k);
        }
        if (noise == null) {
            return out;
        }
        Saltelli.Evaluations f1 = noise.first();
        Saltelli.Evaluations f2 = noise.second();
        double m1 = mean(f1, rows);
        double m2 = mean(f2, rows);
        double free = covariance(f1, m1, f2, m2, rows);
        out[1 + 2 * k] = variance > 0 ? 1 - free / variance : Double.NaN;
        out[2 + 2 * k] = free;
        for (int i = 0; i < k; i++) {
            double s = 0;
            double st = 0;
            for (int j : rows) {
                s += (f1.b()[j] - m1) * (f2.ab()[i][j] - f2.a()[j]) + (f2.b()[j] - m2) * (f1.ab()[i][j] - f1.a()[j]);
                st += (f1.a()[j] - f1.ab()[i][j]) * (f2.a()[j] - f2.ab()[i][j]);
            }
            out[3 + 2 * k + i] = ratio(s / (2.0 * rows.length), free);
            out[3 + 3 * k + i] = ratio(st / (2.0 * rows.length), free);
        }
        return out;
    }

    /**
     * Each pair's second-order index from the centred outcome (Saltelli 2002, as SALib computes
     * it): V_ij = (1/N) Σ [(f(B_A^(i)) − f̄)(f(A_B^(j)) − f̄) − (f(A) − f̄)(f(B) − f̄)] / V, the closed
     * index of i and j together, less S_i and S_j.
     */
    private static void second(Saltelli.Evaluations e, double mean, double variance, int[] rows, double[] out, int from) {
        int k = e.inputs();
        int c = from;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double v = 0;
                for (int r : rows) {
                    v += (e.ba()[i][r] - mean) * (e.ab()[j][r] - mean) - (e.a()[r] - mean) * (e.b()[r] - mean);
                }
                out[c++] = ratio(v / rows.length, variance) - out[1 + i] - out[1 + j];
            }
        }
    }

    private static double mean(Saltelli.Evaluations e, int[] rows) {
        double m = 0;
        for (int j : rows) {
            m += e.a()[j] + e.b()[j];
        }
        return m / (2.0 * rows.length);
    }

    /** The covariance of two evaluations over the points of A and B, about the given means. */
    private static double covariance(Saltelli.Evaluations x, double mx, Saltelli.Evaluations y, double my, int[] rows) {
        double c = 0;
        for (int j : rows) {
            c += (x.a()[j] - mx) * (y.a()[j] - my) + (x.b()[j] - mx) * (y.b()[j] - my);
        }
        return c / (2.0 * rows.length);
    }

    private static double ratio(double part, double whole) {
        return whole > 0 ? part / whole : Double.NaN;
    }

    private static Index index(double[] point, double[][] samples, int c) {
        return Index.of(point[c], samples[c]);
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
        double[] kept = Arrays.stream(samples).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (kept.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Quantiles.ofSorted(kept, 0.025), Quantiles.ofSorted(kept, 0.975)};
    }
}
