package casus.engine.calibrate;

/**
 * One parameter a calibration fits: a preference of the actor library ({@code preferences.A.TERM})
 * or a constant of the model ({@code model.NAME}), the range it is searched over, and its hand-set
 * value, where the search starts. The optimiser works on the unit interval; {@link #at} maps back.
 */
public record Knob(String path, double low, double high, double start, boolean integer) {
    public Knob {
        if (!(low < high)) {
            throw new IllegalArgumentException(path + ": the range " + low + ":" + high + " is empty");
        }
        if (!(start >= low && start <= high)) {
            throw new IllegalArgumentException(path + ": the range " + low + ":" + high + " excludes the hand-set value " + start);
        }
    }

    /** The value at a point of the unit interval, rounded for a whole-number constant. */
    public double at(double unit) {
        double v = low + Math.max(0, Math.min(1, unit)) * (high - low);
        return integer ? Math.max(Math.ceil(low), Math.min(Math.floor(high), Math.rint(v))) : v;
    }

    /** Where a value lies in the unit interval. */
    public double unit(double value) {
        return (value - low) / (high - low);
    }
}
