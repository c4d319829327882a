package casus.studies;

import casus.engine.batch.Wilson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The curves of an outcome's probability against one factor, each point a pooled share of runs
 * with its 95% Wilson interval. A swept factor gives one curve per combination of the other
 * factors when there are at most {@link #MAX_CURVES}, else one curve pooled over them. A sampled
 * factor gives one curve over {@link #SAMPLED_BINS} bins of equal count along its values, pooled
 * over everything else, with each point's own share as a scatter.
 */
public final class Curves {
    public static final int MAX_CURVES = 6;
    public static final int SAMPLED_BINS = 10;

    private Curves() {
    }

    /** One curve: its name, and x, p and the interval at each of its points. */
    public record Curve(String name, double[] x, double[] p, double[] lo, double[] hi) {
    }

    public static List<Curve> of(List<PointStats> points, List<String> factors, int factor, boolean swept, Outcomes.Outcome outcome) {
        if (!swept) {
            return List.of(binned(points, factor, outcome));
        }
        Map<String, List<PointStats>> groups = new LinkedHashMap<>();
        for (PointStats p : points) {
            groups.computeIfAbsent(others(p, factors, factor), k -> new ArrayList<>()).add(p);
        }
        if (groups.size() > MAX_CURVES) {
            return List.of(pooled("all other factors pooled", points, factor, outcome));
        }
        List<Curve> out = new ArrayList<>();
        groups.forEach((name, group) -> out.add(pooled(name.isEmpty() ? "p" : name, group, factor, outcome)));
        return out;
    }

    /** Each point's own share, for a scatter under a sampled factor's curve. */
    public static double[][] scatter(List<PointStats> points, int factor, Outcomes.Outcome outcome) {
        double[] x = new double[points.size()];
        double[] p = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            PointStats s = points.get(i);
            x[i] = s.values()[factor];
            p[i] = s.runs() == 0 ? Double.NaN : (double) s.count(outcome) / s.runs();
        }
        return new double[][] {x, p};
    }

    private static Curve pooled(String name, List<PointStats> group, int factor, Outcomes.Outcome outcome) {
        TreeMap<Double, long[]> byX = new TreeMap<>();
        for (PointStats p : group) {
            long[] c = byX.computeIfAbsent(p.values()[factor], k -> new long[2]);
            c[0] += p.count(outcome);
            c[1] += p.runs();
        }
        double[][] cols = new double[4][byX.size()];
        int i = 0;
        for (Map.Entry<Double, long[]> e : byX.entrySet()) {
            fill(cols, i++, e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        return new Curve(name, cols[0], cols[1], cols[2], cols[3]);
    }

    private static Curve binned(List<PointStats> points, int factor, Outcomes.Outcome outcome) {
        List<PointStats> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble((PointStats p) -> p.values()[factor]).thenComparingInt(PointStats::point));
        int bins = Math.min(SAMPLED_BINS, sorted.size());
        double[][] cols = new double[4][bins];
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) b * sorted.size() / bins);
            int to = (int) ((long) (b + 1) * sorted.size() / bins);
            double xs = 0;
            long k = 0;
            long n = 0;
            for (PointStats p : sorted.subList(from, to)) {
                xs += p.values()[factor];
                k += p.count(outcome);
                n += p.runs();
            }
            fill(cols, b, xs / (to - from), k, n);
        }
        return new Curve("pooled in " + bins + " bins of equal count", cols[0], cols[1], cols[2], cols[3]);
    }

    private static void fill(double[][] cols, int i, double x, long k, long n) {
        double[] ci = Wilson.interval(k, n);
        cols[0][i] = x;
        cols[1][i] = n == 0 ? Double.NaN : (double) k / n;
        cols[2][i] = ci[0];
        cols[3][i] = ci[1];
    }

    private static String others(PointStats p, List<String> factors, int factor) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < factors.size(); j++) {
            if (j != factor) {
                parts.add(factors.get(j) + "=" + Num.format(p.values()[j]));
            }
        }
        return String.join(", ", parts);
    }
}
