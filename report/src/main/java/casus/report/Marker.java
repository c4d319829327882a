package casus.report;

import casus.v1.Happening;
import casus.v1.SessionRecord;
import casus.v1.TickUpdate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A day a chart marks with a vertical line: an event the facilitator injected, a ceasefire
 * coming into force, a region changing hands (another state holding most of it at the day's end).
 *
 * @param day the day
 * @param kind what happened, as the legend says it
 */
record Marker(int day, String kind) {
    static final String INJECTED = "event injected";
    static final String CEASEFIRE = "ceasefire";
    static final String HANDS = "changed hands";

    /** Every marker of a session, in the order of days, each kind once a day. */
    static List<Marker> of(SessionRecord r, IndicatorTable t, List<String> states) {
        Set<Marker> out = new LinkedHashSet<>();
        for (TickUpdate u : r.getTicksList()) {
            for (Happening h : u.getHappeningsList()) {
                if (h.getKind() == Happening.Kind.EVENT_FIRED && h.getInjected()) {
                    out.add(new Marker(u.getDay(), INJECTED));
                } else if (h.getKind() == Happening.Kind.CEASEFIRE_IN_FORCE) {
                    out.add(new Marker(u.getDay(), CEASEFIRE));
                }
            }
        }
        Set<String> regions = new LinkedHashSet<>();
        for (String k : t.keys()) {
            String[] p = k.split("\\.");
            if (p.length == 4 && p[0].equals("regions") && p[2].equals("control")) {
                regions.add(p[1]);
            }
        }
        for (String region : regions) {
            String before = null;
            for (int row = 0; row < t.rows(); row++) {
                String holder = holder(t, region, states, row);
                if (before != null && holder != null && !holder.equals(before)) {
                    out.add(new Marker(t.day(row), HANDS));
                }
                before = holder == null ? before : holder;
            }
        }
        List<Marker> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> Integer.compare(a.day(), b.day()));
        return sorted;
    }

    /** Who holds most of a region at the end of a row's day, or null when nothing is known. */
    private static String holder(IndicatorTable t, String region, List<String> states, int row) {
        String best = null;
        double most = 0;
        for (String s : states) {
            double v = t.value("regions." + region + ".control." + s, row);
            if (!Double.isNaN(v) && v > most + 1e-9) {
                most = v;
                best = s;
            }
        }
        return best;
    }
}
