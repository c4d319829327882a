package casus.studies;

import casus.engine.study.Tally;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes what a study's directory derives from its manifest and its tallies: the summaries, the
 * plots and the report. The same tallies give the same files, byte for byte, which is what makes
 * merged shards equal to an unsplit study.
 *
 * <p>The tallies are read twice, a point at a time, and never held: once to pool the runs (for
 * the histograms, and to know which brokers the summaries have columns for), to gather the
 * values of sampled factors (for their plots' bins) and to count the points; once to write the
 * summaries and gather the plots' curves, a heatmap's cells and the few points whose histograms
 * and trajectories are drawn apart. Memory grows with the values a swept factor takes and the
 * cells of a heatmap (at most {@value Heatmaps#MAX_CELLS}), not with the points.
 */
public final class Derived {
    private Derived() {
    }

    /** Writes the derived files; returns what the manifest records of them, in the order written. */
    public static List<Outputs.Entry> write(Path dir, Manifest m) {
        Path tallies = dir.resolve(Tallies.FILE);
        List<String> factors = m.factors();
        List<Boolean> swept = m.swept();
        Tally pooled = new Tally(m.actors().size());
        Values[] values = new Values[factors.size()];
        Arrays.setAll(values, j -> new Values());
        List<Tally> few = new ArrayList<>();
        long[] points = new long[1];
        Tallies.readFile(tallies, m.actors(), (point, v, tally, line) -> {
            pooled.merge(tally);
            for (int j = 0; j < values.length; j++) {
                if (!swept.get(j)) {
                    values[j].add(v[j]);
                }
            }
            // kept for the histograms by point only while there are few points: memory must not grow with a study's points
            if (++points[0] <= Charts.HISTOGRAM_POINTS) {
                few.add(tally);
            }
        });
        List<Outcomes.Outcome> outcomes = Outcomes.of(pooled, m.actors());
        List<Curves.Gatherer> curves = new ArrayList<>();
        for (int j = 0; j < factors.size(); j++) {
            curves.add(new Curves.Gatherer(factors, j, swept.get(j), values[j].toArray()));
        }
        Heatmaps.Grid grid = Heatmaps.drawn(factors, swept) ? new Heatmaps.Grid() : null;
        List<Integer> shown = Trajectories.shown((int) points[0]);
        List<PointStats> drawn = new ArrayList<>();
        List<Outputs.Entry> files = new ArrayList<>();
        List<PointStats> first = new ArrayList<>();
        long[] index = new long[1];
        try (PartFile csv = PartFile.create(dir, SummaryCsv.FILE); PartFile json = PartFile.create(dir, SummaryJson.FILE)) {
            csv.write(SummaryCsv.header(factors, outcomes));
            SummaryJson.Writer summary = new SummaryJson.Writer(json.writer(), m, outcomes);
            Tallies.readFile(tallies, m.actors(), (point, v, tally, line) -> {
                PointStats p = PointStats.of(point, v, tally);
                csv.write(SummaryCsv.row(outcomes, p));
                summary.point(p);
                curves.forEach(c -> c.add(p));
                if (grid != null) {
                    grid.add(p);
                }
                if (first.size() < ReportMarkdown.TABLE_POINTS) {
                    first.add(p);
                }
                if (shown.contains((int) index[0]++)) {
                    drawn.add(p.counts());
                }
            });
            summary.end(new JsonObject());
            json.write("\n");
            files.add(csv.commit(true));
            files.add(json.commit(true));
        }
        Charts.Gathered gathered = new Charts.Gathered(curves, grid, pooled, points[0] <= Charts.HISTOGRAM_POINTS ? few : List.of(), first);
        List<Outputs.Entry> plots = new ArrayList<>(Charts.write(dir, m, outcomes, gathered));
        if (m.trajectories() > 0) {
            plots.addAll(Trajectories.plots(dir, m, drawn));
        }
        files.addAll(plots);
        try (PartFile report = PartFile.create(dir, ReportMarkdown.FILE)) {
            PrintWriter out = new PrintWriter(report.writer());
            ReportMarkdown.write(out, m, outcomes, first, points[0], plots.stream().map(Outputs.Entry::file).toList());
            out.flush();
            files.add(report.commit(true));
        }
        return files;
    }

    static PrintWriter writer(Path file) {
        try {
            return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A growing list of doubles. */
    private static final class Values {
        private double[] values = new double[16];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
