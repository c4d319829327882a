package casus.engine.calibrate;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * The search for the knobs' best values: CMA-ES (Hansen's covariance matrix adaptation evolution
 * strategy, as Commons Math implements it) on the unit cube of the knobs' ranges, from the hand-set
 * values, with a step of {@link #SIGMA} of each range and the default population. CMA-ES ranks
 * the candidates of a generation and never differentiates, so an objective that moves in steps,
 * as shares of a fixed number of runs do, does not mislead it. When it stops before the budget is
 * spent (its own tests of convergence), it starts again from the best point found, with the next
 * seed, until the budget is spent. Its random numbers come from a generator seeded with the
 * calibration's seed, so a search is the same every time.
 */
final class Search {
    /** The first step, as a share of each knob's range. */
    static final double SIGMA = 0.25;

    private Search() {
    }

    /**
     * Spends {@code budget} evaluations of {@code objective} under {@code phase} and returns the best.
     *
     * @param start the values to start from, in the knobs' units
     */
    static Evaluation run(Objective objective, double[] start, int budget, long seed, String phase, Trace trace) {
        List<Knob> knobs = objective.knobs();
        int d = knobs.size();
        double[] from = new double[d];
        for (int k = 0; k < d; k++) {
            from[k] = knobs.get(k).unit(start[k]);
        }
        int population = 4 + (int) Math.floor(3 * Math.log(d));
        double[] lower = new double[d];
        double[] upper = new double[d];
        double[] sigma = new double[d];
        Arrays.fill(upper, 1);
        Arrays.fill(sigma, SIGMA);
        int spent = 0;
        Evaluation best = null;
        for (int restart = 0; spent < budget; restart++) {
            int before = trace.of(phase).size();
            CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0,
                    new MersenneTwister(new int[] {(int) seed, (int) (seed >>> 32), restart}), false, null);
            ObjectiveFunction f = new ObjectiveFunction(x -> trace.evaluate(objective, phase, values(knobs, x)).objective());
            try {
                cmaes.optimize(new MaxEval(budget - spent), new MaxIter(Integer.MAX_VALUE), f, GoalType.MINIMIZE, new InitialGuess(from),
                        new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population));
            } catch (TooManyEvaluationsException spentAll) {
                // the budget is the only stop that matters
            }
            List<Evaluation> made = trace.of(phase);
            int now = made.size() - before;
            if (now == 0) {
                break;
            }
            spent += now;
            best = Trace.best(made);
            for (int k = 0; k < d; k++) {
                from[k] = knobs.get(k).unit(best.value(k));
            }
        }
        return best;
    }

    static double[] values(List<Knob> knobs, double[] unit) {
        double[] v = new double[knobs.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = knobs.get(k).at(unit[k]);
        }
        return v;
    }
}
