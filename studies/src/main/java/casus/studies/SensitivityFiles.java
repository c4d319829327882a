package casus.studies;

import casus.engine.model.FactChange;
import casus.engine.model.Parameter;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import casus.engine.scenario.Source;
import casus.engine.sensitivity.Sensitivity;
import casus.engine.sensitivity.SobolIndices;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.Color;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;

/**
 * What {@code casus sensitivity} writes: a ranked table, JSON, CSV, a bar chart of the indices and
 * a manifest of how they were made.
 */
public final class SensitivityFiles {
    public static final String CSV = "sensitivity.csv";
    public static final String JSON = "sensitivity.json";
    public static final String PNG = "sensitivity.png";
    public static final String PAIRS = "sensitivity_second_order.csv";
    /** The noise share above which the indices of the outcome as measured are flagged as unreliable. */
    public static final double NOISY = 0.1;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private SensitivityFiles() {
    }

    public static JsonObject json(Setting s, Sensitivity.Result r) {
        JsonObject o = new JsonObject();
        o.addProperty("scenario", s.id());
        o.addProperty("outcome", r.measure().name());
        o.addProperty("measure", r.measure().probability() ? "probability" : "mean");
        o.addProperty("seed", r.seed());
        o.addProperty("samples", r.plan().samples());
        o.addProperty("sampling", r.plan().points().name().toLowerCase(Locale.ROOT));
        o.addProperty("runs_per_point", r.plan().runs());
        o.addProperty("oat_runs_per_point", r.plan().oatRuns());
        o.addProperty("bootstrap_resamples", r.plan().resamples());
        o.addProperty("total_runs", r.plan().totalRuns(r.rows().size()));
        o.add("mean", Json.number(r.mean()));
        o.add("variance", Json.number(r.variance()));
        o.add("at_midpoints", Json.number(r.centre()));
        o.add("noise_share", index(r.noiseShare()));
        o.add("noise_free_variance", Json.number(r.freeVariance()));
        JsonArray inputs = new JsonArray();
        int rank = 1;
        for (Sensitivity.Row row : r.rows()) {
            JsonObject x = new JsonObject();
            x.addProperty("rank", rank++);
            x.addProperty("path", row.input().path());
            x.add("low", Json.number(row.input().low()));
            x.add("high", Json.number(row.input().high()));
            JsonObject oat = new JsonObject();
            oat.add("at_low", Json.number(row.low()));
            oat.add("at_low_ci95", pair(row.lowCi()));
            oat.add("at_high", Json.number(row.high()));
            oat.add("at_high_ci95", pair(row.highCi()));
            oat.add("effect", Json.number(row.effect()));
            oat.add("effect_ci95", pair(row.effectCi()));
            x.add("one_at_a_time", oat);
            x.add("first_order", index(row.first()));
            x.add("total", index(row.total()));
            x.add("first_order_noise_free", index(row.firstFree()));
            x.add("total_noise_free", index(row.totalFree()));
            inputs.add(x);
        }
        o.add("inputs", inputs);
        if (r.plan().second()) {
            JsonArray pairs = new JsonArray();
            for (Sensitivity.SecondOrder p : r.second()) {
                JsonObject x = index(p.index());
                x.addProperty("a", p.a().path());
                x.addProperty("b", p.b().path());
                pairs.add(x);
            }
            o.add("second_order", pairs);
        }
        return o;
    }

