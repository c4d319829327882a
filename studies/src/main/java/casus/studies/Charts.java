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
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The PNG plots of a study, drawn headless: each outcome's probability against each factor with
 * its 95% band ({@code plots/p_OUTCOME__FACTOR.png}), and a histogram of each metric over every
 * run of the study ({@code plots/hist_METRIC.png}).
 */
public final class Charts {
    public static final String DIR = "plots";
    /** Bins of a metric's histogram. */
    public static final int HISTOGRAM_BINS = 30;
    private static final Color[] COLORS = Plots.COLORS;

    static {
        // encode in memory: a file cache registers a shutdown hook, which fails once a study is finishing after SIGTERM
        ImageIO.setUseCache(false);
    }

    private Charts() {
    }

    /**
     * Writes every plot from each factor's gathered curves (in factor order) and the pooled
     * tally; returns what the manifest records of the files.
     */
    public static List<Outputs.Entry> write(Path studyDir, Manifest m, List<Outcomes.Outcome> outcomes, List<Curves.Gatherer> curves, Tally pooled) {
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
                files.add(save(probability(curves.get(j), factors, j, swept.get(j), o, m), dir, name));
            }
        }
        for (Metric metric : Metric.values()) {
            files.add(save(histogram(pooled.metric(metric), metric, m), dir, "hist_" + metric.key() + ".png"));
        }
        return files;
    }

    static XYChart probability(Curves.Gatherer gathered, List<String> factors, int j, boolean swept, Outcomes.Outcome o, Manifest m) {
        XYChart c = chart(o.name() + " \u2014 " + m.scenarioId(), factors.get(j), "probability");
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
            XYSeries band = c.addSeries(curve.name() + " (95%)", bx, by);
            band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(Plots.faded(color, 55));
            band.setLineColor(new Color(0, 0, 0, 0));
            band.setMarker(SeriesMarkers.NONE);
            band.setShowInLegend(false);
            XYSeries line = c.addSeries(curve.name(), curve.x(), curve.p());
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setLineColor(color);
            line.setMarkerColor(color);
            line.setMarker(SeriesMarkers.CIRCLE);
        }
        c.getStyler().setLegendVisible(curves.size() > 1 || !swept);
        return c;
    }

    static XYChart histogram(Distribution d, Metric metric, Manifest m) {
        XYChart c = chart(String.format(Locale.ROOT, "%s \u2014 %s, %,d runs%s", metric.key(), m.scenarioId(), d.count(),
                m.points() > 1 ? " over all points" : ""), metric.key(), "runs");
        double lo = d.count() == 0 ? 0 : d.min();
        double hi = d.count() == 0 ? 1 : d.max();
        if (!(hi > lo)) {
            lo -= 0.5;
            hi += 0.5;
        }
        double[] edges = new double[HISTOGRAM_BINS + 1];
        for (int i = 0; i <= HISTOGRAM_BINS; i++) {
            edges[i] = i == HISTOGRAM_BINS ? hi : lo + (hi - lo) * i / HISTOGRAM_BINS;
        }
        long[] counts = d.histogram(edges);
        double[] y = new double[edges.length];
        for (int i = 0; i < edges.length; i++) {
            y[i] = counts[Math.min(i, counts.length - 1)];
        }
        XYSeries s = c.addSeries(metric.key(), edges, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        s.setFillColor(Plots.faded(COLORS[0], 120));
        s.setLineColor(COLORS[0]);
        s.setMarker(SeriesMarkers.NONE);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setYAxisMin(0.0);
        return c;
    }

    private static XYChart chart(String title, String x, String y) {
        return Plots.chart(title, x, y);
    }

    private static Outputs.Entry save(XYChart c, Path dir, String name) {
        try (PartFile f = PartFile.create(dir, name)) {
            Plots.png(c, f.stream());
            return relative(f.commit(false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name), e);
        }
    }

    private static Outputs.Entry relative(Outputs.Entry e) {
        return new Outputs.Entry(DIR + "/" + e.file(), e.rows(), e.bytes(), e.sha256());
    }

    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
