package casus.cli;

import casus.engine.run.Metric;
import casus.studies.Num;
import casus.studies.Outcomes;
import casus.studies.PointStats;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A study of several points as a table: one column per point (eight to a block), rows for the
 * factors' values, the runs, each outcome's share and each metric's mean.
 */
final class PointsTable {
    static final int COLUMNS = 8;

    private PointsTable() {
    }

    static void print(PrintWriter out, List<String> factors, List<Outcomes.Outcome> outcomes, List<PointStats> points) {
        List<String> labels = new ArrayList<>();
        labels.add("point");
        labels.addAll(factors);
        labels.add("runs");
        outcomes.forEach(o -> labels.add(o.name()));
        for (Metric m : Metric.values()) {
            labels.add(m.key() + " (mean)");
        }
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(5);
        for (int from = 0; from < points.size(); from += COLUMNS) {
            List<PointStats> block = points.subList(from, Math.min(points.size(), from + COLUMNS));
            List<List<String>> cells = new ArrayList<>();
            for (PointStats p : block) {
                List<String> col = new ArrayList<>();
                col.add(Integer.toString(p.point()));
                for (double v : p.values()) {
                    col.add(Num.format(v));
                }
                col.add(Long.toString(p.runs()));
                for (Outcomes.Outcome o : outcomes) {
                    col.add(String.format(Locale.ROOT, "%.3f", (double) p.count(o) / Math.max(1, p.runs())));
                }
                for (double[] s : p.metrics()) {
                    col.add(String.format(Locale.ROOT, "%.2f", s[0]));
                }
                cells.add(col);
            }
            int width = 7;
            for (List<String> col : cells) {
                for (String c : col) {
                    width = Math.max(width, c.length());
                }
            }
            if (from > 0) {
                out.println();
            }
            for (int r = 0; r < labels.size(); r++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + labelWidth + "s", labels.get(r)));
                for (List<String> col : cells) {
                    line.append(String.format(Locale.ROOT, "  %" + width + "s", col.get(r)));
                }
                out.println(line.toString().stripTrailing());
            }
        }
        out.println();
        out.println("Shares of runs; each has a 95% Wilson interval in summary.csv (--out DIR or --format csv).");
    }
}
