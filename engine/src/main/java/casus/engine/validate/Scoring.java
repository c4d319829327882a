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

    /** The scores of each sample, in the order of {@link Sample}. */
    static List<SampleScore> of(List<Case> cases, int runs) {
        Climatology climatology = new Climatology(cases);
        List<SampleScore> out = new ArrayList<>();
        for (Sample sample : Sample.values()) {
            List<Case> scored = cases.stream().filter(c -> c.scored() && c.sample() == sample).toList();
            int passed = (int) scored.stream().filter(Case::pass).count();
            Score model = Score.of(scored, Case::pObserved, runs);
            Score baseline = Score.of(scored, climatology::forecast, runs);
            out.add(new SampleScore(sample, model.scored(), passed, model.brier(), model.logScore(),
                    baseline.brier(), baseline.logScore()));
        }
        return out;
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
