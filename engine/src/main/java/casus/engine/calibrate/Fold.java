package casus.engine.calibrate;

/**
 * One fold of the leave-one-case-out cross-validation: the case left out, the values fitted on
 * the others and the objective they reached there, and the left-out case's own objective under
 * those values and under the hand-set ones.
 */
public record Fold(String leftOut, double[] values, double objective, double leftOutObjective, double leftOutHandSet) {
    public Fold {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
