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
 * factor across, the second up, each cell coloured and labelled with its share of runs.
 */
final class Heatmaps {
    private Heatmaps() {
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
