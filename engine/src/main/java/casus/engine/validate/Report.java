package casus.engine.validate;

import casus.engine.model.Sample;
import java.util.List;

/**
 * Everything a validation found: every expectation with its class, every counterfactual check,
 * every placebo, the scenarios that have no placebo, the scores by sample and what the search for
 * discriminators cost.
 */
public record Report(int runs, long seed, List<Case> cases, List<Check> checks, List<PlaceboCheck> placebos,
        List<String> withoutPlacebo, List<SampleScore> scores, List<SearchEffort> search) {
    public Report {
        cases = List.copyOf(cases);
        checks = List.copyOf(checks);
        placebos = List.copyOf(placebos);
        withoutPlacebo = List.copyOf(withoutPlacebo);
        scores = List.copyOf(scores);
        search = List.copyOf(search);
    }

    /** Whether every scored expectation, every check and every placebo passes. */
    public boolean passed() {
        return cases.stream().filter(Case::scored).allMatch(Case::pass)
                && checks.stream().allMatch(Check::pass)
                && placebos.stream().allMatch(PlaceboCheck::pass);
    }

    /** The least probability the log score takes, so that one impossible outcome does not make it infinite. */
    public double logFloor() {
        return Score.logFloor(runs);
    }

    /** The scores of one sample. */
    public SampleScore score(Sample sample) {
        return scores.stream().filter(s -> s.sample() == sample).findFirst().orElseThrow();
    }

    public double searchSeconds() {
        return search.stream().mapToDouble(SearchEffort::seconds).sum();
    }
}
