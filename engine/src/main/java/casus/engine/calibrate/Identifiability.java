package casus.engine.calibrate;

import java.util.ArrayList;
import java.util.List;

/**
 * How far the record pins the knobs down: each knob's profile and interval ({@link Profile}), and
 * the pairs that trade off ({@link TradeOff}), read from the evaluations a calibration made.
 */
public final class Identifiability {
    /**
     * How far above the best objective a value still fits: 1.92, half the 0.95 quantile of χ²
     * with one degree of freedom (3.84), the likelihood-ratio bound of a 95% interval.
     */
    public static final double THRESHOLD = 1.92;
    /** The share of its range an interval must span for the knob to count as loose. */
    public static final double LOOSE_WIDTH = 0.5;
    /** The least absolute correlation for two knobs to count as trading off. */
    public static final double TRADE_OFF = 0.7;
    /** The fewest near-best evaluations a correlation is taken over. */
    public static final int FEWEST_NEAR = 10;

    private Identifiability() {
    }

    /** The profile of knob {@code k} from its slice through the fit and from every evaluation. */
    static Profile profile(List<Knob> knobs, int k, double[] slice, List<Evaluation> all, double best, double fitted) {
        Knob knob = knobs.get(k);
        int bins = slice.length;
        double width = (knob.high() - knob.low()) / bins;
        double[] centres = new double[bins];
        double[] profile = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = knob.low() + (b + 0.5) * width;
            profile[b] = Double.POSITIVE_INFINITY;
        }
        for (Evaluation e : all) {
            int b = bin(knob, e.value(k), bins);
            profile[b] = Math.min(profile[b], e.objective());
        }
        double low = fitted;
        double high = fitted;
        for (int b = 0; b < bins; b++) {
            if (profile[b] <= best + THRESHOLD) {
                low = Math.min(low, knob.low() + b * width);
                high = Math.max(high, knob.low() + (b + 1) * width);
            }
        }
        return new Profile(knob, centres, slice, profile, low, Math.min(high, knob.high()));
    }

    /** The bin a value falls in; the upper end of the range belongs to the last. */
    static int bin(Knob knob, double value, int bins) {
        int b = (int) Math.floor((value - knob.low()) / (knob.high() - knob.low()) * bins);
        return Math.max(0, Math.min(bins - 1, b));
    }

    /** The pairs of knobs whose values go together among the near-best evaluations of a search. */
    static List<TradeOff> tradeOffs(List<Knob> knobs, List<Evaluation> search, double best) {
        List<Evaluation> near = search.stream().filter(e -> e.objective() <= best + THRESHOLD).toList();
        List<TradeOff> out = new ArrayList<>();
        if (near.size() < FEWEST_NEAR) {
            return out;
        }
        for (int i = 0; i < knobs.size(); i++) {
            for (int j = i + 1; j < knobs.size(); j++) {
                double r = correlation(near, i, j);
                if (Math.abs(r) >= TRADE_OFF) {
                    out.add(new TradeOff(knobs.get(i).path(), knobs.get(j).path(), r, near.size()));
                }
            }
        }
        return out;
    }

    /** Pearson's correlation of two knobs' values over some evaluations; 0 when either does not vary. */
    static double correlation(List<Evaluation> es, int i, int j) {
        double mi = 0;
        double mj = 0;
        for (Evaluation e : es) {
            mi += e.value(i);
            mj += e.value(j);
        }
        mi /= es.size();
        mj /= es.size();
        double sij = 0;
        double sii = 0;
        double sjj = 0;
        for (Evaluation e : es) {
            double a = e.value(i) - mi;
            double b = e.value(j) - mj;
            sij += a * b;
            sii += a * a;
            sjj += b * b;
        }
        return sii == 0 || sjj == 0 ? 0 : sij / Math.sqrt(sii * sjj);
    }
}
