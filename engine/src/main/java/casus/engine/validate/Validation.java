package casus.engine.validate;

import casus.engine.batch.Batch;
import casus.engine.batch.BatchResult;
import casus.engine.model.CheckDef;
import casus.engine.model.Expectation;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import casus.engine.run.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Checks the model against the record. An expected outcome passes when the simulated probability
 * of the observed value is at least {@link #PASS_PROBABILITY}. A counterfactual check passes when
 * the variant moves the outcome's probability in the declared direction by at least the declared
 * margin. The Brier score is the mean of (1 − p(observed))² over all expected outcomes.
 */
public final class Validation {
    /** The least simulated probability of what happened for a case to pass. */
    public static final double PASS_PROBABILITY = 0.6;

    /** One expected outcome of one scenario. */
    public record Case(String scenario, String outcome, String observed, double pObserved, String source) {
        public boolean pass() {
            return pObserved >= PASS_PROBABILITY;
        }
    }

    /** One counterfactual check. */
    public record Check(String name, String scenario, String outcome, double pBase, double pVariant, boolean up, double margin, String reason) {
        public boolean pass() {
            double moved = up ? pVariant - pBase : pBase - pVariant;
            return moved >= margin;
        }

        /** The expectation as text, for example "up by 0.20". */
        public String expected() {
            return (up ? "up" : "down") + " by " + String.format(java.util.Locale.ROOT, "%.2f", margin);
        }
    }

    /** Everything a validation found. */
    public record Report(int runs, long seed, List<Case> cases, List<Check> checks) {
        public boolean passed() {
            return cases.stream().allMatch(Case::pass) && checks.stream().allMatch(Check::pass);
        }

        public double brier() {
            double sum = 0;
            for (Case c : cases) {
                sum += (1 - c.pObserved()) * (1 - c.pObserved());
            }
            return cases.isEmpty() ? 0 : sum / cases.size();
        }
    }

    private Validation() {
    }

    /** Validates every setting that declares expected outcomes or checks. */
    public static Report run(List<Setting> settings, int runs, long seed, Executor executor, LongSupplier clock) {
        List<Case> cases = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (Setting s : settings) {
            if (s.expectations().isEmpty() && s.checks().isEmpty()) {
                continue;
            }
            BatchResult base = Batch.run(s, runs, seed, executor, clock);
            for (Expectation e : s.expectations()) {
                cases.add(new Case(s.id(), e.outcome(), e.observed(), base.probabilityOf(e.outcome(), e.observed()), e.source()));
            }
            for (CheckDef c : s.checks()) {
                Setting variant = Parameters.with(s, c.changes());
                BatchResult other = Batch.run(variant, runs, seed, executor, clock);
                Flag f = Flag.byKey(c.outcome());
                checks.add(new Check(c.name(), s.id(), c.outcome(), base.probability(f), other.probability(f), c.up(), c.margin(), c.reason()));
            }
        }
        return new Report(runs, seed, cases, checks);
    }
}
