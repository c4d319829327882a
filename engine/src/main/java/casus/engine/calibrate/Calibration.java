package casus.engine.calibrate;

import casus.engine.model.Expectation;
import casus.engine.model.Sample;
import casus.engine.validate.Runner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fits preferences of the actor library and constants of the model to the recorded outcomes of
 * in-sample cases, and scores the fit on cases it never saw.
 *
 * <ol>
 * <li>The hand-set values are evaluated, then {@link Search} spends the plan's evaluations on the
 * fitting cases' {@link Objective}.
 * <li>Each knob's slice through the best point of the search, and its profile from every
 * evaluation ({@link Identifiability}); the fit is the best evaluation made, a slice's included;
 * the pairs of knobs that trade off.
 * <li>Out-of-sample cases are never part of an objective that is searched: they are played once
 * with the hand-set values and once with the fitted ones.
 * <li>With cross-validation, each fitting case is left out in turn: a fit on the others, with the
 * same budget from the same start, predicts it.
 * </ol>
 *
 * Every evaluation plays the same seeded runs, and the search draws from a generator seeded with
 * the plan's seed, so a calibration gives the same result on any number of threads. The engine
 * starts no threads: the runner runs on the caller's executor.
 */
public final class Calibration {
    static final String HAND_SET = "hand-set";
    static final String FIT = "fit";
    static final String SLICE = "slice";
    static final String OUT_HAND_SET = "out-of-sample hand-set";
    static final String OUT_FITTED = "out-of-sample fitted";
    static final String FOLD = "fold ";
    static final String LEFT_OUT = " left out";

    private Calibration() {
    }

    /** The runs a calibration will play, for a progress bar. */
    public static long plannedRuns(Plan plan, int knobs, int fitting, int outOfSample) {
        long perCase = plan.runs();
        long runs = perCase * fitting * (1 + plan.evaluations() + (long) knobs * plan.points());
        runs += outOfSample == 0 ? 0 : 2 * perCase * outOfSample;
        if (plan.crossValidate()) {
            runs += fitting * (perCase * (fitting - 1) * plan.evaluations() + perCase);
        }
        return runs;
    }

