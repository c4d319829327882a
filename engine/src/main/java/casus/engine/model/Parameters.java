package casus.engine.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every fact and preference of a scenario by path. The scheme:
 *
 * <pre>
 * scenario.days
 * model.NAME                               (the model's constants: temperature, territory_scale, ...)
 * actors.A.military_power | troops | readiness | forces_committed_elsewhere | stability | deterrent_backing
 *          | population | security_forces | security_loyalty | peacekeeping_force | air_defence_units
 * preferences.A.TERM                       (alliance_duty, relations, cost, ...)
 * relations.A.B.alignment | interdependence  (how A sees B)
 * beliefs.H.S                              (H's belief at the start that S, an actor or a treaty, honours its word:
 *                                           after the scenario's history of appeals; setting it sets the start)
 * regions.R.de_jure | area_km2 | terrain | control.A | stake.A
 * treaties.T.forces | peacekeepers | observers
 * events.E.day | intensity | objective | amount | external_attribution | killed
 * </pre>
 *
 * Ranges match the schema's. Setting a region's control share for one actor rescales the others
 * so the shares still sum to one.
 */
public final class Parameters {
    private Parameters() {
    }

    /** Every parameter of a setting, in a stable order. */
    public static List<Parameter> all(Setting s) {
        List<Parameter> out = new ArrayList<>();
        out.add(number("scenario.days", Parameter.Kind.INTEGER, 1, 366, x -> (double) x.days, (b, v) -> b.days = (int) v));
        if (s.model != null) {
            for (ModelConstants.Entry e : s.model.entries()) {
                final int k = e.constant().ordinal();
                out.add(number("model." + e.constant().key(), e.integer() ? Parameter.Kind.INTEGER : Parameter.Kind.NUMBER, e.min(), e.max(),
                        x -> x.constants[k], (b, v) -> b.constants[k] = v));
            }
        }
        for (int a = 0; a < s.actorCount(); a++) {
            final int i = a;
            String p = "actors." + s.actorId(a) + ".";
            out.add(number(p + "military_power", Parameter.Kind.NUMBER, 0, 1000, x -> x.power[i], (b, v) -> b.power[i] = v));
            out.add(number(p + "troops", Parameter.Kind.INTEGER, 0, 5_000_000, x -> (double) x.troops[i], (b, v) -> b.troops[i] = (long) v));
            out.add(number(p + "readiness", Parameter.Kind.NUMBER, 0, 1, x -> x.readiness[i], (b, v) -> b.readiness[i] = v));
            out.add(number(p + "forces_committed_elsewhere", Parameter.Kind.NUMBER, 0, 1, x -> x.committed[i], (b, v) -> b.committed[i] = v));
            out.add(number(p + "stability", Parameter.Kind.NUMBER, 0, 1, x -> x.stability[i], (b, v) -> b.stability[i] = v));
            out.add(number(p + "deterrent_backing", Parameter.Kind.NUMBER, 1, 20, x -> x.backing[i], (b, v) -> b.backing[i] = v));
            out.add(number(p + "population", Parameter.Kind.INTEGER, 0, 2_000_000_000, x -> (double) x.actorPopulation[i],
                    (b, v) -> b.actorPopulation[i] = (long) v));
            out.add(number(p + "security_forces", Parameter.Kind.INTEGER, 0, 10_000_000, x -> (double) x.securityForces[i],
                    (b, v) -> b.securityForces[i] = (long) v));
            out.add(number(p + "security_loyalty", Parameter.Kind.NUMBER, 0, 1, x -> x.securityLoyalty[i], (b, v) -> b.securityLoyalty[i] = v));
            out.add(number(p + "peacekeeping_force", Parameter.Kind.INTEGER, 0, 1_000_000, x -> (double) x.peacekeepingForce[i],
                    (b, v) -> b.peacekeepingForce[i] = (long) v));
            out.add(number(p + "air_defence_units", Parameter.Kind.INTEGER, 0, 1000, x -> (double) x.airDefenceUnits[i],
                    (b, v) -> b.airDefenceUnits[i] = (int) v));
        }
        for (int a = 0; a < s.actorCount(); a++) {
            final int i = a;
            for (Term t : Term.values()) {
                final int k = t.ordinal();
                out.add(number("preferences." + s.actorId(a) + "." + t.key(), Parameter.Kind.NUMBER, 0, 3,
                        x -> x.weights[i][k], (b, v) -> b.weights[i][k] = v));
            }
        }
        for (int a = 0; a < s.actorCount(); a++) {
            for (int c = 0; c < s.actorCount(); c++) {
                if (a == c) {
                    continue;
                }
                final int i = a;
                final int j = c;
                String p = "relations." + s.actorId(a) + "." + s.actorId(c) + ".";
                out.add(number(p + "alignment", Parameter.Kind.NUMBER, -1, 1, x -> x.alignment[i][j], (b, v) -> b.alignment[i][j] = v));
                out.add(number(p + "interdependence", Parameter.Kind.NUMBER, 0, 1, x -> x.interdependence[i][j], (b, v) -> b.interdependence[i][j] = v));
            }
        }
        for (int h = 0; h < s.actorCount(); h++) {
            for (int subject = 0; subject < s.subjectCount(); subject++) {
                if (h == subject) {
                    continue;
                }
                final int i = h;
                final int j = subject;
                out.add(number("beliefs." + s.actorId(h) + "." + s.subjectId(subject), Parameter.Kind.NUMBER, 0, 1,
                        x -> x.belief[i][j], (b, v) -> b.beliefAtStart[i][j] = v));
            }
        }
        for (int r = 0; r < s.regionCount(); r++) {
            final int i = r;
            String p = "regions." + s.regionId(r) + ".";
            out.add(new Parameter(p + "de_jure", Parameter.Kind.ACTOR, 0, 0, x -> x.actorIds[x.deJure[i]], (b, v) -> b.deJure[i] = (int) v));
            out.add(number(p + "area_km2", Parameter.Kind.NUMBER, 0, 10_000_000, x -> x.area[i], (b, v) -> b.area[i] = v));
            out.add(number(p + "terrain", Parameter.Kind.NUMBER, 0, 1, x -> x.terrain[i], (b, v) -> b.terrain[i] = v));
            for (int a = 0; a < s.actorCount(); a++) {
                final int j = a;
                out.add(number(p + "control." + s.actorId(a), Parameter.Kind.NUMBER, 0, 1, x -> x.control[i][j], (b, v) -> setControl(b, i, j, v)));
            }
            for (int a = 0; a < s.actorCount(); a++) {
                final int j = a;
                out.add(number(p + "stake." + s.actorId(a), Parameter.Kind.NUMBER, 0, 1, x -> x.stake[i][j], (b, v) -> b.stake[i][j] = v));
            }
        }
        for (int t = 0; t < s.treatyCount(); t++) {
            final int i = t;
            String p = "treaties." + s.treatyId(t) + ".";
            out.add(number(p + "forces", Parameter.Kind.INTEGER, 0, 1_000_000, x -> (double) x.treatyForces[i], (b, v) -> b.treatyForces[i] = (long) v));
            out.add(number(p + "peacekeepers", Parameter.Kind.INTEGER, 0, 1_000_000, x -> (double) x.treatyPeacekeepers[i], (b, v) -> b.treatyPeacekeepers[i] = (long) v));
            out.add(number(p + "observers", Parameter.Kind.INTEGER, 0, 100_000, x -> (double) x.treatyObservers[i], (b, v) -> b.treatyObservers[i] = (long) v));
        }
        for (int e = 0; e < s.events.size(); e++) {
            final int i = e;
            String p = "events." + s.events.get(e).id() + ".";
            out.add(number(p + "day", Parameter.Kind.INTEGER, 0, 366, x -> (double) x.events.get(i).day(),
                    (b, v) -> b.events.set(i, b.events.get(i).withDay((int) v))));
            out.add(number(p + "intensity", Parameter.Kind.NUMBER, 0, 1, x -> x.events.get(i).intensity(),
                    (b, v) -> b.events.set(i, b.events.get(i).withIntensity(v))));
            out.add(number(p + "objective", Parameter.Kind.NUMBER, 0, 1, x -> x.events.get(i).objective(),
                    (b, v) -> b.events.set(i, b.events.get(i).withObjective(v))));
            out.add(number(p + "amount", Parameter.Kind.NUMBER, -1, 10, x -> x.events.get(i).amount(),
                    (b, v) -> b.events.set(i, b.events.get(i).withAmount(v))));
            out.add(number(p + "external_attribution", Parameter.Kind.NUMBER, 0, 1, x -> x.events.get(i).externalAttribution(),
                    (b, v) -> b.events.set(i, b.events.get(i).withExternalAttribution(v))));
            out.add(number(p + "killed", Parameter.Kind.INTEGER, 0, 100_000, x -> (double) x.events.get(i).killed(),
                    (b, v) -> b.events.set(i, b.events.get(i).withKilled((int) v))));
        }
        return out;
    }

    /** The parameter at a path, or null. */
    public static Parameter find(Setting s, String path) {
        for (Parameter p : all(s)) {
            if (p.path().equals(path)) {
                return p;
            }
        }
        return null;
    }

    /** The parameter at a path; an unknown path is refused with the nearest valid paths. */
    public static Parameter require(Setting s, String path) {
        List<Parameter> all = all(s);
        for (Parameter p : all) {
            if (p.path().equals(path)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown parameter '" + path + "'; nearest: " + String.join(", ", nearest(all, path, 3)));
    }

    /**
     * Applies changes by path to a copy of a setting. A fact set this way is no longer drawn
     * from a range: its variation, if any, is dropped.
     */
    public static Setting with(Setting s, List<FactChange> changes) {
        if (changes.isEmpty()) {
            return s;
        }
        SettingBuilder b = s.toBuilder();
        for (FactChange c : changes) {
            require(s, c.path()).set(b, c.value());
            b.variations.removeIf(v -> v.path().equals(c.path()));
        }
        return b.build();
    }

    /** The paths closest to a mistyped one by edit distance. */
    public static List<String> nearest(List<Parameter> all, String path, int count) {
        return all.stream()
                .map(Parameter::path)
                .sorted(Comparator.comparingInt((String p) -> distance(p, path)).thenComparing(p -> p))
                .limit(count)
                .toList();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Parameter number(String path, Parameter.Kind kind, double min, double max,
            java.util.function.ToDoubleFunction<Setting> get, java.util.function.ObjDoubleConsumer<SettingBuilder> set) {
        return new Parameter(path, kind, min, max, x -> get.applyAsDouble(x), set);
    }

    /** Sets one actor's share of a region and rescales the others to keep the sum at one. */
    static void setControl(SettingBuilder b, int r, int a, double v) {
        double[] shares = b.control[r];
        double others = 1 - shares[a];
        if (others <= 1e-12) {
            int heir = b.deJure[r] != a ? b.deJure[r] : (b.kin[r] >= 0 && b.kin[r] != a ? b.kin[r] : -1);
            if (heir < 0 && v < 1) {
                throw new IllegalArgumentException("regions." + b.regionIds[r] + ".control." + b.actorIds[a]
                        + ": the only holder's share cannot fall; raise another actor's share instead");
            }
            shares[a] = v;
            if (heir >= 0) {
                shares[heir] = 1 - v;
            }
            return;
        }
        double scale = (1 - v) / others;
        for (int j = 0; j < shares.length; j++) {
            if (j != a) {
                shares[j] *= scale;
            }
        }
        shares[a] = v;
    }
}
