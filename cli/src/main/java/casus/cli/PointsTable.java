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
 * factors' values, the runs, each outcome's share and each metric's mean. Points are added one
 * at a time and a block printed as soon as it is full, so the table of any study is printed in
 * the memory of eight points.
 */
final class PointsTable {
    static final int COLUMNS = 8;

    private final PrintWriter out;
    private final List<Outcomes.Outcome> outcomes;
    private final List<String> labels = new ArrayList<>();
    private final int labelWidth;
    private final List<PointStats> block = new ArrayList<>();
    private boolean printed;

    PointsTable(PrintWriter out, List<String> factors, List<Outcomes.Outcome> outcomes) {
        this.out = out;
        this.outcomes = outcomes;
        labels.add("point");
        labels.addAll(factors);
        labels.add("runs");
        outcomes.forEach(o -> labels.add(o.name()));
        for (Metric m : Metric.values()) {
            labels.add(m.key() + " (mean)");
        }
        labelWidth = labels.stream().mapToInt(String::length).max().orElse(5);
    }

    void add(PointStats p) {
        block.add(p);
        if (block.size() == COLUMNS) {
            printBlock();
        }
    }

    /** Prints the last block and the note under the table. */
    void end() {
        if (!block.isEmpty()) {
            printBlock();
        }
        out.println();
        out.println("Shares of runs; each has a 95% Wilson interval in summary.csv (--out DIR or --format csv).");
    }

    private void printBlock() {
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
        if (printed) {
            out.println();
        }
        for (int r = 0; r < labels.size(); r++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + labelWidth + "s", labels.get(r)));
            for (List<String> col : cells) {
                line.append(String.format(Locale.ROOT, "  %" + width + "s", col.get(r)));
            }
            out.println(line.toString().stripTrailing());
        }
        printed = true;
        block.clear();
    }
}
