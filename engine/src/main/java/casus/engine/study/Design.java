package casus.engine.study;

import casus.engine.model.Parameter;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The parameter points of a study: the factors it varies and, for each point, their values in
 * factor order. A study with no factors has one point, the scenario as it stands.
 */
public final class Design {
    /**
     * The most points a design may have. A study's memory does not grow with its runs but does
     * with its points: each keeps a summary of about a kilobyte.
     */
    public static final int MAX_POINTS = 1_000_000;

    private final List<Factor> factors;
    private final double[][] points;

    private Design(List<Factor> factors, double[][] points) {
        if (points.length > MAX_POINTS) {
            throw new StudyException("a study of " + points.length + " points is more than " + MAX_POINTS);
        }
        this.factors = List.copyOf(factors);
        this.points = points;
    }

    /** One point, no factors. */
    public static Design single() {
        return new Design(List.of(), new double[][] {{}});
    }

    /** Points given outright, each checked against its factor's range. */
    public static Design of(List<Factor> factors, double[][] points) {
        for (double[] point : points) {
            if (point.length != factors.size()) {
                throw new StudyException("a point of " + point.length + " values for " + factors.size() + " factors");
            }
            for (int j = 0; j < point.length; j++) {
                Factor.check(factors.get(j).parameter(), point[j], "point of");
            }
        }
        return new Design(factors, points.clone());
    }

    /** The cross product of sweeps; the first sweep varies slowest. */
    public static Design grid(Setting setting, List<Sweep> sweeps) {
        List<Factor> factors = new ArrayList<>();
        List<double[]> axes = new ArrayList<>();
        long size = 1;
        for (Sweep s : sweeps) {
            Parameter p = Parameters.require(setting, s.path());
            List<BigDecimal> values = s.values();
            double[] axis = new double[values.size()];
            for (int i = 0; i < axis.length; i++) {
                axis[i] = values.get(i).doubleValue();
                Factor.check(p, axis[i], "--sweep");
            }
            factors.add(new Factor(p, Factor.How.SWEPT));
            axes.add(axis);
            size *= axis.length;
            if (size > MAX_POINTS) {
                throw new StudyException("the sweeps' cross product has more than " + MAX_POINTS + " points");
            }
        }
        double[][] points = new double[(int) size][factors.size()];
        for (int i = 0; i < size; i++) {
            long rest = i;
            for (int j = factors.size() - 1; j >= 0; j--) {
                double[] axis = axes.get(j);
                points[i][j] = axis[(int) (rest % axis.length)];
                rest /= axis.length;
            }
        }
        return new Design(factors, points);
    }

    /**
     * {@code n} points by Latin hypercube over the samples' ranges. A whole-number parameter's
     * value is rounded to the nearest whole number.
     */
    public static Design latin(Setting setting, List<Sample> samples, int n, RandomGenerator rng) {
        return sampled(setting, samples, n, LatinHypercube.unit(n, samples.size(), rng));
    }

    /**
     * {@code n} points of a digitally shifted Sobol' sequence over the samples' ranges, rounded as
     * by {@link #latin}.
     */
    public static Design sobol(Setting setting, List<Sample> samples, int n, RandomGenerator rng) {
        return sampled(setting, samples, n, SobolSequence.unit(n, samples.size(), rng));
    }

    private static Design sampled(Setting setting, List<Sample> samples, int n, double[][] unit) {
        List<Factor> factors = new ArrayList<>();
        for (Sample s : samples) {
            Parameter p = Parameters.require(setting, s.path());
            Factor.check(p, s.from().doubleValue(), "--sample");
            Factor.check(p, s.to().doubleValue(), "--sample");
            factors.add(new Factor(p, Factor.How.SAMPLED));
        }
        double[][] points = new double[n][samples.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < samples.size(); j++) {
                double lo = samples.get(j).from().doubleValue();
                double hi = samples.get(j).to().doubleValue();
                double v = lo + (hi - lo) * unit[i][j];
                if (factors.get(j).parameter().kind() == Parameter.Kind.INTEGER) {
                    v = Math.rint(v);
                }
                points[i][j] = Math.min(hi, Math.max(lo, v));
            }
        }
        return new Design(factors, points);
    }

    /** Every point of {@code outer} with every point of {@code inner}; {@code outer} varies slowest. */
    public static Design cross(Design outer, Design inner) {
        List<Factor> factors = new ArrayList<>(outer.factors);
        factors.addAll(inner.factors);
        Set<String> seen = new HashSet<>();
        for (Factor f : factors) {
            if (!seen.add(f.path())) {
                throw new StudyException(f.path() + " is varied twice");
            }
        }
        long size = (long) outer.size() * inner.size();
        if (size > MAX_POINTS) {
            throw new StudyException("a study of " + size + " points is more than " + MAX_POINTS);
        }
        double[][] points = new double[(int) size][];
        int n = 0;
        for (double[] a : outer.points) {
            for (double[] b : inner.points) {
                double[] p = new double[a.length + b.length];
                System.arraycopy(a, 0, p, 0, a.length);
                System.arraycopy(b, 0, p, a.length, b.length);
                points[n++] = p;
            }
        }
        return new Design(factors, points);
    }

    public List<Factor> factors() {
        return factors;
    }

    public int size() {
        return points.length;
    }

    /** The values of point {@code i}, in factor order. */
    public double[] point(int i) {
        return points[i].clone();
    }

    public double value(int point, int factor) {
        return points[point][factor];
    }
}
