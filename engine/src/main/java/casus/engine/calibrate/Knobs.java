package casus.engine.calibrate;

import casus.engine.model.Parameter;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads what a calibration may fit from {@code PATH} or {@code PATH=FROM:TO}: a preference of an
 * actor of the library or a constant of the model, with one hand-set value in every case that
 * knows it, searched over the given range or, without one, the whole range {@code casus params}
 * allows. Anything else is refused with a message that names the flag.
 */
public final class Knobs {
    /** The flag the paths come from, named in every refusal. */
    public static final String FLAG = "--params";
    static final String PREFERENCES = "preferences.";
    static final String MODEL = "model.";

    private Knobs() {
    }

    /**
     * The knobs of the given specifications.
     *
     * @param inLibrary whether an actor id is one of the library's, whose weights a fitted library can carry
     * @throws IllegalArgumentException naming {@value #FLAG} for a path that is unknown, not a
     *     preference or a constant, set apart by a scenario, given twice, or a range that leaves
     *     the allowed one or excludes the hand-set value
     */
    public static List<Knob> resolve(List<String> specs, List<Setting> cases, Predicate<String> inLibrary) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException(FLAG + ": name at least one preference or model constant to fit");
        }
        List<Knob> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String path = (eq < 0 ? spec : spec.substring(0, eq)).strip();
            if (!seen.add(path)) {
                throw new IllegalArgumentException(FLAG + ": " + path + " is given twice");
            }
            if (!path.startsWith(PREFERENCES) && !path.startsWith(MODEL)) {
                throw new IllegalArgumentException(FLAG + ": " + path + " is not a preference (preferences.A.TERM) or a model constant (model.NAME);"
                        + " a calibration fits only those, never a fact of a case");
            }
            Known known = known(path, cases);
            if (path.startsWith(PREFERENCES) && !inLibrary.test(path.split("\\.")[1])) {
                throw new IllegalArgumentException(FLAG + ": " + path + ": actor " + path.split("\\.")[1]
                        + " is added by a scenario, not the actor library; a calibration fits the library's weights");
            }
            double low = known.parameter.min();
            double high = known.parameter.max();
            if (eq >= 0) {
                double[] range = range(spec, spec.substring(eq + 1));
                if (range[0] < known.parameter.min() || range[1] > known.parameter.max()) {
                    throw new IllegalArgumentException(FLAG + ": " + path + ": " + spec.substring(eq + 1) + " leaves the allowed range "
                            + known.parameter.range());
                }
                low = range[0];
                high = range[1];
            }
            if (!(known.value >= low && known.value <= high)) {
                throw new IllegalArgumentException(FLAG + ": " + path + ": the range " + spec.substring(eq + 1) + " excludes its hand-set value "
                        + known.text);
            }
            out.add(new Knob(path, low, high, known.value, known.parameter.kind() == Parameter.Kind.INTEGER));
        }
        return List.copyOf(out);
    }

    /** A parameter and its one value across the cases that know it. */
    private record Known(Parameter parameter, double value, String text) {
    }

    private static Known known(String path, List<Setting> cases) {
        Known known = null;
        String where = "";
        for (Setting s : cases) {
            Parameter p = Parameters.find(s, path);
            if (p == null) {
                continue;
            }
            double v = p.number(s);
            if (known == null) {
                known = new Known(p, v, p.value(s));
                where = s.id();
            } else if (v != known.value) {
                throw new IllegalArgumentException(FLAG + ": " + path + " is " + known.text + " in " + where + " but " + p.value(s) + " in " + s.id()
                        + "; a calibration fits one value for every case");
            }
        }
        if (known == null) {
            List<Parameter> fittable = cases.isEmpty() ? List.of()
                    : Parameters.all(cases.get(0)).stream().filter(p -> p.path().startsWith(PREFERENCES) || p.path().startsWith(MODEL)).toList();
            throw new IllegalArgumentException(FLAG + ": unknown parameter '" + path + "' in every case; nearest: "
                    + String.join(", ", Parameters.nearest(fittable, path, 3)));
        }
        return known;
    }

    private static double[] range(String spec, String text) {
        String[] parts = text.split(":");
        try {
            if (parts.length == 2) {
                double from = Double.parseDouble(parts[0].strip());
                double to = Double.parseDouble(parts[1].strip());
                if (from < to) {
                    return new double[] {from, to};
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(FLAG + ": '" + spec + "' is neither PATH nor PATH=FROM:TO with FROM below TO");
    }
}
