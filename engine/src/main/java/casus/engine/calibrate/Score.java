package casus.engine.calibrate;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The Brier and log scores of one model's probabilities of what was observed, as validation takes
 * them: the mean of (1 − p)², and the mean of −ln p with p clipped below at 1/(2 × runs). Lower is
 * better; NaN when nothing is scored.
 */
public record Score(int scored, double brier, double logScore) {
    static Score of(List<Prediction> predictions, ToDoubleFunction<Prediction> model, int runs) {
        double floor = 1.0 / (2.0 * runs);
        double brier = 0;
        double log = 0;
        for (Prediction p : predictions) {
            double q = model.applyAsDouble(p);
            brier += (1 - q) * (1 - q);
            log -= Math.log(Math.max(q, floor));
        }
        int n = predictions.size();
        return n == 0 ? new Score(0, Double.NaN, Double.NaN) : new Score(n, brier / n, log / n);
    }
}
