package casus.studies;

import casus.engine.discovery.Prim;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.study.StudyException;
import casus.plot.Plots;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Scenario discovery over a study's {@code runs.csv}: the inputs are the columns between
 * {@code seed} and the outcome flags (the factors and the facts each run drew) that vary, the
 * outcome of interest a condition on one outcome column; {@link Prim} finds the boxes, and this
 * class prints them, writes them as JSON and draws the peeling trajectory.
 */
public final class Discovery {
    private static final Color[] COLORS = Plots.COLORS;


    private Discovery() {
    }

    /** The condition that marks a run of interest, read from {@code NAME[=VALUE]} or {@code METRIC<X} (also {@code <=, >, >=, =}). */
    public record Condition(String text, String column, String op, String value) {
        public static Condition parse(String text) {
            String t = text.trim();
            for (String op : new String[] {"<=", ">=", "<", ">", "="}) {
                int at = t.indexOf(op);
                if (at > 0) {
                    return check(new Condition(t, t.substring(0, at).trim(), op, t.substring(at + op.length()).trim()));
                }
            }
            return check(new Condition(t, t, "=", "1"));
        }

        private static Condition check(Condition c) {
            boolean flag = Flag.byKey(c.column) != null;
            boolean metric = Metric.byKey(c.column) != null;
            boolean broker = c.column.equals("ceasefire_broker");
            if (!flag && !metric && !broker) {
                throw new StudyException("--outcome: unknown outcome '" + c.column + "'; a flag, ceasefire_broker=ID, or a metric with a "
                        + "condition such as casualties>200");
            }
            if (metric && c.text.equals(c.column)) {
                throw new StudyException("--outcome " + c.column + " is a metric: give a condition, such as " + c.column + ">200");
            }
            if ((flag || broker) && !c.op.equals("=")) {
                throw new StudyException("--outcome " + c.text + ": a flag or a broker takes NAME or NAME=VALUE");
            }
            if (flag && !c.value.equals("0") && !c.value.equals("1")) {
                throw new StudyException("--outcome " + c.text + ": a flag is 0 or 1");
            }
            if (metric) {
                try {
                    Double.parseDouble(c.value);
                } catch (NumberFormatException e) {
                    throw new StudyException("--outcome " + c.text + ": '" + c.value + "' is not a number");
                }
            }
            return c;
        }

        boolean holds(String cell) {
            if (op.equals("=") && Metric.byKey(column) == null) {
                return cell.equals(value);
            }
            double v = Double.parseDouble(cell);
            double x = Double.parseDouble(value);
            return switch (op) {
                case "<" -> v < x;
                case "<=" -> v <= x;
                case ">" -> v > x;
                case ">=" -> v >= x;
                default -> v == x;
            };
        }
    }

    /** The runs of a study as PRIM takes them: the inputs that vary, each run's values of them, and whether the condition held. */
    public record Runs(List<String> inputs, double[][] x, boolean[] y) {
    }

