package casus.engine.validate;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The Brier and log scores of one model's probabilities of what was observed: the mean of
 * (1 − p)², and the mean of −ln p with p clipped below at {@link #logFloor}. Lower is better for
 * both; NaN when nothing is scored. Validation and calibration score with it alike.
 */
public record Score(int scored, double brier, double logScore) {
    /**
     * The least probability the log score takes: half a run's share, so an outcome the rules
     * never gave costs a finite −ln(1/(2 × runs)) instead of infinity.
     */
    public static double logFloor(int runs) {
        return 1.0 / (2.0 * runs);
    }

    /** The scores of a model that gives each item the probability {@code model} reads from it. */
    public static <T> Score of(List<T> items, ToDoubleFunction<T> model, int runs) {
        double floor = logFloor(runs);
        double brier = 0;
        double log = 0;
        for (T item : items) {
            double p = model.applyAsDouble(item);
            brier += (1 - p) * (1 - p);
            log -= Math.log(Math.max(p, floor));
        }
        int n = items.size();
        return n == 0 ? new Score(0, Double.NaN, Double.NaN) : new Score(n, brier / n, log / n);
    }
}
