package casus.studies;

import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import casus.engine.study.Block;
import casus.engine.study.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code runs.csv}: one row per run, in run order. Columns: {@code point}, {@code run} (within
 * the point), {@code seed}, each factor's value at the point, each fact the run drew, each flag
 * as 0 or 1, {@code ceasefire_broker} (an actor id or {@code none}) and each metric.
 */
public final class RunsCsv {
    public static final String FILE = "runs.csv";

    private RunsCsv() {
    }

    public static String header(List<String> factors, List<String> drawn) {
        return header(List.of(), factors, drawn);
    }

    /** The header with {@code lead} columns before {@code point}. */
    public static String header(List<String> lead, List<String> factors, List<String> drawn) {
        List<String> cols = new ArrayList<>(lead);
        cols.addAll(List.of("point", "run", "seed"));
        cols.addAll(factors);
        cols.addAll(drawn);
        for (Flag f : Flag.values()) {
            cols.add(f.key());
        }
        cols.add("ceasefire_broker");
        for (Metric m : Metric.values()) {
            cols.add(m.key());
        }
        return String.join(",", cols);
    }

    /** Formats a block's rows; runs on the worker that ran the block. */
    public static Function<Block, String> encoder(Design design, int drawn, List<String> actors) {
        return encoder("", design, drawn, actors);
    }

    /** Formats a block's rows, each opened by {@code lead} (empty, or cells ending in a comma). */
    public static Function<Block, String> encoder(String lead, Design design, int drawn, List<String> actors) {
        return b -> {
            StringBuilder out = new StringBuilder(b.size() * 160);
            String[] values = new String[design.factors().size()];
            for (int j = 0; j < values.length; j++) {
                values[j] = Num.format(design.value(b.point(), j));
            }
            for (int i = 0; i < b.size(); i++) {
                out.append(lead).append(b.point()).append(',').append(b.run(i)).append(',').append(b.seed(i));
                for (String v : values) {
                    out.append(',').append(v);
                }
                for (int k = 0; k < drawn; k++) {
                    out.append(',').append(Num.format(b.drawn(i, k)));
                }
                long flags = b.flags(i);
                for (int f = 0; f < Flag.COUNT; f++) {
                    out.append(',').append((flags >>> f) & 1);
                }
                out.append(',').append(Outcome.brokerName(b.broker(i), actors::get));
                for (Metric m : Metric.values()) {
                    out.append(',').append(Num.format(b.metric(i, m)));
                }
                out.append('\n');
            }
            return out.toString();
        };
    }

    /** The study-wide index of a row, from its point and run. */
    static long index(String row, int runsPerPoint) {
        int a = row.indexOf(',');
        int b = row.indexOf(',', a + 1);
        return Long.parseLong(row, 0, a, 10) * runsPerPoint + Long.parseLong(row, a + 1, b, 10);
    }
}