    /** Reads a study's runs. */
    public static Runs read(Path study, Condition c) {
        Path file = study.resolve(RunsCsv.FILE);
        if (Manifest.read(study).state() == Manifest.State.RUNNING) {
            throw new StudyException("--study " + study + " is not finished: it is still running, or its process was killed");
        }
        if (!Files.isRegularFile(file)) {
            throw new StudyException("--study " + study + " has no " + RunsCsv.FILE + " (a study written with --out, without --no-runs-csv)");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(in.readLine().split(",", -1));
            int from = header.indexOf("seed") + 1;
            int to = header.indexOf(Flag.values()[0].key());
            int column = header.indexOf(c.column());
            if (from <= 0 || to < from || column < 0) {
                throw new StudyException("--study " + study + ": " + RunsCsv.FILE + " is not a study's runs");
            }
            List<double[]> rows = new ArrayList<>();
            List<Boolean> hits = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                double[] row = new double[to - from];
                for (int j = from; j < to; j++) {
                    row[j - from] = Double.parseDouble(cells[j]);
                }
                rows.add(row);
                hits.add(c.holds(cells[column]));
            }
            List<Integer> varying = new ArrayList<>();
            for (int j = 0; j < to - from; j++) {
                final int col = j;
                if (rows.stream().mapToDouble(r -> r[col]).distinct().limit(2).count() > 1) {
                    varying.add(j);
                }
            }
            if (varying.isEmpty()) {
                throw new StudyException("--study " + study + ": no input varies across its runs; PRIM needs a study that sweeps or samples "
                        + "facts (--sweep, --sample), or a scenario that draws them");
            }
            double[][] x = new double[rows.size()][varying.size()];
            boolean[] y = new boolean[rows.size()];
            for (int r = 0; r < x.length; r++) {
                for (int j = 0; j < varying.size(); j++) {
                    x[r][j] = rows.get(r)[varying.get(j)];
                }
                y[r] = hits.get(r);
            }
            List<String> inputs = varying.stream().map(j -> header.get(from + j)).toList();
            return new Runs(inputs, x, y);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The flags that run a study of {@code runs} runs a point inside a box: each restricted input sampled over its range there. */
    public static List<String> flags(Runs runs, Prim.Result r, Prim.Box box, Manifest m, int runsPerPoint, int samples) {
        List<String> w = new ArrayList<>(List.of("casus", "batch", "--scenario", m.scenarioGiven(), "--runs", Integer.toString(runsPerPoint)));
        for (String s : m.sets()) {
            w.add("--set");
            w.add(s);
        }
        boolean sampled = false;
        for (Prim.Limit l : box.limits()) {
            String path = runs.inputs().get(l.input());
            double min = r.min()[l.input()];
            double max = r.max()[l.input()];
            if (l.low() == l.high()) {
                w.add("--set");
                w.add(path + "=" + Num.format(l.low()));
            } else {
                w.add("--sample");
                w.add(path + "=" + outward(l.low(), min, max, false) + ":" + outward(l.high(), min, max, true));
                sampled = true;
            }
        }
        if (sampled) {
            w.addAll(List.of("--samples", Integer.toString(samples)));
        }
        return w;
    }

    public static void table(PrintWriter out, Path study, Manifest m, Condition c, Runs runs, Prim.Result r, double threshold, int runsPerPoint,
            int samples) {
        out.println(String.format(Locale.ROOT, "%s (%s): %s in %,d of %,d runs (%.1f%%); inputs: %s", m.scenarioId(), study, c.text(), r.hits(),
                r.runs(), 100.0 * r.hits() / Math.max(1, r.runs()), String.join(", ", runs.inputs())));
        int width = Math.max(5, runs.inputs().stream().mapToInt(String::length).max().orElse(5));
        for (int b = 0; b < r.boxes().size(); b++) {
            Prim.Box box = r.boxes().get(b);
            Prim.Step s = box.box();
            out.println();
            out.println(String.format(Locale.ROOT, "box %d%s: coverage %.3f, density %.3f, mass %.3f: %,d runs, %,d of interest (step %d of %d)",
                    b + 1, box.reached() ? "" : String.format(Locale.ROOT, " (no box reaches density %s; the densest)", SensitivityFiles.g(threshold)),
                    s.coverage(), s.density(), s.mass(), s.runs(), s.hits(), box.chosen(), box.trajectory().size() - 1));
            if (box.limits().isEmpty()) {
                out.println("  restricts no input");
                continue;
            }
            String format = "  %-" + width + "s  %-28s %-28s %s";
            out.println(String.format(Locale.ROOT, format, "input", "in the box", "over the study", "quasi-p"));
            for (Prim.Limit l : box.limits()) {
                out.println(String.format(Locale.ROOT, format, runs.inputs().get(l.input()), range(l.low(), l.high(), l.lowCut(), l.highCut()),
                        SensitivityFiles.g(r.min()[l.input()]) + " to " + SensitivityFiles.g(r.max()[l.input()]), String.format(Locale.ROOT, "%.2g",
                                l.pValue())));
            }
            out.println("  a study inside it:");
            out.println("    " + Shell.join(flags(runs, r, box, m, runsPerPoint, samples)));
        }
        out.println();
        out.println("coverage: the share of the runs of interest inside the box; density: the share of the box's runs that are of interest; "
                + "mass: the share of all runs inside.");
        out.println("quasi-p: the chance of so dense a box by luck were that input's restriction dropped (one-sided binomial); large values "
                + "mark restrictions that matter little.");
    }

    public static JsonObject json(Manifest m, Condition c, Runs runs, Prim.Result r, Prim.Options o, int runsPerPoint, int samples) {
        JsonObject out = new JsonObject();
        out.addProperty("scenario", m.scenarioId());
        out.addProperty("outcome", c.text());
        out.addProperty("runs", r.runs());
        out.addProperty("runs_of_interest", r.hits());
        out.addProperty("threshold", o.threshold());
        out.addProperty("peel_alpha", o.alpha());
        out.addProperty("min_mass", o.minMass());
        JsonArray inputs = new JsonArray();
        for (int j = 0; j < runs.inputs().size(); j++) {
            JsonObject x = new JsonObject();
            x.addProperty("path", runs.inputs().get(j));
            x.add("min", Json.number(r.min()[j]));
            x.add("max", Json.number(r.max()[j]));
            inputs.add(x);
        }
        out.add("inputs", inputs);
        JsonArray boxes = new JsonArray();
        for (Prim.Box box : r.boxes()) {
            JsonObject b = step(box.box());
            b.addProperty("reached_threshold", box.reached());
            b.addProperty("step", box.chosen());
            JsonArray limits = new JsonArray();
            for (Prim.Limit l : box.limits()) {
                JsonObject x = new JsonObject();
                x.addProperty("path", runs.inputs().get(l.input()));
                x.add("low", Json.number(l.low()));
                x.add("high", Json.number(l.high()));
                x.addProperty("low_restricted", l.lowCut());
                x.addProperty("high_restricted", l.highCut());
                x.add("quasi_p", Json.number(l.pValue()));
                limits.add(x);
            }
            b.add("limits", limits);
            b.addProperty("command", Shell.join(flags(runs, r, box, m, runsPerPoint, samples)));
            JsonArray trajectory = new JsonArray();
            box.trajectory().forEach(s -> trajectory.add(step(s)));
            b.add("trajectory", trajectory);
            boxes.add(b);
        }
        out.add("boxes", boxes);
        return out;
    }

    /** Coverage across, density up: each box's peeling trajectory, the chosen box marked and numbered. */
    public static void plot(Path file, Manifest m, Condition c, Prim.Result r, double threshold) {
        XYChart chart = Plots.chart(String.format(Locale.ROOT, "PRIM peeling trajectory: %s \u2014 %s, %,d runs",
                c.text(), m.scenarioId(), r.runs()), "coverage", "density");
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        XYSeries line = chart.addSeries(String.format(Locale.ROOT, "threshold %s", SensitivityFiles.g(threshold)), new double[] {0, 1},
                new double[] {threshold, threshold});
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(Color.GRAY);
        for (int b = 0; b < r.boxes().size(); b++) {
            Prim.Box box = r.boxes().get(b);
            Color color = COLORS[b % COLORS.length];
            double[] x = box.trajectory().stream().mapToDouble(Prim.Step::coverage).toArray();
            double[] y = box.trajectory().stream().mapToDouble(Prim.Step::density).toArray();
            XYSeries path = chart.addSeries("trajectory " + (b + 1), x, y);
            path.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            path.setMarker(SeriesMarkers.CIRCLE);
            path.setLineColor(color);
            path.setMarkerColor(color);
            Prim.Step s = box.box();
            XYSeries chosen = chart.addSeries(String.format(Locale.ROOT, "box %d (coverage %.2f, density %.2f)", b + 1, s.coverage(), s.density()),
                    new double[] {s.coverage()}, new double[] {s.density()});
            chosen.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            chosen.setMarker(SeriesMarkers.DIAMOND);
            chosen.setMarkerColor(Color.BLACK);
        }
        Charts.png(chart, file.getParent(), file.getFileName().toString());
    }

    /** The file names for an outcome's discovery: {@code prim_OUTCOME.json} and {@code prim_OUTCOME.png}. */
    public static String name(Condition c, String ext) {
        return "prim_" + Charts.safe(c.text().replace(">", "_gt_").replace("<", "_lt_")) + "." + ext;
    }

    /**
     * A bound rounded away from the box to a thousandth of the study's range (the runs cannot place
     * a bound more finely than that): 0.46597175768047094 of 0.1 to 0.8 is 0.466.
     */
    static String outward(double v, double min, double max, boolean up) {
        double unit = Math.pow(10, Math.floor(Math.log10(max - min)) - 3);
        double rounded = (up ? Math.ceil(v / unit - 1e-9) : Math.floor(v / unit + 1e-9)) * unit;
        return new java.math.BigDecimal(rounded).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    private static JsonObject step(Prim.Step s) {
        JsonObject o = new JsonObject();
        o.add("coverage", Json.number(s.coverage()));
        o.add("density", Json.number(s.density()));
        o.add("mass", Json.number(s.mass()));
        o.addProperty("runs", s.runs());
        o.addProperty("runs_of_interest", s.hits());
        return o;
    }

    private static String range(double low, double high, boolean lowCut, boolean highCut) {
        String text = SensitivityFiles.g(low) + " to " + SensitivityFiles.g(high);
        return lowCut && highCut ? text : text + (lowCut ? " (raised)" : " (lowered)");
    }
}
