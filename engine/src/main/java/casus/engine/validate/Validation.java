package casus.engine.validate;

import casus.engine.model.CheckDef;
import casus.engine.model.Expectation;
import casus.engine.model.FactChange;
import casus.engine.model.Placebo;
import casus.engine.model.Setting;
import casus.engine.run.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Checks the model against the record, scenario by scenario.
 *
 * <p>Every expectation gets a class before any score is taken ({@link ExpectationClass}): it is
 * redundant when another of its scenario implies it ({@link Implications}); otherwise it is
 * discriminating when its declared change of facts, the scenario as it is, or a change the
 * search finds in the {@link Catalogue} gives the other value with probability at least
 * {@link #DISCRIMINATING_PROBABILITY}; otherwise structural. Only discriminating expectations are
 * scored: one passes when the rules give what happened probability at least
 * {@link #PASS_PROBABILITY}, and the samples are scored apart ({@link Scoring}).
 *
 * <p>A counterfactual check passes when its variant moves the outcome the declared way by at
 * least the declared margin; a placebo passes when its variant moves no outcome by more than
 * {@link #PLACEBO_TOLERANCE}.
 */
public final class Validation {
    /** The least simulated probability of what happened for a scored case to pass. */
    public static final double PASS_PROBABILITY = 0.6;
    /** The least probability of the other value under a change for that change to make a case discriminating. */
    public static final double DISCRIMINATING_PROBABILITY = 0.4;
    /** The most any outcome's probability may move under a placebo. */
    public static final double PLACEBO_TOLERANCE = 0.05;
    /** The most runs the search gives a candidate change before confirming it with the full number. */
    public static final int SEARCH_RUNS = 200;

    /** The outcome that is not a flag: who brokered the ceasefire in force at the end. */
    static final String BROKER = "ceasefire_broker";
    /**
     * Slack in comparisons with a threshold: a share of whole runs differs from a threshold it
     * meets exactly by rounding (0.55 − 0.5 is 0.05000000000000004).
     */
    private static final double SLACK = 1e-9;

    private Validation() {
    }

    /** Validates the settings with seeded batches of the rules, every batch from {@code seed}. */
    public static Report run(List<Setting> settings, int runs, long seed, Executor executor, LongSupplier clock) {
        return run(settings, runs, seed, Runner.batches(seed, executor), clock);
    }

    /**
     * Validates the settings with the given runner.
     *
     * @param seed the runner's seed, for the report
     * @param clock a nanosecond clock, used only to report how long the search took
     */
    public static Report run(List<Setting> settings, int runs, long seed, Runner runner, LongSupplier clock) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        List<Case> cases = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        List<PlaceboCheck> placebos = new ArrayList<>();
        List<String> withoutPlacebo = new ArrayList<>();
        List<SearchEffort> search = new ArrayList<>();
        for (Setting s : settings) {
            if (s.placebos().isEmpty()) {
                withoutPlacebo.add(s.id());
            }
            if (s.expectations().isEmpty() && s.checks().isEmpty() && s.placebos().isEmpty()) {
                continue;
            }
            Variants variants = new Variants(s, runs, runner);
            search.add(expectations(variants, cases, clock));
            checks(variants, checks);
            placebos(variants, placebos);
        }
        return new Report(runs, seed, cases, checks, placebos, withoutPlacebo, Scoring.of(cases, runs), search);
    }

    /**
     * Classes every expectation of the settings as {@link #run} does, and gives each the
     * probability the rules give what was observed, without running the checks and placebos.
     */
    public static List<Case> classify(List<Setting> settings, int runs, Runner runner, LongSupplier clock) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        List<Case> cases = new ArrayList<>();
        for (Setting s : settings) {
            if (!s.expectations().isEmpty()) {
                expectations(new Variants(s, runs, runner), cases, clock);
            }
        }
        return cases;
    }

    /** Classes and scores one scenario's expectations; returns what its search cost. */
    private static SearchEffort expectations(Variants variants, List<Case> cases, LongSupplier clock) {
        Setting s = variants.base();
        Frequencies base = variants.original();
        List<Expectation> expectations = s.expectations();
        List<String> impliedBy = Implications.impliedBy(expectations);
        Discriminator[] declared = new Discriminator[expectations.size()];
        Discriminator[] used = new Discriminator[expectations.size()];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < expectations.size(); i++) {
            Expectation e = expectations.get(i);
            if (!e.discriminator().isEmpty()) {
                declared[i] = declared(variants, e);
            }
            if (impliedBy.get(i) != null) {
                continue;
            }
            Discriminator asItIs = new Discriminator(List.of(), false, pOther(base, e), "");
            // When the rules already give the other value, no change is needed to show that the
            // expectation can fail, and whatever candidate came first would be named for nothing.
            used[i] = declared[i] != null && declared[i].works() ? declared[i] : asItIs.works() ? asItIs : null;
            if (used[i] == null) {
                open.add(i);
            }
        }
        DiscriminatorSearch.Result found = DiscriminatorSearch.run(variants, open, clock);
        for (int i = 0; i < expectations.size(); i++) {
            Expectation e = expectations.get(i);
            Discriminator d = used[i] != null ? used[i] : found.found().get(i);
            ExpectationClass c = impliedBy.get(i) != null ? ExpectationClass.REDUNDANT
                    : d != null ? ExpectationClass.DISCRIMINATING : ExpectationClass.STRUCTURAL;
            cases.add(new Case(s.id(), s.sample(), e.outcome(), e.observed(), base.probabilityOf(e.outcome(), e.observed()), e.source(),
                    c, declared[i], d, impliedBy.get(i)));
        }
        return found.effort();
    }

    /** The scenario's own discriminator of an expectation, run at the full number of runs unless it is not admissible. */
    private static Discriminator declared(Variants variants, Expectation e) {
        for (FactChange c : e.discriminator()) {
            if (!Catalogue.admissible(c.path())) {
                return Discriminator.refused(e.discriminator(), "not a fact of the scenario: " + c.path());
            }
        }
        return new Discriminator(e.discriminator(), true, pOther(variants.of(e.discriminator()), e), "");
    }

    private static void checks(Variants variants, List<Check> out) {
        Setting s = variants.base();
        Frequencies base = variants.original();
        for (CheckDef c : s.checks()) {
            Flag f = Flag.byKey(c.outcome());
            Frequencies variant = variants.of(c.changes());
            out.add(new Check(c.name(), s.id(), c.outcome(), base.probability(f), variant.probability(f), c.up(), c.margin(), c.reason()));
        }
    }

    private static void placebos(Variants variants, List<PlaceboCheck> out) {
        Setting s = variants.base();
        Frequencies base = variants.original();
        for (Placebo p : s.placebos()) {
            Move most = base.largestMove(variants.of(p.changes()));
            out.add(new PlaceboCheck(s.id(), p.name(), p.changes(), p.reason(), most));
        }
    }

    /** The share of runs in which an expectation's outcome took any value but the observed one. */
    static double pOther(Frequencies f, Expectation e) {
        return 1 - f.probabilityOf(e.outcome(), e.observed());
    }

    static boolean atLeast(double value, double threshold) {
        return value >= threshold - SLACK;
    }

    static boolean atMost(double value, double threshold) {
        return value <= threshold + SLACK;
    }
}
