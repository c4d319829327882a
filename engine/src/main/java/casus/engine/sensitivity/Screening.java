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

    /** The name of the study the screening runs: its rows in a {@code runs.csv}. */
    public static final List<String> DESIGNS = List.of("morris");

    /** Runs the screening whole and analyses its runs. */
    public static Result run(Setting setting, List<Input> inputs, Measure measure, Plan plan, long seed, Executor executor, int window,
            LongConsumer progress) {
        List<Study> studies = studies(setting, inputs, plan, seed);
        return analyse(inputs, measure, plan, seed, Sensitivity.collect(studies, replicates(studies), measure, executor, window, progress));
    }

    /** Empty replicates for the study's runs. */
    public static List<Replicates> replicates(List<Study> studies) {
        return List.of(Replicates.of(studies.get(0)));
    }

    /** The one study: the points of r trajectories. */
    public static List<Study> studies(Setting setting, List<Input> inputs, Plan plan, long seed) {
        double[][] unit = Morris.unitPoints(plan.trajectories(), inputs.size(), plan.levels(), Streams.design(seed));
        return List.of(new Study(setting, Design.of(Sensitivity.factors(inputs), Sensitivity.scale(unit, inputs)), plan.runs(), seed));
    }

    /** The effects from the measure's values in every run of {@link #studies}. */
    public static Result analyse(List<Input> inputs, Measure measure, Plan plan, long seed, List<Replicates> collected) {
        int k = inputs.size();
        double[][] unit = Morris.unitPoints(plan.trajectories(), k, plan.levels(), Streams.design(seed));
        double[] y = collected.get(0).means();
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
