package casus.report;

import casus.v1.Indicator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every indicator's value at one moment, to fill in what a record's ticks leave out: an update
 * carries only the indicators that changed, so a value that never changed appears in no tick.
 *
 * <p>A baseline at the opening ({@code day} 0, before the first tick) gives every indicator its
 * value from the start. A snapshot taken later, at {@code day} N (the day the next tick would
 * play), still tells the value of every indicator that did not change before day N, from the
 * start; an indicator that changed before N is unknown until its first change.
 *
 * @param day the day the next tick played when the values were read; 0 at the opening
 * @param values the values, by indicator key, in the server's order
 */
public record Baseline(int day, Map<String, Double> values) {
    public Baseline {
        if (day < 0) {
            throw new IllegalArgumentException("a baseline's day must not be negative, got " + day);
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No values known: indicators are blank until they first change. */
    public static Baseline none() {
        return new Baseline(0, Map.of());
    }

    /** The values read before the first tick. */
    public static Baseline opening(List<Indicator> indicators) {
        return at(0, indicators);
    }

    /** The values read when the next tick to play was {@code day}. */
    public static Baseline at(int day, List<Indicator> indicators) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            v.put(i.getKey(), i.getValue());
        }
        return new Baseline(day, v);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