    public static void table(PrintWriter out, Setting s, Sensitivity.Result r) {
        out.println(String.format(Locale.ROOT, "%s, %s (%s): over the ranges its mean is %s and its variance %s; at the midpoints %s", s.id(),
                r.measure().name(), r.measure().probability() ? "probability" : "mean", g(r.mean()), g(r.variance()), g(r.centre())));
        out.println();
        int width = Math.max(5, r.rows().stream().mapToInt(x -> x.input().path().length()).max().orElse(5));
        out.println(String.format(Locale.ROOT, "%-4s %-" + width + "s  %-22s %-44s %-22s %-22s %-22s %s", "rank", "input", "range",
                "one at a time: low -> high", "first order S1", "total ST", "noise-free S1", "noise-free ST"));
        int rank = 1;
        for (Sensitivity.Row row : r.rows()) {
            String range = g(row.input().low()) + " to " + g(row.input().high());
            String oat = String.format(Locale.ROOT, "%s -> %s (%s%s [%s, %s])", g(row.low()), g(row.high()), row.effect() >= 0 ? "+" : "",
                    g(row.effect()), g(row.effectCi()[0]), g(row.effectCi()[1]));
            out.println(String.format(Locale.ROOT, "%-4d %-" + width + "s  %-22s %-44s %-22s %-22s %-22s %s", rank++, row.input().path(), range, oat,
                    ci(row.first()), ci(row.total()), ci(row.firstFree()), ci(row.totalFree())).stripTrailing());
        }
        if (r.plan().second()) {
            out.println();
            out.println("second-order S_ij (the share two inputs cause together, beyond what each causes alone):");
            for (Sensitivity.SecondOrder p : r.second()) {
                out.println(String.format(Locale.ROOT, "  %-" + (2 * width + 3) + "s %s", p.a().path() + " \u00d7 " + p.b().path(), ci(p.index())));
            }
        }
        out.println();
        out.println("S1: the share of the outcome's variance an input causes alone; ST: alone or with others. 95% bootstrap intervals.");
        out.println(noise(r));
    }

    /** Writes the files, each under a temporary name until it is whole; returns what the manifest records of them. */
    public static List<Outputs.Entry> write(Path dir, Setting s, Sensitivity.Result r) {
        StringBuilder csv = new StringBuilder("rank,path,low,high,at_low,at_high,effect,effect_lo,effect_hi,first_order,first_order_lo,first_order_hi,"
                + "total,total_lo,total_hi,first_order_noise_free,first_order_noise_free_lo,first_order_noise_free_hi,total_noise_free,"
                + "total_noise_free_lo,total_noise_free_hi\n");
        int rank = 1;
        for (Sensitivity.Row row : r.rows()) {
            csv.append(String.join(",", Integer.toString(rank++), row.input().path(), cell(row.input().low()), cell(row.input().high()),
                    cell(row.low()), cell(row.high()), cell(row.effect()), cell(row.effectCi()[0]), cell(row.effectCi()[1]), cells(row.first()),
                    cells(row.total()), cells(row.firstFree()), cells(row.totalFree()))).append('\n');
        }
        List<Outputs.Entry> files = new ArrayList<>();
        files.add(PartFile.text(dir, CSV, csv.toString()));
        if (r.plan().second()) {
            StringBuilder pairs = new StringBuilder("a,b,second_order,second_order_lo,second_order_hi\n");
            for (Sensitivity.SecondOrder p : r.second()) {
                pairs.append(p.a().path()).append(',').append(p.b().path()).append(',').append(cells(p.index())).append('\n');
            }
            files.add(PartFile.text(dir, PAIRS, pairs.toString()));
        }
        files.add(PartFile.text(dir, JSON, Json.PRETTY.toJson(json(s, r)) + "\n"));
        files.add(Charts.png(chart(s, r), dir, PNG));
        return files;
    }

    /** The manifest of a sensitivity analysis. */
    public static JsonObject manifest(Manifest.Build build, String command, List<String> arguments, String scenario, List<Source> files,
            Setting s, List<FactChange> sets, long seed) {
        JsonObject o = new JsonObject();
        o.addProperty("casus_version", build.version());
        o.addProperty("commit", build.commit());
        o.addProperty("dirty", build.dirty());
        o.addProperty("command", command);
        JsonArray args = new JsonArray();
        arguments.forEach(args::add);
        o.add("arguments", args);
        JsonObject given = new JsonObject();
        given.addProperty("given", scenario);
        given.addProperty("id", s.id());
        given.addProperty("title", s.title());
        given.addProperty("days", s.days());
        o.add("scenario", given);
        JsonArray fs = new JsonArray();
        for (Source src : files) {
            JsonObject f = new JsonObject();
            f.addProperty("file", src.name());
            f.addProperty("sha256", Manifest.sha256(src.text()));
            fs.add(f);
        }
        o.add("files", fs);
        o.addProperty("seed", seed);
        JsonArray set = new JsonArray();
        for (FactChange c : sets) {
            JsonObject x = new JsonObject();
            x.addProperty("path", c.path());
            x.addProperty("value", c.value());
            set.add(x);
        }
        o.add("set", set);
        JsonObject parameters = new JsonObject();
        for (Parameter p : Parameters.all(s)) {
            parameters.addProperty(p.path(), p.value(s));
        }
        o.add("parameters", parameters);
        return o;
    }

