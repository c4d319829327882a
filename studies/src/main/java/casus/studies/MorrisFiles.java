package casus.studies;

import casus.engine.model.Setting;
import casus.engine.sensitivity.Morris;
import casus.engine.sensitivity.Screening;
import casus.engine.sensitivity.SobolIndices;
import casus.plot.Plots;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What {@code casus sensitivity --method morris} writes: a ranked table, JSON, CSV, the μ*–σ plot
 * and a manifest.
 */
public final class MorrisFiles {
    public static final String CSV = "morris.csv";
    public static final String JSON = "morris.json";
    public static final String PNG = "morris.png";
    private static final Color[] COLORS = Plots.COLORS;


    private MorrisFiles() {
    }

    public static JsonObject json(Setting s, Screening.Result r) {
        JsonObject o = new JsonObject();
        o.addProperty("scenario", s.id());
        o.addProperty("outcome", r.measure().name());
        o.addProperty("measure", r.measure().probability() ? "probability" : "mean");
        o.addProperty("method", "morris");
        o.addProperty("seed", r.seed());
        o.addProperty("trajectories", r.plan().trajectories());
        o.addProperty("levels", r.plan().levels());
        o.addProperty("delta", Morris.step(r.plan().levels()));
        o.addProperty("runs_per_point", r.plan().runs());
        o.addProperty("bootstrap_resamples", r.plan().resamples());
        o.addProperty("total_runs", r.plan().totalRuns(r.rows().size()));
        o.add("mean", Json.number(r.mean()));
        JsonArray inputs = new JsonArray();
        int rank = 1;
        for (Screening.Row row : r.rows()) {
            JsonObject x = new JsonObject();
            x.addProperty("rank", rank++);
            x.addProperty("path", row.input().path());
            x.add("low", Json.number(row.input().low()));
            x.add("high", Json.number(row.input().high()));
            x.add("mu_star", SensitivityFiles.index(row.effects().absoluteMean()));
            x.add("mu", SensitivityFiles.index(row.effects().mean()));
            x.add("sigma", SensitivityFiles.index(row.effects().deviation()));
            inputs.add(x);
        }
        o.add("inputs", inputs);
        return o;
    }

    public static void table(PrintWriter out, Setting s, Screening.Result r) {
        out.println(String.format(Locale.ROOT, "%s, %s (%s): Morris screening; over the points its mean is %s", s.id(), r.measure().name(),
                r.measure().probability() ? "probability" : "mean", SensitivityFiles.g(r.mean())));
        out.println();
        int width = Math.max(5, r.rows().stream().mapToInt(x -> x.input().path().length()).max().orElse(5));
        String format = "%-4s %-" + width + "s  %-22s %-26s %-26s %s";
        out.println(String.format(Locale.ROOT, format, "rank", "input", "range", "mu*", "mu", "sigma"));
        int rank = 1;
        for (Screening.Row row : r.rows()) {
            String range = SensitivityFiles.g(row.input().low()) + " to " + SensitivityFiles.g(row.input().high());
            out.println(String.format(Locale.ROOT, format, Integer.toString(rank++), row.input().path(), range, ci(row.effects().absoluteMean()),
                    ci(row.effects().mean()), ci(row.effects().deviation())).stripTrailing());
        }
        out.println();
        out.println("Elementary effects: the change in the outcome when an input moves across its whole range, one step of " + levelsNote(r)
                + ".");
        out.println("mu*: the mean size of the effect (how much the input matters); mu: its mean with sign; sigma: its spread "
                + "(interactions or a nonlinear effect). 95% bootstrap intervals over trajectories.");
    }

    /** Writes the files, each under a temporary name until it is whole; returns what the manifest records of them. */
    public static List<Outputs.Entry> write(Path dir, Setting s, Screening.Result r) {
        StringBuilder csv = new StringBuilder("rank,path,low,high,mu_star,mu_star_lo,mu_star_hi,mu,mu_lo,mu_hi,sigma,sigma_lo,sigma_hi\n");
        int rank = 1;
        for (Screening.Row row : r.rows()) {
            csv.append(String.join(",", Integer.toString(rank++), row.input().path(), SensitivityFiles.cell(row.input().low()),
                    SensitivityFiles.cell(row.input().high()), SensitivityFiles.cells(row.effects().absoluteMean()),
                    SensitivityFiles.cells(row.effects().mean()), SensitivityFiles.cells(row.effects().deviation()))).append('\n');
        }
        return List.of(PartFile.text(dir, CSV, csv.toString()), PartFile.text(dir, JSON, Json.PRETTY.toJson(json(s, r)) + "\n"),
                Charts.png(chart(s, r), dir, PNG));
    }

    /**
     * μ* across, σ up, one marker per input with its 95% intervals as crossing lines, and the line
     * σ = μ*: inputs above it act mostly through interactions or nonlinearly.
     */
    static XYChart chart(Setting s, Screening.Result r) {
        long runs = r.plan().totalRuns(r.rows().size());
        XYChart c = Plots.chart(String.format(Locale.ROOT, "Morris screening of %s \u2014 %s, %,d runs", r.measure().name(), s.id(), runs),
                "\u03bc* (mean |elementary effect|, per whole range)", "\u03c3 (spread of the elementary effects)");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        c.getStyler().setMarkerSize(9);
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setYAxisMin(0.0);
        double top = 0;
        for (int i = 0; i < r.rows().size(); i++) {
            Morris.Effects e = r.rows().get(i).effects();
            double x = SensitivityFiles.zero(e.absoluteMean().value());
            double y = SensitivityFiles.zero(e.deviation().value());
            top = Math.max(top, Math.max(finite(e.absoluteMean().ci()[1], x), finite(e.deviation().ci()[1], y)));
            Color color = COLORS[i % COLORS.length];
            XYSeries p = c.addSeries((i + 1) + ". " + r.rows().get(i).input().path(), new double[] {x}, new double[] {y});
            p.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            p.setMarker(SeriesMarkers.CIRCLE);
            p.setMarkerColor(color);
            whisker(c, "mu* " + i, new double[] {finite(e.absoluteMean().ci()[0], x), finite(e.absoluteMean().ci()[1], x)}, new double[] {y, y},
                    color);
            whisker(c, "sigma " + i, new double[] {x, x}, new double[] {finite(e.deviation().ci()[0], y), finite(e.deviation().ci()[1], y)}, color);
        }
        double end = top > 0 ? top * 1.05 : 1;
        XYSeries diagonal = c.addSeries("\u03c3 = \u03bc*", new double[] {0, end}, new double[] {0, end});
        diagonal.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        diagonal.setMarker(SeriesMarkers.NONE);
        diagonal.setLineColor(Color.GRAY);
        diagonal.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        c.getStyler().setXAxisMax(end);
        c.getStyler().setYAxisMax(end);
        return c;
    }

    private static void whisker(XYChart c, String name, double[] x, double[] y, Color color) {
        XYSeries s = c.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setShowInLegend(false);
    }

    private static double finite(double v, double otherwise) {
        return Double.isFinite(v) ? v : otherwise;
    }

    private static String levelsNote(Screening.Result r) {
        return String.format(Locale.ROOT, "%s of the range on a grid of %d levels", SensitivityFiles.g(Morris.step(r.plan().levels())),
                r.plan().levels());
    }

    private static String ci(SobolIndices.Index i) {
        return Double.isNaN(i.value()) ? "n/a" : String.format(Locale.ROOT, "%s [%s, %s]", SensitivityFiles.g(i.value()), SensitivityFiles.g(i.ci()[0]),
                SensitivityFiles.g(i.ci()[1]));
    }
}
