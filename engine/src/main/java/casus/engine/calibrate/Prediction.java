package casus.engine.calibrate;

import casus.engine.model.Sample;

/**
 * One scored expectation of one case and the probability each model gives what was observed: the
 * hand-set library; the library fitted on every fitting case (this one included, for an in-sample
 * case); the library fitted with this case left out (NaN without cross-validation, and for an
 * out-of-sample case, which no fit uses); and the base rate of the cases a fit would use without
 * this one ({@link BaseRate}).
 */
public record Prediction(String scenario, Sample sample, String outcome, String observed, double handSet, double fitted, double crossValidated,
        double baseRate) {
}
