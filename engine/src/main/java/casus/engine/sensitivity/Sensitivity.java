package casus.engine.sensitivity;

import casus.engine.batch.Wilson;
import casus.engine.model.Setting;
import casus.engine.study.Block;
import casus.engine.study.Design;
import casus.engine.study.Factor;
import casus.engine.study.Slice;
import casus.engine.study.Streams;
import casus.engine.study.Study;
import casus.engine.study.StudyException;
import casus.engine.study.StudyListener;
import casus.engine.study.StudyRunner;
import casus.engine.study.Tally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Which inputs move an outcome most. Two studies on common random numbers: one at a time, each
 * input at the low and the high end of its range with the others at their midpoints; and
 * Saltelli's scheme over the whole box of ranges, from which {@link SobolIndices} estimates each
 * input's first-order and total share of the outcome's variance. The outcome at a point is a
 * {@link Measure} over that point's runs, so run-to-run chance is part of the variance no input
 * explains; the runs at each Saltelli point are also kept in two halves ({@link Replicates}), from
 * which the share of that chance and the indices of the expected outcome are estimated.
 */
public final class Sensitivity {
    private Sensitivity() {
    }

    /**
     * How much to run.
     *
     * @param samples N, rows of Saltelli's matrices: N·(k+2) points
     * @param runs runs at each of those points
     * @param oatRuns runs at each one-at-a-time point
     * @param resamples bootstrap resamples for the intervals
     * @param points how the rows of Saltelli's matrices are drawn
     * @param second whether to estimate second-order indices too, at N·(2k+2) points
     */
    public record Plan(int samples, int runs, int oatRuns, int resamples, Saltelli.Points points, boolean second) {
        public Plan(int samples, int runs, int oatRuns, int resamples, Saltelli.Points points) {
            this(samples, runs, oatRuns, resamples, points, false);
        }

        public Plan {
            if (samples < 2) {
                throw new StudyException("--samples must be at least 2, got " + samples);
            }
            if (runs < 1 || oatRuns < 1) {
                throw new StudyException("runs per point must be at least 1, got " + runs + " and " + oatRuns);
            }
            if (resamples < 1) {
                throw new StudyException("--bootstrap must be at least 1, got " + resamples);
            }
        }

        /** Runs both studies make together. */
        public long totalRuns(int inputs) {
            return (long) (1 + 2 * inputs) * oatRuns + (long) samples * Saltelli.perRow(inputs, second) * runs;
        }
    }

    /**
     * One input's effects. Intervals are 95%: at each end Wilson for a probability, mean ± 1.96
     * standard errors for a mean; for the effect, the mean ± 1.96 standard errors of the paired
     * differences (run i at the high end less run i at the low end: they share a seed); bootstrap
     * percentiles for indices, whose bootstrap standard errors are given too.
     */
    public record Row(Input input, double low, double[] lowCi, double high, double[] highCi, double[] effectCi, SobolIndices.Index first,
            SobolIndices.Index total, SobolIndices.Index firstFree, SobolIndices.Index totalFree) {
        /** The change in the outcome from the low to the high end, the others at their midpoints. */
        public double effect() {
            return high - low;
        }
    }

    /**
     * Every input's effects, ranked by total index, then first-order index; the share of the
     * outcome's variance that is run-to-run chance, and the variance of the expected outcome
     * (NaN with one run per point).
     */
    public record Result(Measure measure, List<Row> rows, double centre, double mean, double variance, SobolIndices.Index noiseShare,
            double freeVariance, List<SecondOrder> second, Plan plan, long seed) {
    }

    /** The second-order index of two inputs, with its 95% bootstrap interval. */
    public record SecondOrder(Input a, Input b, SobolIndices.Index index) {
    }

    /** Runs the analysis whole and analyses its runs. */
    public static Result run(Setting setting, List<Input> inputs, Measure measure, Plan plan, long seed, Executor executor, int window,
            LongConsumer progress) {
        List<Study> studies = studies(setting, inputs, plan, seed);
        return analyse(inputs, measure, plan, seed, collect(studies, replicates(studies), measure, executor, window, progress));
    }

    /** The names of the studies the analysis runs, in order: their rows in a {@code runs.csv}. */
    public static final List<String> DESIGNS = List.of("oat", "saltelli");

    /**
     * The two studies, on common random numbers: the one-at-a-time points (the midpoints, then
     * each input at its low and its high end), and the points of Saltelli's scheme.
     */
    public static List<Study> studies(Setting setting, List<Input> inputs, Plan plan, long seed) {
        int k = inputs.size();
        List<Factor> factors = factors(inputs);
        double[][] oat = new double[1 + 2 * k][k];
        for (int p = 0; p < oat.length; p++) {
            for (int i = 0; i < k; i++) {
                oat[p][i] = inputs.get(i).at(0.5);
            }
        }
        for (int i = 0; i < k; i++) {
            oat[1 + 2 * i][i] = inputs.get(i).low();
            oat[2 + 2 * i][i] = inputs.get(i).high();
        }
        double[][] unit = Saltelli.unitPoints(plan.samples(), k, plan.points(), plan.second(), Streams.design(seed));
        return List.of(new Study(setting, Design.of(factors, oat), plan.oatRuns(), seed),
                new Study(setting, Design.of(factors, scale(unit, inputs)), plan.runs(), seed));
    }

