package casus.engine.calibrate;

import casus.engine.model.Sample;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Everything a calibration found: the knobs with their hand-set and fitted values, the objective
 * at both, every knob's profile and interval, the pairs that trade off, each scored expectation's
 * predictions, the folds of the cross-validation and every evaluation made, in order.
 *
 * @param nearBest how many of the search's evaluations lie within {@link Identifiability#THRESHOLD} of the best
 */
public record Result(Plan plan, List<Knob> knobs, List<String> fitted, List<String> outOfSample, Evaluation handSet, Evaluation best,
        List<Profile> profiles, List<TradeOff> tradeOffs, int nearBest, List<Prediction> predictions, List<Fold> folds,
        List<Evaluation> evaluations) {
    public Result {
        knobs = List.copyOf(knobs);
        fitted = List.copyOf(fitted);
        outOfSample = List.copyOf(outOfSample);
        profiles = List.copyOf(profiles);
        tradeOffs = List.copyOf(tradeOffs);
        predictions = List.copyOf(predictions);
        folds = List.copyOf(folds);
        evaluations = List.copyOf(evaluations);
    }

    /** The predictions of one sample's cases. */
    public List<Prediction> of(Sample sample) {
        return predictions.stream().filter(p -> p.sample() == sample).toList();
    }

    /** One model's scores over one sample's predictions. */
    public Score score(Sample sample, ToDoubleFunction<Prediction> model) {
        return Score.of(of(sample), model, plan.runs());
    }

    /** Whether the fit found values that explain the fitting cases better than the hand-set ones. */
    public boolean improved() {
        return best.objective() < handSet.objective();
    }
}
