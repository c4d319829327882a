package casus.studies;

import casus.engine.calibrate.Evaluation;
import casus.engine.calibrate.Identifiability;
import casus.engine.calibrate.Prediction;
import casus.engine.calibrate.Profile;
import casus.engine.calibrate.Result;
import casus.plot.Plots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The plots of a calibration: the objective's trace, each parameter's profile, and each model's predictions case by case. */
final class CalibrationCharts {
    static final String TRACE = "trace.png";
    static final String PREDICTIONS = "predictions.png";

    private CalibrationCharts() {
    }

    /** Writes the plots in {@code plots}, each whole or not at all; returns what a manifest records of them. */
    static List<Outputs.Entry> write(Path plots, Result r) {
        List<Outputs.Entry> files = new ArrayList<>();
        files.add(Charts.save(trace(r), plots, TRACE));
        for (int k = 0; k < r.profiles().size(); k++) {
            files.add(Charts.save(profile(r, k), plots, profileFile(k, r.profiles().get(k))));
        }
        files.add(Charts.save(predictions(r), plots, PREDICTIONS));
        return files;
    }

    /** The file of a parameter's profile: {@code profile-01-preferences.RUS.cost.png}. */
    static String profileFile(int k, Profile p) {
        return String.format(java.util.Locale.ROOT, "profile-%02d-%s.png", k + 1, p.knob().path());
    }

    /** Every evaluation of the fit on all the fitting cases, the best so far, and the hand-set objective. */
    static XYChart trace(Result r) {
        XYChart c = Plots.chart("The fit: objective at each evaluation", "evaluation", "objective (smoothed negative log-likelihood)");
        List<Evaluation> fit = r.evaluations().stream().filter(e -> e.phase().equals("fit")).toList();
        double[] x = new double[fit.size()];
        double[] y = new double[fit.size()];
        double[] least = new double[fit.size()];
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < fit.size(); i++) {
            x[i] = fit.get(i).index();
            y[i] = fit.get(i).objective();
            best = Math.min(best, y[i]);
            least[i] = best;
        }
        if (fit.isEmpty()) {
            return c;
        }
        scatter(c.addSeries("each evaluation", x, y));
        c.addSeries("best so far", x, least).setMarker(SeriesMarkers.NONE);
        c.addSeries("hand-set", new double[] {x[0], x[x.length - 1]}, new double[] {r.handSet().objective(), r.handSet().objective()})
                .setMarker(SeriesMarkers.NONE);
        return c;
    }

    /** A parameter's profile (least objective in each bin), its slice through the fit, and the interval's threshold. */
    static XYChart profile(Result r, int k) {
        Profile p = r.profiles().get(k);
        XYChart c = Plots.chart("Profile of " + p.knob().path(), p.knob().path(), "objective");
        double[] centres = p.centres();
        List<double[]> finite = new ArrayList<>();
        double[] profile = p.profile();
        for (int b = 0; b < centres.length; b++) {
            if (Double.isFinite(profile[b])) {
                finite.add(new double[] {centres[b], profile[b]});
            }
        }
        c.addSeries("profile (least objective of any evaluation in the bin)", finite.stream().mapToDouble(a -> a[0]).toArray(),
                finite.stream().mapToDouble(a -> a[1]).toArray());
        c.addSeries("slice (the others at their fitted values)", centres, p.slice());
        double line = r.best().objective() + Identifiability.THRESHOLD;
        double[] ends = {p.knob().low(), p.knob().high()};
        c.addSeries("best + " + Identifiability.THRESHOLD, ends, new double[] {line, line}).setMarker(SeriesMarkers.NONE);
        scatter(c.addSeries("hand-set", new double[] {p.knob().start()}, new double[] {r.handSet().objective()}));
        scatter(c.addSeries("fitted", new double[] {r.best().value(k)}, new double[] {r.best().objective()})).setMarker(SeriesMarkers.DIAMOND);
        return c;
    }

    /** Each scored expectation, in the report's order, and each model's probability of what was observed. */
    static XYChart predictions(Result r) {
        XYChart c = Plots.chart("Predicted probability of what was observed, per expectation (cases in order)", "expectation", "probability");
        List<Prediction> ps = r.predictions();
        series(c, ps, "hand-set", Prediction::handSet);
        series(c, ps, "calibrated", Prediction::fitted);
        if (r.plan().crossValidate()) {
            series(c, ps, "calibrated without the case", Prediction::crossValidated);
        }
        series(c, ps, "base rate", Prediction::baseRate);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        return c;
    }

    private static void series(XYChart c, List<Prediction> ps, String name, ToDoubleFunction<Prediction> model) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            double v = model.applyAsDouble(ps.get(i));
            if (!Double.isNaN(v)) {
                points.add(new double[] {i + 1, v});
            }
        }
        if (!points.isEmpty()) {
            scatter(c.addSeries(name, points.stream().mapToDouble(a -> a[0]).toArray(), points.stream().mapToDouble(a -> a[1]).toArray()));
        }
    }

    private static XYSeries scatter(XYSeries s) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return s;
    }
}
