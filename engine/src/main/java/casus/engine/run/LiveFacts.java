package casus.engine.run;

import casus.engine.event.FactChanged;
import casus.engine.model.FactChange;
import casus.engine.model.Parameter;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.world.World;
import java.util.List;
import java.util.Locale;

/**
 * Changes a fact of a running world, as a facilitator does in the middle of a session ("what if an
 * ally's forces came back from a war elsewhere now?"). Only the facts a world carries from day to day
 * can change while it runs; the rest are fixed when the run is made, and a change of them is
 * refused.
 */
public final class LiveFacts {
    /** The parameter paths that may change while a run goes on, as patterns. */
    public static final List<String> CHANGEABLE = List.of(
            "actors.A.military_power",
            "actors.A.forces_committed_elsewhere",
            "actors.A.stability",
            "preferences.A.TERM",
            "relations.A.B.alignment",
            "beliefs.H.S");

    private LiveFacts() {
    }

    /**
     * Checks a change without applying it: whether {@link Simulation#change} would take it.
     *
     * @throws IllegalArgumentException naming the path when it is unknown, not changeable while
     *     the run goes on, or its value is not a number in range
     */
    public static void check(Setting s, FactChange change) {
        String path = change.path();
        number(Parameters.require(s, path), change.value());
        String[] part = path.split("\\.");
        boolean live = switch (part[0]) {
            case "actors" -> part[2].equals("military_power") || part[2].equals("forces_committed_elsewhere") || part[2].equals("stability");
            case "preferences", "beliefs" -> true;
            case "relations" -> part[3].equals("alignment");
            default -> false;
        };
        if (!live) {
            throw fixed(path);
        }
    }

    /**
     * Applies a change to the world and returns it as an event, with the value it replaced.
     *
     * @throws IllegalArgumentException naming the path when it is unknown, not changeable while
     *     the run goes on, or its value is not a number in range
     */
    static FactChanged apply(World w, FactChange change) {
        Setting s = w.setting();
        String path = change.path();
        check(s, change);
        double v = number(Parameters.require(s, path), change.value());
        String[] part = path.split("\\.");
        String was;
        switch (part[0]) {
            case "actors" -> {
                int a = s.actor(part[1]);
                switch (part[2]) {
                    case "military_power" -> {
                        was = format(w.military().power(a));
                        w.military().setPower(a, v);
                    }
                    case "forces_committed_elsewhere" -> {
                        was = format(w.military().committed(a));
                        w.military().setCommitted(a, v);
                    }
                    case "stability" -> {
                        was = format(w.regimes().stability(a));
                        w.regimes().setStability(a, v);
                    }
                    default -> throw fixed(path);
                }
            }
            case "preferences" -> {
                int a = s.actor(part[1]);
                int t = Term.byKey(part[2]).ordinal();
                was = format(w.minds().weight(a, t));
                w.minds().setWeight(a, t, v);
            }
            case "relations" -> {
                if (!part[3].equals("alignment")) {
                    throw fixed(path);
                }
                int from = s.actor(part[1]);
                int to = s.actor(part[2]);
                was = format(w.minds().alignment(from, to));
                w.minds().setAlignment(from, to, v);
            }
            case "beliefs" -> {
                int holder = s.actor(part[1]);
                int subject = subject(s, part[2]);
                was = format(w.minds().belief(holder, subject));
                w.minds().setBelief(holder, subject, v);
            }
            default -> throw fixed(path);
        }
        return new FactChanged(w.day(), path, format(v), was);
    }

    private static double number(Parameter p, String text) {
        if (p.kind() == Parameter.Kind.ACTOR) {
            throw fixed(p.path());
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(p.path() + ": '" + text + "' is not a number");
        }
        if (!(v >= p.min() && v <= p.max())) {
            throw new IllegalArgumentException(p.path() + ": " + text.trim() + " is out of range " + p.range());
        }
        return v;
    }

    private static int subject(Setting s, String id) {
        int a = s.actor(id);
        return a >= 0 ? a : s.treatySubject(s.treaty(id));
    }

    private static IllegalArgumentException fixed(String path) {
        return new IllegalArgumentException(path + " is fixed when the run is made; while it runs only these change: "
                + String.join(", ", CHANGEABLE));
    }

    private static String format(double v) {
        String t = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
