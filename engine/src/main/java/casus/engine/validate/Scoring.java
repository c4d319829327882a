package casus.engine.validate;

import casus.engine.model.Sample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the scored expectations of each sample apart, and scores a naive forecast beside them:
 * the climatology, which gives an outcome's observed value the share that value has among the
 * in-sample scored expectations of the same outcome (one half when there are none). A model that
 * does no better than the climatology has learnt no more than how often things happen.
 */
final class Scoring {
    private Scoring() {
    }

    /**
     * The least probability the log score takes: half a run's share, so an outcome the rules
     * never gave costs a finite −ln(1/(2 × runs)) instead of infinity.
     */
    static double logFloor(int runs) {
        return 1.0 / (2.0 * runs);
    }

    /** The scores of each sample, in the order of {@link Sample}. */
    static List<SampleScore> of(List<Case> cases, int runs) {
        Climatology climatology = new Climatology(cases);
        double floor = logFloor(runs);
        List<SampleScore> out = new ArrayList<>();
        for (Sample sample : Sample.values()) {
            List<Case> scored = cases.stream().filter(c -> c.scored() && c.sample() == sample).toList();
            int passed = (int) scored.stream().filter(Case::pass).count();
            double brier = 0;
            double log = 0;
            double baseBrier = 0;
            double baseLog = 0;
            for (Case c : scored) {
                double q = climatology.forecast(c);
                brier += square(1 - c.pObserved());
                log += -Math.log(Math.max(c.pObserved(), floor));
                baseBrier += square(1 - q);
                baseLog += -Math.log(Math.max(q, floor));
            }
            int n = scored.size();
            out.add(n == 0
                    ? new SampleScore(sample, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                    : new SampleScore(sample, n, passed, brier / n, log / n, baseBrier / n, baseLog / n));
        }
        return out;
    }

    private static double square(double x) {
        return x * x;
    }

    /** How often each outcome took each value among the in-sample scored expectations. */
    private static final class Climatology {
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        Climatology(List<Case> cases) {
            for (Case c : cases) {
                if (c.scored() && c.sample() == Sample.IN_SAMPLE) {
                    counts.computeIfAbsent(c.outcome(), o -> new HashMap<>()).merge(c.observed(), 1, Integer::sum);
                }
            }
        }

        /** The climatology's probability of what was observed in a case. */
        double forecast(Case c) {
            Map<String, Integer> byValue = counts.get(c.outcome());
            if (byValue == null) {
                return 0.5;
            }
            int total = byValue.values().stream().mapToInt(Integer::intValue).sum();
            return (double) byValue.getOrDefault(c.observed(), 0) / total;
        }
    }
}
