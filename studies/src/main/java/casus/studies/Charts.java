package casus.studies;

import casus.engine.run.Metric;
import casus.engine.study.Distribution;
import casus.engine.study.Tally;
import casus.plot.Plots;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The PNG plots of a study, drawn headless: each outcome's probability against each factor with
 * its 95% Wilson band ({@code plots/p_OUTCOME__FACTOR.png}); with exactly two swept factors, a
 * heatmap of each outcome's probability over them ({@code plots/heat_OUTCOME.png}); and each
 * metric's histogram ({@code plots/hist_METRIC.png}), one outline per point for a study of at
 * most {@value #HISTOGRAM_POINTS} points, every run pooled beyond. Every title names the scenario,
 * what is drawn and the runs it rests on.
 */
public final class Charts {
    public static final String DIR = "plots";
    /** Bins of a metric's histogram. */
    public static final int HISTOGRAM_BINS = 30;
    /** The most points whose histograms are drawn apart. */
    public static final int HISTOGRAM_POINTS = 6;
    private static final Color[] COLORS = Plots.COLORS;

    static {
        // encode in memory: a file cache registers a shutdown hook, which fails once a study is finishing after SIGTERM
        ImageIO.setUseCache(false);
    }

    private Charts() {
    }

    /**
     * What a study's plots are drawn from, gathered a point at a time: each factor's curves (in
     * factor order), the cells of its heatmaps (null without two swept factors), every run pooled,
     * the points' own tallies when there are at most {@value #HISTOGRAM_POINTS} of them (none
     * otherwise), and the first points' statistics, which name them in a legend.
     */
    record Gathered(List<Curves.Gatherer> curves, Heatmaps.Grid grid, Tally pooled, List<Tally> apart, List<PointStats> first) {
    }

    /** Writes every plot; returns what the manifest records of the files. */
    static List<Outputs.Entry> write(Path studyDir, Manifest m, List<Outcomes.Outcome> outcomes, Gathered g) {
        Path dir = studyDir.resolve(DIR);
        List<Outputs.Entry> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plots in " + dir, e);
        }
        List<String> factors = m.factors();
        List<Boolean> swept = m.swept();
        for (int j = 0; j < factors.size(); j++) {
            for (Outcomes.Outcome o : outcomes) {
                String name = "p_" + safe(o.name()) + "__" + safe(factors.get(j)) + ".png";
                files.add(save(probability(g.curves().get(j), g.pooled().runs(), factors, j, swept.get(j), o, m), dir, name));
            }
        }
        if (g.grid() != null && g.grid().cells() != null) {
            for (Outcomes.Outcome o : outcomes) {
                files.add(save(Heatmaps.of(g.grid().cells(), factors, o, m), dir, "heat_" + safe(o.name()) + ".png"));
            }
        }
        for (Metric metric : Metric.values()) {
            files.add(save(histogram(g.pooled(), metric, m, g.apart(), g.first()), dir, "hist_" + metric.key() + ".png"));
        }
        return files;
    }

    static XYChart probability(Curves.Gatherer gathered, long runs, List<String> factors, int j, boolean swept, Outcomes.Outcome o, Manifest m) {
        XYChart c = chart(String.format(Locale.ROOT, "%s \u2014 %s, %,d runs", o.name(), m.scenarioId(), runs), factors.get(j), "probability");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        List<Curves.Curve> curves = gathered.curves(o);
        if (!swept) {
            double[][] scatter = gathered.scatter(o);
            XYSeries s = c.addSeries("each point", scatter[0], scatter[1]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(new Color(0, 0, 0, 70));
        }
        for (int k = 0; k < curves.size(); k++) {
            Curves.Curve curve = curves.get(k);
            Color color = COLORS[k % COLORS.length];
            int n = curve.x().length;
            double[] bx = new double[2 * n];
            double[] by = new double[2 * n];
            for (int i = 0; i < n; i++) {
                bx[i] = curve.x()[i];
                by[i] = curve.hi()[i];
                bx[2 * n - 1 - i] = curve.x()[i];
                by[2 * n - 1 - i] = curve.lo()[i];
            }
            boolean alone = curve.name().equals("p");
            XYSeries band = c.addSeries(alone ? "95% Wilson interval" : curve.name() + ": 95% Wilson interval", bx, by);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(Plots.faded(color, 55));
            band.setLineColor(new Color(0, 0, 0, 0));
            band.setMarker(SeriesMarkers.NONE);
            XYSeries line = c.addSeries(alone ? "share of runs" : curve.name(), curve.x(), curve.p());
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setLineColor(color);
            line.setMarkerColor(color);
            line.setMarker(SeriesMarkers.CIRCLE);
        }
        return c;
    }

    /**
     * A metric's histogram: one outline per point (at most {@value #HISTOGRAM_POINTS}), or every run
     * pooled; whole-number metrics get a bin per value (while they span at most
     * {@value #HISTOGRAM_BINS} values) and whole-number ticks.
     */
    static XYChart histogram(Tally pooled, Metric metric, Manifest m, List<Tally> tallies, List<PointStats> points) {
        Distribution all = pooled.metric(metric);
        boolean apart = tallies.size() > 1 && tallies.size() <= HISTOGRAM_POINTS;
        XYChart c = chart(String.format(Locale.ROOT, "%s \u2014 %s, %,d runs%s%s", metric.key(), m.scenarioId(), all.count(),
                tallies.size() > 1 ? (apart ? ", by point" : ", all " + tallies.size() + " points pooled") : "",
                all.exact() ? "" : ", binned"), metric.key(), "runs");
        double lo = all.count() == 0 ? 0 : all.min();
        double hi = all.count() == 0 ? 1 : all.max();
        boolean whole = metric == Metric.DAYS_OF_FIGHTING;
        double[] edges;
        if (whole && hi - lo < HISTOGRAM_BINS) {
            int n = (int) Math.round(hi - lo) + 1;
            edges = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                edges[i] = Math.round(lo) - 0.5 + i;
            }
        } else {
            if (!(hi > lo)) {
                lo -= 0.5;
                hi += 0.5;
            }
            edges = new double[HISTOGRAM_BINS + 1];
            for (int i = 0; i <= HISTOGRAM_BINS; i++) {
                edges[i] = i == HISTOGRAM_BINS ? hi : lo + (hi - lo) * i / HISTOGRAM_BINS;
            }
        }
        if (whole) {
            c.getStyler().setXAxisDecimalPattern("#,##0");
        }
        List<Distribution> drawn = new ArrayList<>();
        if (apart) {
            tallies.forEach(t -> drawn.add(t.metric(metric)));
        } else {
            drawn.add(all);
        }
        for (int k = 0; k < drawn.size(); k++) {
            long[] counts = drawn.get(k).histogram(edges);
            double[] y = new double[edges.length];
            for (int i = 0; i < edges.length; i++) {
                y[i] = counts[Math.min(i, counts.length - 1)];
            }
            Color color = COLORS[k % COLORS.length];
            XYSeries s = c.addSeries(apart ? label(m.factors(), points.get(k)) : metric.key(), edges, y);
            s.setXYSeriesRenderStyle(apart ? XYSeries.XYSeriesRenderStyle.Step : XYSeries.XYSeriesRenderStyle.StepArea);
            s.setFillColor(Plots.faded(color, 120));
            s.setLineColor(color);
            s.setMarker(SeriesMarkers.NONE);
        }
        c.getStyler().setLegendVisible(apart);
        c.getStyler().setYAxisMin(0.0);
        return c;
    }

    private static XYChart chart(String title, String x, String y) {
        return Plots.chart(title, x, y);
    }

    /** Writes a plot as {@code name} in {@code dir}; returns what the manifest records of it. */
    static Outputs.Entry png(Chart<?, ?> c, Path dir, String name) {
        try (PartFile f = PartFile.create(dir, name)) {
            Plots.png(c, f.stream());
            return f.commit(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name), e);
        }
    }

    /** Writes a plot as {@code name} in a study's {@link #DIR}, {@code plots}; the manifest names it from the study's directory. */
    static Outputs.Entry save(Chart<?, ?> c, Path plots, String name) {
        Outputs.Entry e = png(c, plots, name);
        return new Outputs.Entry(DIR + "/" + e.file(), e.rows(), e.bytes(), e.sha256());
    }

    /** A point as a legend names it: its index and its factors' values, to four significant digits. */
    static String label(List<String> factors, PointStats p) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < factors.size(); j++) {
            parts.add(factors.get(j) + "=" + Num.brief(p.values()[j]));
        }
        return parts.isEmpty() ? "point " + p.point() : "point " + p.point() + ": " + String.join(", ", parts);
    }

    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
