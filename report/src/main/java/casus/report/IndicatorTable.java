package casus.report;

import casus.v1.Indicator;
import casus.v1.SessionRecord;
import casus.v1.TickUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every indicator's value at the end of every day played, rebuilt from the changes each tick
 * reported and a {@link Baseline} for the values that never changed. A value not known is NaN.
 */
final class IndicatorTable {
    private final List<Integer> days = new ArrayList<>();
    private final List<String> dates = new ArrayList<>();
    private final List<String> keys;
    private final Map<String, double[]> columns = new HashMap<>();

    private IndicatorTable(List<String> keys, int rows) {
        this.keys = List.copyOf(keys);
        for (String k : keys) {
            double[] c = new double[rows];
            Arrays.fill(c, Double.NaN);
            columns.put(k, c);
        }
    }

    static IndicatorTable of(SessionRecord record, Baseline baseline) {
        List<TickUpdate> ticks = record.getTicksList();
        Set<String> keys = new LinkedHashSet<>(baseline.values().keySet());
        Map<String, Integer> firstChange = new HashMap<>();
        for (TickUpdate t : ticks) {
            for (Indicator i : t.getChangedList()) {
                keys.add(i.getKey());
                firstChange.putIfAbsent(i.getKey(), t.getDay());
            }
        }
        IndicatorTable table = new IndicatorTable(new ArrayList<>(keys), ticks.size());
        Map<String, Double> current = new HashMap<>();
        for (Map.Entry<String, Double> e : baseline.values().entrySet()) {
            Integer first = firstChange.get(e.getKey());
            if (baseline.day() == 0 || first == null || first >= baseline.day()) {
                current.put(e.getKey(), e.getValue());
            }
        }
        for (int row = 0; row < ticks.size(); row++) {
            TickUpdate t = ticks.get(row);
            for (Indicator i : t.getChangedList()) {
                current.put(i.getKey(), i.getValue());
            }
            table.days.add(t.getDay());
            table.dates.add(t.getDate());
            for (Map.Entry<String, Double> e : current.entrySet()) {
                table.columns.get(e.getKey())[row] = e.getValue();
            }
        }
        return table;
    }

    /** The number of days played: one row each. */
    int rows() {
        return days.size();
    }

    int day(int row) {
        return days.get(row);
    }

    String date(int row) {
        return dates.get(row);
    }

    /** Every indicator's key: the baseline's in its order, then others as they first appeared. */
    List<String> keys() {
        return keys;
    }

    /** The value of an indicator at the end of a row's day; NaN when unknown or no such key. */
    double value(String key, int row) {
        double[] c = columns.get(key);
        return c == null ? Double.NaN : c[row];
    }

    /** An indicator's column, one value a row; NaN where unknown. */
    double[] column(String key) {
        double[] c = columns.get(key);
        if (c == null) {
            double[] none = new double[rows()];
            Arrays.fill(none, Double.NaN);
            return none;
        }
        return c.clone();
    }

    /** The days as numbers, for a chart's axis. */
    double[] dayAxis() {
        double[] x = new double[rows()];
        for (int i = 0; i < x.length; i++) {
            x[i] = days.get(i);
        }
        return x;
    }
}
