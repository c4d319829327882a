package casus.engine.sensitivity;

import casus.engine.study.SobolSequence;
import java.util.random.RandomGenerator;

/**
 * Saltelli's sampling scheme for variance-based sensitivity: two independent N × k matrices A
 * and B of uniform points in the unit cube, and for each input i the matrix A_B^(i), A with its
 * column i taken from B. The model is evaluated at N·(k + 2) points, laid out row by row: for
 * each row j, A_j, then B_j, then A_B^(1)_j ... A_B^(k)_j. The rows of A and B are either plain
 * Monte Carlo draws, independent of each other as the bootstrap over rows assumes, or the first N
 * points of a digitally shifted Sobol' sequence in 2k dimensions (A its first k coordinates, B the
 * others, as Saltelli 2002 and SALib lay them out), which fill the box more evenly and give
 * estimates of smaller error; their rows are not independent, which makes the bootstrap intervals
 * wider than they need be rather than narrower.
 */
public final class Saltelli {
    private Saltelli() {
    }

    /** How the rows of A and B are drawn. */
    public enum Points {
        /** A digitally shifted Sobol' sequence. */
        SOBOL,
        /** Independent uniform draws. */
        RANDOM
    }

    /** The N·(k+2) points of the scheme in the unit cube, A and B from plain Monte Carlo draws. */
    public static double[][] unitPoints(int n, int k, RandomGenerator rng) {
        return unitPoints(n, k, Points.RANDOM, rng);
    }

    /** The N·(k+2) points of the scheme in the unit cube. */
    public static double[][] unitPoints(int n, int k, Points how, RandomGenerator rng) {
        return unitPoints(n, k, how, false, rng);
    }

    /** Points in a row of the scheme: A, B, each A_B^(i) and, for second-order indices, each B_A^(i). */
    public static int perRow(int k, boolean second) {
        return second ? 2 * k + 2 : k + 2;
    }

    /**
     * The points of the scheme in the unit cube; with {@code second}, each row also holds B_A^(i),
     * B with its column i from A (Saltelli 2002), for N·(2k+2) points in all.
     */
    public static double[][] unitPoints(int n, int k, Points how, boolean second, RandomGenerator rng) {
        if (n < 2 || k < 1) {
            throw new IllegalArgumentException("Saltelli sampling needs at least 2 samples and 1 input, got " + n + " and " + k);
        }
        double[][] sobol = how == Points.SOBOL ? SobolSequence.unit(n, 2 * k, rng) : null;
        int width = perRow(k, second);
        double[][] points = new double[n * width][];
        for (int j = 0; j < n; j++) {
            double[] a = new double[k];
            double[] b = new double[k];
            if (sobol != null) {
                System.arraycopy(sobol[j], 0, a, 0, k);
                System.arraycopy(sobol[j], k, b, 0, k);
            } else {
                for (int i = 0; i < k; i++) {
                    a[i] = rng.nextDouble();
                }
                for (int i = 0; i < k; i++) {
                    b[i] = rng.nextDouble();
                }
            }
            int row = j * width;
            points[row] = a;
            points[row + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points[row + 2 + i] = ab;
                if (second) {
                    double[] ba = b.clone();
                    ba[i] = a[i];
                    points[row + 2 + k + i] = ba;
                }
            }
        }
        return points;
    }

    /** Splits model values laid out as {@link #unitPoints} into f(A), f(B) and f(A_B^(i)). */
    public static Evaluations split(double[] y, int k) {
        return split(y, k, false);
    }

    /** Splits model values into f(A), f(B), f(A_B^(i)) and, with {@code second}, f(B_A^(i)). */
    public static Evaluations split(double[] y, int k, boolean second) {
        int width = perRow(k, second);
        if (y.length % width != 0) {
            throw new IllegalArgumentException(y.length + " values do not fit rows of " + width);
        }
        int n = y.length / width;
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[k][n];
        double[][] fba = second ? new double[k][n] : null;
        for (int j = 0; j < n; j++) {
            int row = j * width;
            fa[j] = y[row];
            fb[j] = y[row + 1];
            for (int i = 0; i < k; i++) {
                fab[i][j] = y[row + 2 + i];
                if (second) {
                    fba[i][j] = y[row + 2 + k + i];
                }
            }
        }
        return new Evaluations(fa, fb, fab, fba);
    }

    /** Model values at the points of Saltelli's scheme; {@code ba} null without second-order points. */
    public record Evaluations(double[] a, double[] b, double[][] ab, double[][] ba) {
        public Evaluations(double[] a, double[] b, double[][] ab) {
            this(a, b, ab, null);
        }

        public int n() {
            return a.length;
        }

        public int inputs() {
            return ab.length;
        }
    }
}
