package casus.studies;

import casus.engine.batch.Wilson;
import casus.engine.run.Metric;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summary.csv}: one row per point. Columns: {@code point}, each factor's value,
 * {@code runs}; for each outcome {@code NAME_p}, {@code NAME_lo}, {@code NAME_hi} (the share of
 * runs and its 95% Wilson interval); for each metric {@code NAME_mean}, {@code NAME_mean_se},
 * {@code NAME_mean_lo}, {@code NAME_mean_hi} (the mean, its standard error and its 95% interval),
 * {@code NAME_p5}, {@code NAME_p50}, {@code NAME_p95}.
 */
public final class SummaryCsv {
    public static final String FILE = "summary.csv";

    private SummaryCsv() {
    }

    /** The header line, its newline included. */
    public static String header(List<String> factors, List<Outcomes.Outcome> outcomes) {
        List<String> cols = new ArrayList<>();
        cols.add("point");
        cols.addAll(factors);
        cols.add("runs");
        for (Outcomes.Outcome o : outcomes) {
            cols.add(o.name() + "_p");
            cols.add(o.name() + "_lo");
            cols.add(o.name() + "_hi");
        }
        for (Metric m : Metric.values()) {
            cols.add(m.key() + "_mean");
            cols.add(m.key() + "_mean_se");
            cols.add(m.key() + "_mean_lo");
            cols.add(m.key() + "_mean_hi");
            cols.add(m.key() + "_p5");
            cols.add(m.key() + "_p50");
            cols.add(m.key() + "_p95");
        }
        return String.join(",", cols) + "\n";
    }

    /** A point's line, its newline included. */
    public static String row(List<Outcomes.Outcome> outcomes, PointStats p) {
        StringBuilder row = new StringBuilder();
        row.append(p.point());
        for (double v : p.values()) {
            row.append(',').append(Num.format(v));
        }
        row.append(',').append(p.runs());
        for (Outcomes.Outcome o : outcomes) {
            long k = p.count(o);
            double[] ci = Wilson.interval(k, p.runs());
            row.append(',').append(cell(p.runs() == 0 ? Double.NaN : (double) k / p.runs())).append(',').append(cell(ci[0])).append(',')
                    .append(cell(ci[1]));
        }
        for (Metric m : Metric.values()) {
            double[] stats = p.metrics()[m.ordinal()];
            double[] ci = p.meanInterval(m);
            row.append(',').append(cell(stats[0])).append(',').append(cell(p.meanErrors()[m.ordinal()])).append(',').append(cell(ci[0]))
                    .append(',').append(cell(ci[1]));
            for (int q = 1; q < stats.length; q++) {
                row.append(',').append(cell(stats[q]));
            }
        }
        return row.append('\n').toString();
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : Num.format(v);
    }
}
