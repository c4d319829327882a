package casus.client.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicators of a situation read by their paths: "conflicts.C0.intensity",
 * "regions.R.control.A", "beliefs.H.S", "treaties.T.credibility", "actors.A.power".
 */
public final class Facts {
    private final Map<String, Double> values;

    public Facts(Map<String, Double> values) {
        this.values = values;
    }

    public double get(String key) {
        Double v = values.get(key);
        return v == null ? Double.NaN : v;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The conflicts' ids (C0, C1...), in order. */
    public List<String> conflicts() {
        return second("conflicts", 3);
    }

    public List<String> regions() {
        return second("regions", 4);
    }

    public List<String> treaties() {
        return second("treaties", 3);
    }

    public List<String> actors() {
        return second("actors", 3);
    }

    /** Who holds what share of a region, the largest first, shares of half a percent or more. */
    public Map<String, Double> holders(String region) {
        String prefix = "regions." + region + ".control.";
        List<Map.Entry<String, Double>> list = new ArrayList<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getValue() >= 0.005) {
                list.add(Map.entry(e.getKey().substring(prefix.length()), e.getValue()));
            }
        }
        list.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Map<String, Double> out = new LinkedHashMap<>();
        list.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A holder's beliefs in each subject (states and treaties), in the server's order. */
    public Map<String, Double> beliefsOf(String holder) {
        String prefix = "beliefs." + holder + ".";
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                out.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return out;
    }

    /** Every belief: "H in S" to its value. */
    public Map<String, Double> beliefs() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String[] p = e.getKey().split("\\.");
            if (p.length == 3 && p[0].equals("beliefs")) {
                out.put(p[1] + " in " + p[2], e.getValue());
            }
        }
        return out;
    }

    /** The ids in the second place of keys of one family and length, in first-seen order. */
    private List<String> second(String family, int parts) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : values.keySet()) {
            String[] p = k.split("\\.");
            if (p.length == parts && p[0].equals(family)) {
                out.add(p[1]);
            }
        }
        return new ArrayList<>(out);
    }

    /** "active", "ceasefire" or "dormant", from a conflict's phase number. */
    public static String phase(double p) {
        return p == 0 ? "active" : p == 1 ? "ceasefire" : p == 2 ? "dormant" : "?";
    }
}
