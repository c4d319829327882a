package casus.engine.model;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;

/**
 * One fact or preference of a scenario, named by a path such as
 * {@code actors.RUS.forces_committed_elsewhere}: its kind, its allowed range, how to read it from
 * a {@link Setting} and how to change it in a {@link SettingBuilder}. Actor-valued parameters
 * (a region's de jure owner) take an actor id; the rest take numbers.
 */
public final class Parameter {
    /** What values a parameter takes. */
    public enum Kind {
        NUMBER, INTEGER, ACTOR
    }

    private final String path;
    private final Kind kind;
    private final double min;
    private final double max;
    private final Function<Setting, Object> getter;
    private final ObjDoubleConsumer<SettingBuilder> setter;

    Parameter(String path, Kind kind, double min, double max, Function<Setting, Object> getter, ObjDoubleConsumer<SettingBuilder> setter) {
        this.path = path;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.getter = getter;
        this.setter = setter;
    }

    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The current value, as text: a number, or an actor id. */
    public String value(Setting s) {
        Object v = getter.apply(s);
        if (v instanceof Double d) {
            return format(d);
        }
        return String.valueOf(v);
    }

    /** The current value as a number; for an actor-valued parameter, the actor's index. */
    public double number(Setting s) {
        Object v = getter.apply(s);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return s.actor((String) v);
    }

    /** The allowed values, as text: {@code [0, 1]} or {@code actor id}. */
    public String range() {
        return switch (kind) {
            case ACTOR -> "actor id";
            case INTEGER -> "[" + (long) min + ", " + (long) max + "]";
            case NUMBER -> "[" + format(min) + ", " + format(max) + "]";
        };
    }

    /**
     * Sets the parameter from text.
     *
     * @throws IllegalArgumentException naming the path when the value is not a number, not an
     *     actor of the scenario, or out of range
     */
    public void set(SettingBuilder b, String text) {
        String value = text.trim();
        if (kind == Kind.ACTOR) {
            int a = b.actor(value);
            if (a < 0) {
                throw new IllegalArgumentException(path + ": no actor '" + value + "' in this scenario (actors: "
                        + String.join(", ", b.actorIds) + ")");
            }
            setter.accept(b, a);
            return;
        }
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path + ": '" + value + "' is not a number");
        }
        set(b, v);
    }

    /** Sets a numeric parameter, checking its range. */
    public void set(SettingBuilder b, double v) {
        if (kind == Kind.ACTOR) {
            throw new IllegalArgumentException(path + " takes an actor id, not a number");
        }
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(path + ": " + format(v) + " is out of range " + range());
        }
        if (kind == Kind.INTEGER && v != Math.rint(v)) {
            throw new IllegalArgumentException(path + ": " + format(v) + " is not a whole number");
        }
        setter.accept(b, v);
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return path;
    }
}
