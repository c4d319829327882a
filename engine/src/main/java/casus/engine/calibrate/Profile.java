package casus.engine.calibrate;

/**
 * What the evaluations say of one knob's value. Its range is cut into {@code points} equal bins;
 * {@code slice} is the objective with this knob at each bin's centre and every other at its
 * fitted value; {@code profile} is the least objective of every evaluation made (the search's and
 * the slices') whose value of the knob lies in the bin, an upper bound on the profile likelihood,
 * which minimises over the other knobs. The interval is the span of the bins whose profile lies
 * within {@link Identifiability#THRESHOLD} of the best: values the data cannot tell from the fitted
 * one at about 95% (half the 0.95 quantile of χ² with one degree of freedom).
 *
 * @param low the interval's lower end: the lower edge of its first bin, or the fitted value if lower
 * @param high the interval's upper end
 */
public record Profile(Knob knob, double[] centres, double[] slice, double[] profile, double low, double high) {
    public Profile {
        centres = centres.clone();
        slice = slice.clone();
        profile = profile.clone();
    }

    @Override
    public double[] centres() {
        return centres.clone();
    }

    @Override
    public double[] slice() {
        return slice.clone();
    }

    @Override
    public double[] profile() {
        return profile.clone();
    }

    /** The interval's share of the knob's range. */
    public double width() {
        return (high - low) / (knob.high() - knob.low());
    }

    /** Whether no bin's profile rises past the threshold: the data say nothing of this knob over its range. */
    public boolean flat() {
        return low <= knob.low() && high >= knob.high();
    }

    /** Whether the data leave this knob loose: a flat profile, or an interval over half its range or more. */
    public boolean loose() {
        return flat() || width() >= Identifiability.LOOSE_WIDTH;
    }
}