    /**
     * Calibrates.
     *
     * @param fitting the in-sample cases the knobs are fitted to
     * @param outOfSample the cases scored apart, never fitted to
     * @param listener told of every evaluation as it is made
     * @throws IllegalArgumentException when there is nothing to fit, an out-of-sample case among
     *     the fitting ones, or a cross-validation with fewer than two fitting cases
     */
    public static Result run(List<Target> fitting, List<Target> outOfSample, List<Knob> knobs, Plan plan, Runner runner,
            Consumer<Evaluation> listener) {
        check(fitting, outOfSample, plan);
        Trace trace = new Trace(listener);
        Objective all = new Objective(fitting, knobs, plan.runs(), runner);
        double[] start = knobs.stream().mapToDouble(Knob::start).toArray();
        Evaluation handSet = trace.evaluate(all, HAND_SET, start);
        Evaluation found = Search.run(all, start, plan.evaluations(), plan.seed(), FIT, trace);
        double[][] slices = slices(all, found.objective() < handSet.objective() ? found : handSet, plan.points(), trace);
        List<Evaluation> same = new ArrayList<>(trace.of(HAND_SET));
        same.addAll(trace.of(FIT));
        same.addAll(trace.of(SLICE));
        // A slice is an evaluation of the same objective: where one does better than the search, it is the fit.
        Evaluation best = Trace.best(same);
        List<Profile> profiles = new ArrayList<>();
        for (int k = 0; k < knobs.size(); k++) {
            profiles.add(Identifiability.profile(knobs, k, slices[k], same, best.objective(), best.value(k)));
        }
        List<Evaluation> search = trace.of(FIT);
        List<TradeOff> tradeOffs = Identifiability.tradeOffs(knobs, search, best.objective());
        int near = (int) search.stream().filter(e -> e.objective() <= best.objective() + Identifiability.THRESHOLD).count();

        Evaluation outHand = null;
        Evaluation outFitted = null;
        if (!outOfSample.isEmpty()) {
            Objective out = new Objective(outOfSample, knobs, plan.runs(), runner);
            outHand = trace.evaluate(out, OUT_HAND_SET, start);
            outFitted = trace.evaluate(out, OUT_FITTED, best.values());
        }
        List<Fold> folds = new ArrayList<>();
        double[][] crossValidated = new double[fitting.size()][];
        if (plan.crossValidate()) {
            for (int i = 0; i < fitting.size(); i++) {
                List<Integer> others = new ArrayList<>();
                for (int j = 0; j < fitting.size(); j++) {
                    if (j != i) {
                        others.add(j);
                    }
                }
                String id = fitting.get(i).id();
                Evaluation fold = Search.run(all.only(others), start, plan.evaluations(), plan.seed(), FOLD + id, trace);
                Evaluation predicted = trace.evaluate(all.only(List.of(i)), FOLD + id + LEFT_OUT, fold.values());
                crossValidated[i] = probabilities(predicted, fitting.get(i).expectations().size());
                folds.add(new Fold(id, fold.values(), fold.objective(), predicted.objective(), handSet.caseObjective()[i]));
            }
        }
        List<Prediction> predictions = new ArrayList<>();
        for (int t = 0; t < fitting.size(); t++) {
            List<Target> others = new ArrayList<>(fitting);
            others.remove(t);
            BaseRate base = BaseRate.of(others);
            List<Expectation> es = fitting.get(t).expectations();
            for (int e = 0; e < es.size(); e++) {
                double cv = crossValidated[t] == null ? Double.NaN : crossValidated[t][e];
                predictions.add(prediction(fitting.get(t), es.get(e), handSet.probability(t, e), best.probability(t, e), cv, base.forecast(es.get(e))));
            }
        }
        BaseRate base = BaseRate.of(fitting);
        for (int t = 0; t < outOfSample.size(); t++) {
            List<Expectation> es = outOfSample.get(t).expectations();
            for (int e = 0; e < es.size(); e++) {
                predictions.add(prediction(outOfSample.get(t), es.get(e), outHand.probability(t, e), outFitted.probability(t, e), Double.NaN,
                        base.forecast(es.get(e))));
            }
        }
        return new Result(plan, knobs, fitting.stream().map(Target::id).toList(), outOfSample.stream().map(Target::id).toList(), handSet, best,
                profiles, tradeOffs, near, predictions, folds, trace.all());
    }

    private static void check(List<Target> fitting, List<Target> outOfSample, Plan plan) {
        if (fitting.stream().allMatch(t -> t.expectations().isEmpty())) {
            throw new IllegalArgumentException("--cases: no in-sample case has an expectation validation scores; there is nothing to fit");
        }
        for (Target t : fitting) {
            if (t.setting().sample() != Sample.IN_SAMPLE) {
                throw new IllegalArgumentException("--cases: " + t.id() + " is out of sample; out-of-sample cases are never fitted");
            }
        }
        for (Target t : outOfSample) {
            if (t.setting().sample() != Sample.OUT_OF_SAMPLE) {
                throw new IllegalArgumentException("--cases: " + t.id() + " is in sample, not one to score apart");
            }
        }
        if (plan.crossValidate() && fitting.size() < 2) {
            throw new IllegalArgumentException("--cross-validate: leaving a case out needs at least two in-sample cases, got " + fitting.size());
        }
    }

    private static Prediction prediction(Target t, Expectation e, double handSet, double fitted, double crossValidated, double base) {
        return new Prediction(t.id(), t.setting().sample(), e.outcome(), e.observed(), handSet, fitted, crossValidated, base);
    }

    /** The probabilities of an evaluation of one case. */
    private static double[] probabilities(Evaluation e, int expectations) {
        double[] p = new double[expectations];
        for (int x = 0; x < expectations; x++) {
            p[x] = e.probability(0, x);
        }
        return p;
    }

    /** Each knob's objective at the centre of each of its bins, every other knob at its value in {@code through}. */
    private static double[][] slices(Objective all, Evaluation through, int points, Trace trace) {
        List<Knob> knobs = all.knobs();
        double[][] slices = new double[knobs.size()][points];
        for (int k = 0; k < knobs.size(); k++) {
            for (int b = 0; b < points; b++) {
                double[] v = through.values();
                v[k] = knobs.get(k).at((b + 0.5) / points);
                slices[k][b] = trace.evaluate(all, SLICE, v).objective();
            }
        }
        return slices;
    }
}
