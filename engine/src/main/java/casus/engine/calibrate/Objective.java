package casus.engine.calibrate;

import casus.engine.model.Expectation;
import casus.engine.model.FactChange;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import casus.engine.validate.Frequencies;
import casus.engine.validate.Runner;
import java.util.ArrayList;
import java.util.List;

/**
 * The smoothed negative log-likelihood of the recorded outcomes of some cases under the rules with
 * some values of the knobs. Each case plays the same runs, from the same master seed, at every
 * evaluation (common random numbers), so two evaluations differ by the values alone. An
 * expectation whose observed value came out in k of n runs has likelihood (k + ½)/(n + 1), so an
 * outcome the rules never gave costs ln(2n + 2), not infinity; the objective sums −ln of that over
 * every expectation of every case.
 */
public final class Objective {
    private final List<Target> targets;
    private final List<Knob> knobs;
    private final int runs;
    private final Runner runner;
    /** For each target, whether it knows each knob. */
    private final boolean[][] knows;

    public Objective(List<Target> targets, List<Knob> knobs, int runs, Runner runner) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        this.targets = List.copyOf(targets);
        this.knobs = List.copyOf(knobs);
        this.runs = runs;
        this.runner = runner;
        knows = new boolean[this.targets.size()][this.knobs.size()];
        for (int t = 0; t < this.targets.size(); t++) {
            for (int k = 0; k < this.knobs.size(); k++) {
                knows[t][k] = Parameters.find(this.targets.get(t).setting(), this.knobs.get(k).path()) != null;
            }
        }
    }

    public List<Target> targets() {
        return targets;
    }

    public List<Knob> knobs() {
        return knobs;
    }

    public int runs() {
        return runs;
    }

    /** The runs one evaluation plays: {@link #runs()} for each case. */
    public long runsPerEvaluation() {
        return (long) runs * targets.size();
    }

    /** The same cases and knobs with only some of the cases, by index. */
    public Objective only(List<Integer> kept) {
        List<Target> t = new ArrayList<>();
        for (int i : kept) {
            t.add(targets.get(i));
        }
        return new Objective(t, knobs, runs, runner);
    }

    /** The likelihood an expectation gets when its observed value came out in a share {@code p} of the runs. */
    public double smoothed(double p) {
        double k = Math.rint(p * runs);
        return (k + 0.5) / (runs + 1.0);
    }

    /** Plays every case with the knobs at {@code values} and scores the record. */
    public Evaluation evaluate(int index, String phase, double[] values) {
        if (values.length != knobs.size()) {
            throw new IllegalArgumentException("one value per knob: expected " + knobs.size() + ", got " + values.length);
        }
        double total = 0;
        double[] byCase = new double[targets.size()];
        double[][] p = new double[targets.size()][];
        for (int t = 0; t < targets.size(); t++) {
            Target target = targets.get(t);
            Frequencies f = runner.run(with(t, values), runs);
            List<Expectation> expectations = target.expectations();
            p[t] = new double[expectations.size()];
            for (int e = 0; e < expectations.size(); e++) {
                Expectation x = expectations.get(e);
                p[t][e] = f.probabilityOf(x.outcome(), x.observed());
                byCase[t] -= Math.log(smoothed(p[t][e]));
            }
            total += byCase[t];
        }
        return new Evaluation(index, phase, values, total, byCase, p);
    }

    /** A target's setting with the knobs it knows set to the values. */
    private Setting with(int t, double[] values) {
        List<FactChange> changes = new ArrayList<>();
        for (int k = 0; k < knobs.size(); k++) {
            if (knows[t][k]) {
                changes.add(new FactChange(knobs.get(k).path(), Double.toString(values[k])));
            }
        }
        return Parameters.with(targets.get(t).setting(), changes);
    }
}
