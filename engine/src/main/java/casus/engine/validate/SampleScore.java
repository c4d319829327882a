package casus.engine.validate;

import casus.engine.model.Sample;

/**
 * The scores of the scored (discriminating) expectations of one sample, with a naive forecast's
 * for comparison. Each score is NaN when the sample has no scored expectation.
 *
 * @param brier the mean of (1 − p)² over scored expectations, p the rules' probability of what was observed
 * @param logScore the mean of −ln p, p clipped below at {@link Report#logFloor()}
 * @param baselineBrier the Brier score of the climatology forecast ({@link Scoring})
 * @param baselineLogScore the log score of the climatology forecast, clipped the same way
 */
public record SampleScore(Sample sample, int scored, int passed, double brier, double logScore,
        double baselineBrier, double baselineLogScore) {
}