    /** The indices and effects from the measure's values in every run of {@link #studies}. */
    public static Result analyse(List<Input> inputs, Measure measure, Plan plan, long seed, List<Replicates> collected) {
        int k = inputs.size();
        Replicates oat = collected.get(0);
        Replicates saltelli = collected.get(1);
        Saltelli.Evaluations e = Saltelli.split(saltelli.means(), k, plan.second());
        SobolIndices.Estimate est = SobolIndices.estimate(e, SobolIndices.Noise.of(saltelli, k, plan.second()), plan.resamples(),
                Streams.bootstrap(seed));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int lo = 1 + 2 * i;
            int hi = 2 + 2 * i;
            rows.add(new Row(inputs.get(i), oat.mean(lo), interval(measure, oat, lo), oat.mean(hi), interval(measure, oat, hi),
                    paired(oat.values(lo), oat.values(hi)), est.first()[i], est.total()[i], est.firstFree()[i], est.totalFree()[i]));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -orZero(r.total().value())).thenComparingDouble(r -> -orZero(r.first().value()))
                .thenComparing(r -> r.input().path()));
        double mean = 0;
        for (int j = 0; j < e.n(); j++) {
            mean += e.a()[j] + e.b()[j];
        }
        mean /= 2.0 * e.n();
        List<SecondOrder> pairs = new ArrayList<>();
        for (SobolIndices.Pair p : est.second()) {
            pairs.add(new SecondOrder(inputs.get(p.i()), inputs.get(p.j()), p.index()));
        }
        pairs.sort(Comparator.comparingDouble((SecondOrder p) -> -orZero(p.index().value())).thenComparing(p -> p.a().path())
                .thenComparing(p -> p.b().path()));
        return new Result(measure, List.copyOf(rows), oat.mean(0), mean, est.variance(), est.noiseShare(), est.freeVariance(), List.copyOf(pairs),
                plan, seed);
    }

    /** Empty replicates for the studies' runs, every value kept for the one-at-a-time points, whose effects are paired. */
    public static List<Replicates> replicates(List<Study> studies) {
        List<Replicates> out = new ArrayList<>();
        for (int d = 0; d < studies.size(); d++) {
            out.add(d == 0 && studies.size() == DESIGNS.size() ? Replicates.keeping(studies.get(d)) : Replicates.of(studies.get(d)));
        }
        return out;
    }

    /** Runs studies whole and sums the measure over each point's runs into {@code into}. */
    static List<Replicates> collect(List<Study> studies, List<Replicates> into, Measure measure, Executor executor, int window,
            LongConsumer progress) {
        for (int d = 0; d < studies.size(); d++) {
            Study study = studies.get(d);
            Replicates r = into.get(d);
            StudyRunner.run(study, Slice.whole(study.totalRuns()), executor, window, null, new StudyListener() {
                @Override
                public void block(Block b) {
                    progress.accept(b.size());
                    for (int i = 0; i < b.size(); i++) {
                        r.add(b.point(), b.run(i), measure.of(b, i));
                    }
                }

                @Override
                public void pointDone(int point, Tally tally) {
                }
            });
        }
        return into;
    }

    /** Each input as a sampled factor of a study. */
    static List<Factor> factors(List<Input> inputs) {
        List<Factor> factors = new ArrayList<>();
        for (Input in : inputs) {
            factors.add(new Factor(in.parameter(), Factor.How.SAMPLED));
        }
        return factors;
    }

    /** Points of the unit cube as values of the inputs. */
    static double[][] scale(double[][] unit, List<Input> inputs) {
        double[][] points = new double[unit.length][inputs.size()];
        for (int p = 0; p < unit.length; p++) {
            for (int i = 0; i < inputs.size(); i++) {
                points[p][i] = inputs.get(i).at(unit[p][i]);
            }
        }
        return points;
    }

    private static double[] interval(Measure m, Replicates r, int point) {
        if (m.probability()) {
            return Wilson.interval(Math.round(r.sum(point)), r.runs(point));
        }
        return normal(r.values(point));
    }

    /** The mean ± 1.96 standard errors of the differences of runs that both have a value. */
    static double[] paired(double[] low, double[] high) {
        double[] d = new double[low.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = high[i] - low[i];
        }
        return normal(d);
    }

    /** The mean ± 1.96 standard errors of the values that are not NaN; NaN with fewer than two. */
    private static double[] normal(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double half = Wilson.Z95 * Math.sqrt(ss / (n - 1) / n);
        return new double[] {mean - half, mean + half};
    }

    static double orZero(double x) {
        return Double.isNaN(x) ? 0 : x;
    }
}
