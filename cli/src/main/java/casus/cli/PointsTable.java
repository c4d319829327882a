package casus.cli;

import casus.engine.batch.Wilson;
import casus.engine.run.Metric;
import casus.studies.Num;
import casus.studies.Outcomes;
import casus.studies.PointStats;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A study of several points as a table: one column per point ({@value #COLUMNS} to a block), rows
 * for the factors' values (a sampled factor's to {@value Num#BRIEF_DIGITS} significant digits;
 * summary.csv keeps them exact), the runs, each outcome's share with its 95% Wilson interval and
 * each metric's mean with its standard error. Points are added one at a time and a block printed
 * as soon as it is full, so the table of any study is printed in the memory of {@value #COLUMNS}
 * points.
 */
final class PointsTable {
    static final int COLUMNS = 5;

    private final PrintWriter out;
    private final List<Boolean> swept;
    private final List<Outcomes.Outcome> outcomes;
    private final List<String> labels = new ArrayList<>();
    private final int labelWidth;
    private final List<PointStats> block = new ArrayList<>();
    private boolean printed;

    PointsTable(PrintWriter out, List<String> factors, List<Boolean> swept, List<Outcomes.Outcome> outcomes) {
        this.out = out;
        this.swept = swept;
        this.outcomes = outcomes;
        labels.add("point");
        labels.addAll(factors);
        labels.add("runs");
        outcomes.forEach(o -> labels.add(o.name()));
        for (Metric m : Metric.values()) {
            labels.add(m.key() + " (mean \u00b1 s.e.)");
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
        out.println("Shares of runs with their 95% Wilson intervals; metric means with their standard errors (summary.csv has the exact values "
                + "and the means' 95% intervals).");
    }

    private void printBlock() {
        List<List<String>> cells = new ArrayList<>();
        for (PointStats p : block) {
            List<String> col = new ArrayList<>();
            col.add(Integer.toString(p.point()));
            for (int j = 0; j < p.values().length; j++) {
                col.add(swept.get(j) ? Num.format(p.values()[j]) : Num.brief(p.values()[j]));
            }
            col.add(Long.toString(p.runs()));
            for (Outcomes.Outcome o : outcomes) {
                long k = p.count(o);
                double[] ci = Wilson.interval(k, p.runs());
                col.add(String.format(Locale.ROOT, "%.3f [%.2f, %.2f]", (double) k / Math.max(1, p.runs()), ci[0], ci[1]));
            }
            for (Metric m : Metric.values()) {
                double se = p.meanErrors()[m.ordinal()];
                col.add(String.format(Locale.ROOT, "%.2f \u00b1 %s", p.metrics()[m.ordinal()][0], Double.isNaN(se) ? "n/a"
                        : String.format(Locale.ROOT, "%.2f", se)));
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
