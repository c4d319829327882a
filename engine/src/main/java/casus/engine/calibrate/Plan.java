package casus.engine.calibrate;

/**
 * How hard a calibration looks.
 *
 * @param runs the runs each case plays at every evaluation, from the same master seed each time
 * @param evaluations the evaluations each fit may spend (the fit on every case, and each fold's)
 * @param points the bins of each knob's profile, and the points of its slice through the fit
 * @param crossValidate whether to fit once more for each case left out and predict it
 * @param seed the master seed of the runs and of the search
 */
public record Plan(int runs, int evaluations, int points, boolean crossValidate, long seed) {
    /** The fewest evaluations a fit may be given: a few generations of the search. */
    public static final int FEWEST_EVALUATIONS = 10;

    public Plan {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (evaluations < FEWEST_EVALUATIONS) {
            throw new IllegalArgumentException("--evaluations must be at least " + FEWEST_EVALUATIONS + ", got " + evaluations);
        }
        if (points < 2) {
            throw new IllegalArgumentException("--points must be at least 2, got " + points);
        }
    }
}