    static CategoryChart chart(Setting s, Sensitivity.Result r) {
        CategoryChart c = new CategoryChartBuilder().width(900).height(560 + 8 * r.rows().size())
                .title(String.format(Locale.ROOT, "What moves %s \u2014 %s, %,d runs", r.measure().name(), s.id(), r.plan().totalRuns(r.rows().size()))).xAxisTitle("input").yAxisTitle("share of variance").build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendBorderColor(Color.WHITE);
        c.getStyler().setXAxisLabelRotation(30);
        c.getStyler().setErrorBarsColor(Color.DARK_GRAY);
        c.getStyler().setYAxisDecimalPattern("0.0#");
        c.getStyler().setLocale(Locale.ROOT);
        List<String> names = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        List<Double> firstErr = new ArrayList<>();
        List<Double> totalErr = new ArrayList<>();
        for (Sensitivity.Row row : r.rows()) {
            names.add(row.input().path());
            first.add(zero(row.first().value()));
            total.add(zero(row.total().value()));
            firstErr.add(zero(1.96 * row.first().se()));
            totalErr.add(zero(1.96 * row.total().se()));
        }
        CategorySeries s1 = c.addSeries("first order S1 (\u00b11.96 bootstrap s.e.)", names, first, firstErr);
        s1.setFillColor(new Color(0x1f77b4));
        CategorySeries st = c.addSeries("total ST (\u00b11.96 bootstrap s.e.)", names, total, totalErr);
        st.setFillColor(new Color(0xff7f0e));
        return c;
    }

    static JsonObject index(SobolIndices.Index i) {
        JsonObject o = new JsonObject();
        o.add("index", Json.number(i.value()));
        o.add("ci95", pair(i.ci()));
        o.add("bootstrap_se", Json.number(i.se()));
        return o;
    }

    /**
     * The line on run-to-run noise under the table. Above {@link #NOISY} of the variance the
     * indices of the outcome as measured are flagged: their S_T are inflated by the noise.
     */
    static String noise(Sensitivity.Result r) {
        SobolIndices.Index n = r.noiseShare();
        if (!(r.variance() > 0)) {
            return "The outcome does not vary over the design: there is no variance to share.";
        }
        if (Double.isNaN(n.value())) {
            return "Run-to-run noise: not estimated (it needs --runs 2 or more); it lowers S1 and adds to every ST.";
        }
        String share = String.format(Locale.ROOT, "Run-to-run noise is %.1f%% [%.1f%%, %.1f%%] of the variance", 100 * n.value(), 100 * n.ci()[0],
                100 * n.ci()[1]);
        if (n.value() > NOISY) {
            return share + ": S1 and ST are unreliable (ST inflated); read the noise-free columns, or raise --runs.";
        }
        return share + "; the noise-free columns remove it (independent halves of each point's runs; see docs/STUDIES.md).";
    }

    static String cells(SobolIndices.Index i) {
        return cell(i.value()) + "," + cell(i.ci()[0]) + "," + cell(i.ci()[1]);
    }

    private static JsonArray pair(double[] ci) {
        JsonArray a = new JsonArray();
        a.add(Json.number(ci[0]));
        a.add(Json.number(ci[1]));
        return a;
    }

    static String ci(SobolIndices.Index i) {
        return Double.isNaN(i.value()) ? "n/a" : String.format(Locale.ROOT, "%s [%s, %s]", f2(i.value()), f2(i.ci()[0]), f2(i.ci()[1]));
    }

    private static String f2(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String g(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }

    static String cell(double v) {
        return Double.isNaN(v) ? "" : Num.format(v);
    }

    static double zero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
