package casus.studies;

import casus.plot.Plots;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.knowm.xchart.HeatMapChart;

/**
 * An outcome's probability over a grid of two swept factors, a cell per pair of values: the first
 * factor across, the second up, each cell coloured and labelled with its share of runs. A grid of
 * more than {@value #MAX_CELLS} cells is not drawn: its cells could not be told apart, and keeping
 * them would make a study's memory grow with its points.
 */
final class Heatmaps {
    /** The most cells a heatmap is drawn with. */
    static final int MAX_CELLS = 10_000;

    private Heatmaps() {
    }

    /** Whether a study with these factors has heatmaps: exactly two, both swept. */
    static boolean drawn(List<String> factors, List<Boolean> swept) {
        return factors.size() == 2 && swept.get(0) && swept.get(1);
    }

    /** The cells of a study's heatmaps, gathered a point at a time in point order; none once there are too many. */
    static final class Grid {
        private List<PointStats> cells = new ArrayList<>();

        void add(PointStats p) {
            if (cells != null && cells.size() == MAX_CELLS) {
                cells = null;
            }
            if (cells != null) {
                cells.add(p.counts());
            }
        }

        /** The cells in point order, or null when there were more than {@value #MAX_CELLS}. */
        List<PointStats> cells() {
            return cells;
        }
    }

    static HeatMapChart of(List<PointStats> points, List<String> factors, Outcomes.Outcome o, Manifest m) {
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        long runs = 0;
        for (PointStats p : points) {
            xs.add(p.values()[0]);
            ys.add(p.values()[1]);
            runs += p.runs();
        }
        List<Double> x = new ArrayList<>(xs);
        List<Double> y = new ArrayList<>(ys);
        List<Number[]> cells = new ArrayList<>();
        for (PointStats p : points) {
            double share = p.runs() == 0 ? Double.NaN : (double) p.count(o) / p.runs();
            cells.add(new Number[] {x.indexOf(p.values()[0]), y.indexOf(p.values()[1]), share});
        }
        HeatMapChart c = Plots.heatmap(String.format(Locale.ROOT, "p(%s) \u2014 %s, %,d runs", o.name(), m.scenarioId(), runs),
                factors.get(0), factors.get(1));
        c.getStyler().setShowValue(true);
        c.getStyler().setHeatMapValueDecimalPattern("0.00");
        c.getStyler().setMin(0);
        c.getStyler().setMax(1);
        c.getStyler().setRangeColors(new Color[] {new Color(0xf7fbff), new Color(0x6baed6), new Color(0x08306b)});
        c.addSeries("probability", x.stream().map(Num::brief).toList(), y.stream().map(Num::brief).toList(), cells);
        return c;
    }
}
