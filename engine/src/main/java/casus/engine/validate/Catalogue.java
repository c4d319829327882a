package casus.engine.validate;

import casus.engine.model.EventDef;
import casus.engine.model.FactChange;
import casus.engine.model.Parameter;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes the search for discriminators tries, one fact at a time, in a fixed order. Each is
 * a change of a scenario's facts that a historian could argue about: the forces, strength,
 * stability and police of every actor; the victim's beliefs and its relations; who owns each
 * region; the force, aim and attribution of each event. Never a preference, a model constant or
 * the scenario's length: moving those would say what the rules could do with other actors or
 * other rules, not whether this crisis could have ended otherwise.
 */
final class Catalogue {
    private final Setting setting;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final List<FactChange> changes = new ArrayList<>();

    private Catalogue(Setting setting) {
        this.setting = setting;
        for (Parameter p : Parameters.all(setting)) {
            parameters.put(p.path(), p);
        }
    }

    /** Whether a path names a fact the validator may change: not a preference, a model constant or the length. */
    static boolean admissible(String path) {
        return !path.startsWith("preferences.") && !path.startsWith("model.") && !path.startsWith("scenario.");
    }

    /**
     * The candidate changes of a setting, in the catalogue's order, without those that would set
     * a fact to the value it has or that the fact's range refuses.
     */
    static List<FactChange> of(Setting s) {
        Catalogue c = new Catalogue(s);
        c.actors();
        c.victim();
        c.regions();
        c.events();
        return List.copyOf(c.changes);
    }

    private void actors() {
        for (int a = 0; a < setting.actorCount(); a++) {
            String p = "actors." + setting.actorId(a) + ".";
            number(p + "forces_committed_elsewhere", 0);
            number(p + "forces_committed_elsewhere", 0.9);
            Parameter power = parameters.get(p + "military_power");
            double now = power.number(setting);
            number(p + "military_power", clamp(now * 0.25, power));
            number(p + "military_power", clamp(now * 4, power));
            number(p + "stability", 0.15);
            number(p + "stability", 0.95);
            number(p + "security_loyalty", 0.2);
            number(p + "security_loyalty", 1);
        }
    }

    private void victim() {
        int v = setting.roles().victim();
        String victim = setting.actorId(v);
        for (int subject = 0; subject < setting.subjectCount(); subject++) {
            number("beliefs." + victim + "." + setting.subjectId(subject), 0.05);
            number("beliefs." + victim + "." + setting.subjectId(subject), 0.95);
        }
        for (int a = 0; a < setting.actorCount(); a++) {
            if (a == v) {
                continue;
            }
            String other = setting.actorId(a);
            for (double value : new double[] {-0.9, 0.9}) {
                number("relations." + victim + "." + other + ".alignment", value);
                number("relations." + other + "." + victim + ".alignment", value);
            }
        }
    }

    private void regions() {
        for (int r = 0; r < setting.regionCount(); r++) {
            String path = "regions." + setting.regionId(r) + ".de_jure";
            actor(path, setting.roles().victim());
            if (setting.roles().hasAttacker()) {
                actor(path, setting.roles().attacker());
            }
        }
    }

    private void events() {
        for (EventDef e : setting.events()) {
            String p = "events." + e.id() + ".";
            number(p + "intensity", 0.05);
            number(p + "intensity", 1);
            number(p + "external_attribution", 0);
            number(p + "external_attribution", 1);
            number(p + "objective", 0.05);
            number(p + "objective", 1);
        }
    }

    /** Adds a numeric change unless the path is unknown, the value out of range or already the fact's. */
    private void number(String path, double value) {
        Parameter p = parameters.get(path);
        if (p == null || p.kind() == Parameter.Kind.ACTOR || !(value >= p.min() && value <= p.max())) {
            return;
        }
        if (p.kind() == Parameter.Kind.INTEGER && value != Math.rint(value)) {
            return;
        }
        if (value == p.number(setting)) {
            return;
        }
        add(path, text(value));
    }

    private void actor(String path, int actor) {
        Parameter p = parameters.get(path);
        if (p == null || actor < 0 || p.number(setting) == actor) {
            return;
        }
        add(path, setting.actorId(actor));
    }

    private void add(String path, String value) {
        if (!admissible(path)) {
            throw new IllegalStateException("the catalogue must not change " + path);
        }
        changes.add(new FactChange(path, value));
    }

    private static double clamp(double v, Parameter p) {
        return Math.max(p.min(), Math.min(p.max(), v));
    }

    /** A number as a scenario file writes it: {@code 0.9}, {@code 36}, {@code 2.25}. */
    private static String text(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
