package casus.engine.sensitivity;

import casus.engine.model.Setting;
import casus.engine.study.Design;
import casus.engine.study.Streams;
import casus.engine.study.Study;
import casus.engine.study.StudyException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Which of many inputs matter at all: {@link Morris} elementary effects over r trajectories,
 * each point's outcome a {@link Measure} over its seeded runs. It costs r·(k + 1) points against
 * Saltelli's N·(k + 2), and ranks rather than apportions the variance.
 */
public final class Screening {
    private Screening() {
    }

    /**
     * How much to run.
     *
     * @param trajectories r
     * @param levels p, the grid's levels per input (even)
     * @param runs runs at each point
     * @param resamples bootstrap resamples of the trajectories
     */
    public record Plan(int trajectories, int levels, int runs, int resamples) {
        public Plan {
            if (trajectories < 2) {
                throw new StudyException("--samples (Morris trajectories) must be at least 2, got " + trajectories);
            }
            if (runs < 1) {
                throw new StudyException("--runs must be at least 1, got " + runs);
            }
            if (resamples < 1) {
                throw new StudyException("--bootstrap must be at least 1, got " + resamples);
            }
        }

        public long totalRuns(int inputs) {
            return (long) trajectories * (inputs + 1) * runs;
        }
    }

    /** One input's effects, in the outcome's units per whole range of the input. */
    public record Row(Input input, Morris.Effects effects) {
    }

    /** Every input's effects, ranked by μ*, then σ; the outcome's mean over every point. */
    public record Result(Measure measure, List<Row> rows, double mean, Plan plan, long seed) {
    }

    public static Result run(Setting setting, List<Input> inputs, Measure measure, Plan plan, long seed, Executor executor, int window,
            LongConsumer progress) {
        int k = inputs.size();
        double[][] unit = Morris.unitPoints(plan.trajectories(), k, plan.levels(), Streams.design(seed));
        double[] y = new double[unit.length];
        Study study = new Study(setting, Design.of(Sensitivity.factors(inputs), Sensitivity.scale(unit, inputs)), plan.runs(), seed);
        Sensitivity.run(study, executor, window, b -> progress.accept(b.size()), (point, t) -> y[point] = measure.of(t));
        Morris.Effects[] effects = Morris.estimate(unit, y, k, plan.resamples(), Streams.bootstrap(seed));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            rows.add(new Row(inputs.get(i), effects[i]));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -Sensitivity.orZero(r.effects().absoluteMean().value()))
                .thenComparingDouble(r -> -Sensitivity.orZero(r.effects().deviation().value())).thenComparing(r -> r.input().path()));
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        return new Result(measure, List.copyOf(rows), mean / y.length, plan, seed);
    }
}
