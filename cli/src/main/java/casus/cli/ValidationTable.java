package casus.cli;

import casus.engine.model.Sample;
import casus.engine.validate.Case;
import casus.engine.validate.Check;
import casus.engine.validate.Discriminator;
import casus.engine.validate.ExpectationClass;
import casus.engine.validate.PlaceboCheck;
import casus.engine.validate.Report;
import casus.engine.validate.SampleScore;
import casus.engine.validate.SearchEffort;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A validation report as text: the expectations with their classes, the counterfactual checks,
 * the placebos, the scores of each sample beside the baseline's, and one closing line.
 */
final class ValidationTable {
    private final PrintWriter out;

    private ValidationTable(PrintWriter out) {
        this.out = out;
    }

    static void print(PrintWriter out, Report r) {
        ValidationTable t = new ValidationTable(out);
        t.cases(r);
        t.checks(r);
        t.placebos(r);
        t.samples(r);
        t.closing(r);
    }

    private void cases(Report r) {
        line("%-20s %-6s %-27s %-9s %-14s %11s  %-6s %s", "scenario", "sample", "outcome", "observed", "class", "p(observed)", "result", "why");
        for (Case c : r.cases()) {
            String result = !c.scored() ? "-" : c.pass() ? "pass" : "FAIL";
            line("%-20s %-6s %-27s %-9s %-14s %11.3f  %-6s %s", c.scenario(), shortLabel(c.sample()), c.outcome(), c.observed(),
                    c.expectationClass().key(), c.pObserved(), result, why(c));
        }
        out.println();
    }

    /** Why a case has its class: what implies it, or which change turns it. */
    static String why(Case c) {
        Discriminator declared = c.declared();
        String failed = declared == null || declared.works() ? ""
                : !declared.refusal().isEmpty() ? "declared " + declared.describe() + " refused: " + declared.refusal() + "; "
                : "declared " + declared.describe() + " fails (p(other) " + number(declared.pOther(), 3) + "); ";
        if (c.expectationClass() == ExpectationClass.REDUNDANT) {
            return failed + "implied by " + c.impliedBy();
        }
        if (declared != null && declared.works()) {
            return "declared " + turns(declared);
        }
        Discriminator used = c.discriminator();
        String how = used == null ? "no change in the catalogue turns it"
                : used.asItIs() ? "the scenario as it is gives the other value (p(other) " + number(used.pOther(), 3) + ")"
                : "found " + turns(used);
        return failed + how;
    }

    private static String turns(Discriminator d) {
        return d.describe() + " (p(other) " + number(d.pOther(), 3) + ")";
    }

    private void checks(Report r) {
        if (r.checks().isEmpty()) {
            out.println("no counterfactual check");
            out.println();
            return;
        }
        line("%-44s %-20s %-21s %6s %9s  %-10s %s", "check", "scenario", "outcome", "p_base", "p_variant", "expected", "result");
        for (Check c : r.checks()) {
            line("%-44s %-20s %-21s %6.3f %9.3f  %-10s %s", c.name(), c.scenario(), c.outcome(), c.pBase(), c.pVariant(), c.expected(),
                    c.pass() ? "pass" : "FAIL");
        }
        out.println();
    }

    private void placebos(Report r) {
        if (!r.placebos().isEmpty()) {
            line("%-44s %-20s %12s  %-27s %s", "placebo", "scenario", "largest move", "moved most", "result");
            for (PlaceboCheck p : r.placebos()) {
                line("%-44s %-20s %12.3f  %-27s %s", p.name(), p.scenario(), p.largest().by(),
                        p.largest().outcome().isEmpty() ? "nothing" : p.largest().outcome(), p.pass() ? "pass" : "FAIL");
            }
        }
        if (!r.withoutPlacebo().isEmpty()) {
            out.println("no placebo: " + String.join(", ", r.withoutPlacebo()));
        }
        out.println();
    }

    private void samples(Report r) {
        line("%-14s %6s %6s %8s %9s  %14s %18s", "sample", "scored", "passed", "Brier", "log score", "baseline Brier", "baseline log score");
        for (SampleScore s : r.scores()) {
            line("%-14s %6d %6d %8s %9s  %14s %18s", label(s.sample()), s.scored(), s.passed(), number(s.brier(), 4),
                    number(s.logScore(), 4), number(s.baselineBrier(), 4), number(s.baselineLogScore(), 4));
        }
        long discriminating = count(r, ExpectationClass.DISCRIMINATING);
        line("%d discriminating, %d structural, %d redundant expectations; only discriminating ones are scored",
                discriminating, count(r, ExpectationClass.STRUCTURAL), count(r, ExpectationClass.REDUNDANT));
        line("the log score is the mean of -ln p with p clipped below at 1/(2 x runs) = %s; the baseline gives each outcome"
                + " the share of its observed value among the in-sample scored expectations of that outcome (0.5 when none)",
                number(r.logFloor(), 5));
        int tried = r.search().stream().mapToInt(SearchEffort::tried).sum();
        int candidates = r.search().stream().mapToInt(SearchEffort::candidates).sum();
        line("search for discriminators: %d of %d candidate changes run in %.1f s", tried, candidates, r.searchSeconds());
        out.println();
    }

    private void closing(Report r) {
        long scored = r.cases().stream().filter(Case::scored).count();
        long passed = r.cases().stream().filter(c -> c.scored() && c.pass()).count()
                + r.checks().stream().filter(Check::pass).count()
                + r.placebos().stream().filter(PlaceboCheck::pass).count();
        long total = scored + r.checks().size() + r.placebos().size();
        line("%d of %d passed (%d scored expectations, %d checks, %d placebos; %d runs each, seed %d)",
                passed, total, scored, r.checks().size(), r.placebos().size(), r.runs(), r.seed());
    }

    private static long count(Report r, ExpectationClass c) {
        return r.cases().stream().filter(x -> x.expectationClass() == c).count();
    }

    /** A sample as the summary names it: {@code in-sample}, {@code out-of-sample}. */
    static String label(Sample s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String shortLabel(Sample s) {
        return s == Sample.IN_SAMPLE ? "in" : "out";
    }

    /** A number with some decimals, or "-" for a score of nothing. */
    private static String number(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
