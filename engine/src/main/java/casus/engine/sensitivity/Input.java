package casus.engine.sensitivity;

import casus.engine.model.Parameter;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import casus.engine.model.Variation;
import casus.engine.study.StudyException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A fact or preference whose influence is measured, with the range it is varied over. Given as
 * {@code PATH=FROM:TO}, or as {@code PATH} alone: then the range the scenario draws it from, or
 * failing that its value ± {@code spread} of itself (± {@code spread} of its allowed range when it
 * is 0), kept within its allowed range.
 */
public record Input(Parameter parameter, double low, double high) {
    public Input {
        if (!(low < high)) {
            throw new StudyException("input " + parameter.path() + ": an empty range [" + low + ", " + high + "]");
        }
        if (low < parameter.min() || high > parameter.max()) {
            throw new StudyException("input " + parameter.path() + ": [" + low + ", " + high + "] leaves the allowed range " + parameter.range());
        }
        if (parameter.kind() == Parameter.Kind.ACTOR) {
            throw new StudyException("input " + parameter.path() + ": takes an actor id and cannot be varied");
        }
    }

    public String path() {
        return parameter.path();
    }

    /** The value at {@code u} in [0, 1] of the range, whole for a whole-number parameter. */
    public double at(double u) {
        double v = low + (high - low) * u;
        if (parameter.kind() == Parameter.Kind.INTEGER) {
            v = Math.rint(v);
        }
        return Math.min(high, Math.max(low, v));
    }

    /** Resolves inputs as written; none at all means every fact the scenario draws. */
    public static List<Input> resolve(Setting s, List<String> specs, double spread) {
        List<Input> out = new ArrayList<>();
        if (specs.isEmpty()) {
            for (Variation v : s.variations()) {
                out.add(new Input(Parameters.require(s, v.path()), v.low(), v.high()));
            }
            if (out.isEmpty()) {
                throw new StudyException(s.id() + " draws no facts from ranges; name the inputs with --params PATH[=FROM:TO]");
            }
            return out;
        }
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String path = (eq < 0 ? spec : spec.substring(0, eq)).trim();
            Parameter p = Parameters.require(s, path);
            if (out.stream().anyMatch(i -> i.path().equals(path))) {
                throw new StudyException("--params " + path + " is named twice");
            }
            if (eq >= 0) {
                String[] parts = spec.substring(eq + 1).split(":", -1);
                if (parts.length != 2) {
                    throw new StudyException("--params takes PATH or PATH=FROM:TO, got '" + spec + "'");
                }
                out.add(new Input(p, number(path, parts[0]), number(path, parts[1])));
                continue;
            }
            Variation declared = s.variations().stream().filter(v -> v.path().equals(path)).findFirst().orElse(null);
            if (declared != null) {
                out.add(new Input(p, declared.low(), declared.high()));
                continue;
            }
            double value = p.number(s);
            double half = value != 0 ? Math.abs(value) * spread : (p.max() - p.min()) * spread;
            // Rounded to ten significant digits so that 0.4 ± 20% reads 0.32 to 0.48, as written in the manifest.
            double lo = Math.max(p.min(), round(value - half));
            double hi = Math.min(p.max(), round(value + half));
            if (!(lo < hi)) {
                throw new StudyException("--params " + path + ": no room to vary around " + value + " within " + p.range() + "; give PATH=FROM:TO");
            }
            out.add(new Input(p, lo, hi));
        }
        return out;
    }

    private static double round(double v) {
        return new BigDecimal(v).round(new java.math.MathContext(10)).doubleValue();
    }

    private static double number(String path, String text) {
        try {
            return new BigDecimal(text.trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw new StudyException("--params " + path + ": '" + text + "' is not a number");
        }
    }
}
