package casus.studies;

import casus.engine.calibrate.BaseRate;
import casus.engine.calibrate.Fold;
import casus.engine.calibrate.Identifiability;
import casus.engine.calibrate.Knob;
import casus.engine.calibrate.Prediction;
import casus.engine.calibrate.Profile;
import casus.engine.calibrate.Result;
import casus.engine.calibrate.Score;
import casus.engine.calibrate.TradeOff;
import casus.engine.model.Sample;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The report of a calibration, in Markdown: what was fitted, how well, how firmly, and how it predicts cases it never saw. */
final class CalibrationReport {
    private CalibrationReport() {
    }

    static String markdown(Result r) {
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        int scored = r.of(Sample.IN_SAMPLE).size();
        w.println("# Calibration");
        w.println();
        w.println("Fitted " + r.knobs().size() + " parameters to the " + scored + " expected outcomes validation scores in " + r.fitted().size()
                + " in-sample cases (" + String.join(", ", r.fitted()) + "). Every evaluation played " + r.plan().runs()
                + " runs of each case from seed " + r.plan().seed() + "; each fit spent " + r.plan().evaluations() + " evaluations of CMA-ES, "
                + "from the hand-set values. " + (r.outOfSample().isEmpty() ? "No out-of-sample case was given."
                : "The out-of-sample cases (" + String.join(", ", r.outOfSample()) + ") were never part of a fit."));
        w.println();
        w.println("The objective is the negative log-likelihood of the observed outcomes, each observed value's share of the runs smoothed "
                + "to (k + 1/2)/(n + 1), summed over the scored expectations (docs/CALIBRATION.md). Lower is better.");
        w.println();
        w.println(String.format(Locale.ROOT, "- hand-set: %.3f", r.handSet().objective()));
        w.println(String.format(Locale.ROOT, "- fitted: %.3f (evaluation %d)%s", r.best().objective(), r.best().index(),
                r.improved() ? "" : "; the search found nothing better than the hand-set values"));
        w.println();
        parameters(w, r);
        identifiability(w, r);
        w.println("## Scores");
        w.println();
        scores(w, r);
        folds(w, r);
        predictions(w, r);
        w.println("## Files");
        w.println();
        w.println("- `" + CalibrationFiles.LIBRARY + "`: the fitted library, in the library's own format; a scenario uses it by naming it "
                + "(`library: \"PATH/" + CalibrationFiles.LIBRARY + "\"`). It names `" + CalibrationFiles.MODEL + "` beside it for the model's "
                + "constants, the fitted ones among them.");
        w.println("- `" + CalibrationFiles.CSV + "`: every evaluation: its phase, the objective, each parameter's value, each case's part.");
        w.println("- `" + CalibrationFiles.PLOTS + "/`: the objective's trace, each parameter's profile, predicted against observed per case.");
        w.println("- `" + Manifest.FILE + "`: the command, the files read with their SHA-256, the seed and the plan.");
        w.flush();
        return text.toString();
    }

    private static void parameters(PrintWriter w, Result r) {
        w.println("## Parameters");
        w.println();
        w.println("The interval holds the values whose profile (the least objective of any evaluation with the parameter there) lies within "
                + Identifiability.THRESHOLD + " of the best: about 95%, read coarsely, in bins of a " + r.plan().points() + "th of the range.");
        w.println();
        w.println("| parameter | range | hand-set | fitted | 95% profile interval | pinned down |");
        w.println("| --- | --- | ---: | ---: | --- | --- |");
        for (int k = 0; k < r.knobs().size(); k++) {
            Knob knob = r.knobs().get(k);
            Profile p = r.profiles().get(k);
            w.println("| `" + knob.path() + "` | [" + g(knob.low()) + ", " + g(knob.high()) + "] | " + g(knob.start()) + " | " + g(r.best().value(k))
                    + " | [" + g(p.low()) + ", " + g(p.high()) + "] | " + (p.loose() ? looseness(p) : "yes") + " |");
        }
        w.println();
    }

