package casus.engine.calibrate;

/**
 * One evaluation of the objective: the values tried, in the order of the knobs; the smoothed
 * negative log-likelihood of the observed outcomes, summed over the cases; and, for each case in
 * the objective's order and each of its expectations, the simulated probability of what was
 * observed (a share of the runs, unsmoothed).
 *
 * @param phase what the evaluation was for: {@code hand-set}, {@code fit}, {@code slice}, {@code fold CASE}, ...
 */
public record Evaluation(int index, String phase, double[] values, double objective, double[] caseObjective, double[][] probabilities) {
    public Evaluation {
        values = values.clone();
        caseObjective = caseObjective.clone();
        double[][] copy = new double[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            copy[i] = probabilities[i].clone();
        }
        probabilities = copy;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double value(int knob) {
        return values[knob];
    }

    @Override
    public double[] caseObjective() {
        return caseObjective.clone();
    }

    /** The simulated probability of the observed value of one expectation of one case. */
    public double probability(int target, int expectation) {
        return probabilities[target][expectation];
    }
}
