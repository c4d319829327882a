package casus.studies;

import casus.engine.batch.Wilson;
import casus.engine.run.Flag;
import casus.engine.study.ExactSum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The curves of an outcome's probability against one factor, each point a pooled share of runs
 * with its 95% Wilson interval. A swept factor gives one curve per combination of the other
 * factors when there are at most {@link #MAX_CURVES}, else one curve pooled over them. A sampled
 * factor gives one curve over {@link #SAMPLED_BINS} bins of equal count along its values, pooled
 * over everything else, with each point's own share as a scatter (at most {@link #MAX_SCATTER} of
 * them, evenly spaced in point order).
 *
 * <p>A {@link Gatherer} takes the points one at a time and keeps counts per value of the factor,
 * not per point, so that a study's plots need no more memory for a million points than for ten.
 */
public final class Curves {
    public static final int MAX_CURVES = 6;
    public static final int SAMPLED_BINS = 10;
    public static final int MAX_SCATTER = 10_000;

    private Curves() {
    }

    /** One curve: its name, and x, p and the interval at each of its points. */
    public record Curve(String name, double[] x, double[] p, double[] lo, double[] hi) {
    }

    /** The runs and outcome counts pooled over some points. */
    private static final class Counts {
        long runs;
        final long[] flags = new long[Flag.COUNT];
        long[] brokers = new long[0];

        void add(PointStats p) {
            runs += p.runs();
            for (int f = 0; f < flags.length; f++) {
                flags[f] += p.flags()[f];
            }
            if (brokers.length < p.brokers().length) {
                brokers = Arrays.copyOf(brokers, p.brokers().length);
            }
            for (int b = 0; b < p.brokers().length; b++) {
                brokers[b] += p.brokers()[b];
            }
        }

        long count(Outcomes.Outcome o) {
            if (o.flag() != null) {
                return flags[o.flag().ordinal()];
            }
            int slot = casus.engine.run.Outcome.brokerSlot(o.broker());
            return slot < brokers.length ? brokers[slot] : 0;
        }
    }

    /** One factor's curves, gathered point by point, in point order. */
    public static final class Gatherer {
        private final List<String> factors;
        private final int factor;
        private final boolean swept;
        private final TreeMap<Double, Counts> pooled = new TreeMap<>();
        private Map<String, TreeMap<Double, Counts>> groups = new LinkedHashMap<>();
        private final Ranks ranks;
        private final Counts[] bins;
        private final ExactSum[] binX;
        private final long[] binPoints;
        private final long stride;
        private final List<PointStats> shown = new ArrayList<>();
        private long seen;

        /**
         * A gatherer for factor {@code factor} of {@code factors}.
         *
         * @param xs for a sampled factor, its value at every point in point order, for the bins
         *     and the scatter; not read for a swept factor
         */
        public Gatherer(List<String> factors, int factor, boolean swept, double[] xs) {
            this.factors = factors;
            this.factor = factor;
            this.swept = swept;
            this.stride = Math.max(1, (xs.length + MAX_SCATTER - 1) / MAX_SCATTER);
            int n = swept ? 0 : Math.min(SAMPLED_BINS, xs.length);
            this.ranks = swept ? null : new Ranks(xs);
            bins = new Counts[n];
            binX = new ExactSum[n];
            binPoints = new long[n];
            for (int b = 0; b < n; b++) {
                bins[b] = new Counts();
                binX[b] = new ExactSum();
            }
        }

        public void add(PointStats p) {
            double x = p.values()[factor];
            long index = seen++;
            if (swept) {
                pooled.computeIfAbsent(x, k -> new Counts()).add(p);
                if (groups != null) {
                    groups.computeIfAbsent(others(p), k -> new TreeMap<>()).computeIfAbsent(x, k -> new Counts()).add(p);
                    if (groups.size() > MAX_CURVES) {
                        groups = null;
                    }
                }
                return;
            }
            long rank = ranks.rank(x);
            int b = bins.length - 1;
            while (b > 0 && rank < (long) b * ranks.size() / bins.length) {
                b--;
            }
            bins[b].add(p);
            binX[b].add(x);
            binPoints[b]++;
            if (index % stride == 0) {
                shown.add(p.counts());
            }
        }

        public List<Curve> curves(Outcomes.Outcome outcome) {
            if (!swept) {
                double[][] cols = new double[4][bins.length];
                for (int b = 0; b < bins.length; b++) {
                    fill(cols, b, binPoints[b] == 0 ? Double.NaN : binX[b].value() / binPoints[b], bins[b].count(outcome), bins[b].runs);
                }
                return List.of(new Curve("pooled in " + bins.length + " bins of equal count", cols[0], cols[1], cols[2], cols[3]));
            }
            if (groups == null) {
                return List.of(curve("all other factors pooled", pooled, outcome));
            }
            List<Curve> out = new ArrayList<>();
            groups.forEach((name, byX) -> out.add(curve(name.isEmpty() ? "p" : name, byX, outcome)));
            return out;
        }

        /** Each shown point's own share. */
        public double[][] scatter(Outcomes.Outcome outcome) {
            double[] x = new double[shown.size()];
            double[] p = new double[shown.size()];
            for (int i = 0; i < x.length; i++) {
                PointStats s = shown.get(i);
                x[i] = s.values()[factor];
                p[i] = s.runs() == 0 ? Double.NaN : (double) s.count(outcome) / s.runs();
            }
            return new double[][] {x, p};
        }

        private String others(PointStats p) {
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < factors.size(); j++) {
                if (j != factor) {
                    parts.add(factors.get(j) + "=" + Num.format(p.values()[j]));
                }
            }
            return String.join(", ", parts);
        }
    }

    /**
     * The rank of each point in the order of a factor's values, ties broken by point order, as the
     * points come in point order: the values sorted once, and a count kept only for values that
     * more than one point has.
     */
    private static final class Ranks {
        private final double[] sorted;
        private final Map<Double, long[]> repeated = new HashMap<>();

        Ranks(double[] xs) {
            sorted = xs.clone();
            Arrays.sort(sorted);
            for (int i = 1; i < sorted.length; i++) {
                if (Double.compare(sorted[i], sorted[i - 1]) == 0) {
                    repeated.putIfAbsent(sorted[i], new long[1]);
                }
            }
        }

        int size() {
            return sorted.length;
        }

        long rank(double x) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Double.compare(sorted[mid], x) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            long[] before = repeated.get(x);
            return before == null ? lo : lo + before[0]++;
        }
    }

    private static Curve curve(String name, TreeMap<Double, Counts> byX, Outcomes.Outcome outcome) {
        double[][] cols = new double[4][byX.size()];
        int i = 0;
        for (Map.Entry<Double, Counts> e : byX.entrySet()) {
            fill(cols, i++, e.getKey(), e.getValue().count(outcome), e.getValue().runs);
        }
        return new Curve(name, cols[0], cols[1], cols[2], cols[3]);
    }

    private static void fill(double[][] cols, int i, double x, long k, long n) {
        double[] ci = Wilson.interval(k, n);
        cols[0][i] = x;
        cols[1][i] = n == 0 ? Double.NaN : (double) k / n;
        cols[2][i] = ci[0];
        cols[3][i] = ci[1];
    }
}