    private static void identifiability(PrintWriter w, Result r) {
        w.println("## Identifiability");
        w.println();
        List<Profile> loose = r.profiles().stream().filter(Profile::loose).toList();
        if (loose.isEmpty()) {
            w.println("Every parameter's interval spans less than half its range.");
        } else {
            w.println("The data do not pin down " + loose.size() + " of " + r.profiles().size() + " parameters (a flat profile, or an interval "
                    + "over half the range): " + String.join(", ", loose.stream().map(p -> "`" + p.knob().path() + "`").toList()) + ".");
        }
        w.println();
        if (r.nearBest() < Identifiability.FEWEST_NEAR) {
            w.println("Only " + r.nearBest() + " of the search's evaluations lie within " + Identifiability.THRESHOLD
                    + " of the best: too few to tell which parameters trade off.");
        } else if (r.tradeOffs().isEmpty()) {
            w.println("No two parameters trade off: among the " + r.nearBest() + " evaluations of the search within " + Identifiability.THRESHOLD
                    + " of the best, no pair's values correlate by " + Identifiability.TRADE_OFF + " or more.");
        } else {
            w.println("Pairs that trade off (correlation of their values among the " + r.nearBest() + " evaluations of the search within "
                    + Identifiability.THRESHOLD + " of the best; the data fix a combination of the two, not each):");
            w.println();
            for (TradeOff t : r.tradeOffs()) {
                w.println(String.format(Locale.ROOT, "- `%s` and `%s`: %+.2f", t.first(), t.second(), t.correlation()));
            }
        }
        w.println();
    }

    /** The scores of every model on every sample, as a Markdown table. */
    static void scores(PrintWriter w, Result r) {
        w.println("Brier score (mean of (1 - p)^2) and log score (mean of -ln p, p clipped at 1/(2 x runs)) of each model's probability of "
                + "what was observed; lower is better. The base rate gives each outcome's value its share among the other fitting cases' "
                + "expectations, and a collective deployment the " + BaseRate.DEFENCE_PACTS_HONOURED
                + " at which defence pacts were honoured, 1816-2003 (Berkemeier and Fuhrmann 2018).");
        w.println();
        w.println("| sample | scored | hand-set Brier | calibrated Brier | base-rate Brier | hand-set log | calibrated log | base-rate log |");
        w.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        row(w, r, "in sample, fitted on these very cases", Sample.IN_SAMPLE, Prediction::fitted);
        if (r.plan().crossValidate()) {
            row(w, r, "in sample, each case left out of its fit", Sample.IN_SAMPLE, Prediction::crossValidated);
        }
        if (!r.outOfSample().isEmpty()) {
            row(w, r, "out of sample", Sample.OUT_OF_SAMPLE, Prediction::fitted);
        }
        w.println();
        w.flush();
    }

    private static void row(PrintWriter w, Result r, String name, Sample sample, ToDoubleFunction<Prediction> calibrated) {
        Score hand = r.score(sample, Prediction::handSet);
        Score fit = r.score(sample, calibrated);
        Score base = r.score(sample, Prediction::baseRate);
        w.println(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", name, hand.scored(), hand.brier(), fit.brier(),
                base.brier(), hand.logScore(), fit.logScore(), base.logScore()));
    }

    private static void folds(PrintWriter w, Result r) {
        if (r.folds().isEmpty()) {
            return;
        }
        w.println("## Cross-validation");
        w.println();
        w.println("Each in-sample case left out in turn: a fit on the others (same budget, same start, same seed) predicts it. The left-out "
                + "case's objective under those values, against the hand-set ones:");
        w.println();
        StringBuilder head = new StringBuilder("| left out | objective on the others | left-out, fitted | left-out, hand-set |");
        StringBuilder rule = new StringBuilder("| --- | ---: | ---: | ---: |");
        for (Knob k : r.knobs()) {
            head.append(" `").append(k.path()).append("` |");
            rule.append(" ---: |");
        }
        w.println(head);
        w.println(rule);
        for (Fold f : r.folds()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |", f.leftOut(), f.objective(),
                    f.leftOutObjective(), f.leftOutHandSet()));
            for (double v : f.values()) {
                row.append(' ').append(g(v)).append(" |");
            }
            w.println(row);
        }
        w.println();
    }

    private static void predictions(PrintWriter w, Result r) {
        w.println("## Predictions");
        w.println();
        w.println("Each scored expectation and the probability each model gives what was observed. In sample, \"calibrated\" was fitted on the "
                + "case itself; \"left out\" was fitted without it.");
        w.println();
        w.println("| case | sample | outcome | observed | hand-set | calibrated | left out | base rate |");
        w.println("| --- | --- | --- | --- | ---: | ---: | ---: | ---: |");
        for (Prediction p : r.predictions()) {
            w.println(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %.3f | %s | %.3f |", p.scenario(),
                    p.sample() == Sample.IN_SAMPLE ? "in" : "out", p.outcome(), p.observed(), p.handSet(), p.fitted(),
                    Double.isNaN(p.crossValidated()) ? "" : String.format(Locale.ROOT, "%.3f", p.crossValidated()), p.baseRate()));
        }
        w.println();
    }

    /** Why a parameter counts as not pinned down, or nothing. */
    static String looseness(Profile p) {
        if (p.flat()) {
            return "no: flat profile";
        }
        return p.loose() ? String.format(Locale.ROOT, "no: interval over %.0f%% of the range", 100 * p.width()) : "";
    }

    /** A number to four significant digits, without trailing zeros. */
    static String g(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }
}
