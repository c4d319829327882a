package casus.engine.model;

import java.util.Arrays;
import java.util.List;

/**
 * The model's constants as a library's model file states them: each constant's value, the range a
 * study may move it in, whether it counts whole things, what it means and the basis of its value.
 * Immutable. A {@link Setting} carries the values it runs with, which a study may have changed.
 */
public final class ModelConstants {
    /** What the file says of one constant. */
    public record Entry(ModelConstant constant, double value, double min, double max, boolean integer, String meaning, String basis) {
        public Entry {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(constant.key() + ": value " + value + " is outside [" + min + ", " + max + "]");
            }
        }
    }

    private final String source;
    private final List<Entry> entries;
    private final double[] values;

    /**
     * @param source the file the constants came from, for messages and manifests
     * @param entries one per constant, in the order of {@link ModelConstant}
     */
    public ModelConstants(String source, List<Entry> entries) {
        if (entries.size() != ModelConstant.COUNT) {
            throw new IllegalArgumentException("expected " + ModelConstant.COUNT + " constants, got " + entries.size());
        }
        values = new double[ModelConstant.COUNT];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.constant().ordinal() != i) {
                throw new IllegalArgumentException("constant " + e.constant().key() + " out of order at " + i);
            }
            values[i] = e.value();
        }
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    public String source() {
        return source;
    }

    public Entry entry(ModelConstant c) {
        return entries.get(c.ordinal());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The stated values, indexed by {@link ModelConstant#ordinal()}: a fresh copy. */
    public double[] values() {
        return Arrays.copyOf(values, values.length);
    }
}
