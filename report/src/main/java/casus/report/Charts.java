package casus.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Chooses what the report's three charts draw from the indicators: escalation (each conflict's
 * intensity and severity, and any unrest), territory held (each region's shares that changed
 * hands) and beliefs in allies (the beliefs that moved most, those of people's states first).
 */
final class Charts {
    /** The most lines a chart of beliefs draws. */
    static final int MAX_BELIEFS = 8;
    /** The most lines a chart of territory draws. */
    static final int MAX_TERRITORY = 10;

    static final String ESCALATION = "escalation.png";
    static final String TERRITORY = "territory.png";
    static final String BELIEFS = "beliefs.png";

    private Charts() {
    }

    static List<Chart> all(IndicatorTable t, Set<String> peoplesStates, Names names, List<Marker> markers) {
        LocalDate start = t.rows() == 0 ? null : LocalDate.parse(t.date(0)).minusDays(t.day(0));
        return List.of(escalation(t, names).dated(start, markers), territory(t, names).dated(start, markers),
                beliefs(t, peoplesStates, names).dated(start, markers));
    }

    static Chart escalation(IndicatorTable t, Names names) {
        List<Series> lines = new ArrayList<>();
        double[] x = t.dayAxis();
        for (String k : t.keys()) {
            String[] p = k.split("\\.");
            if (p.length == 3 && p[0].equals("conflicts") && (p[2].equals("intensity") || p[2].equals("severity"))) {
                lines.add(Series.of(p[2] + ": " + names.conflict(p[1]), x, t.column(k)));
            } else if (p.length == 3 && p[0].equals("actors") && p[2].equals("unrest")) {
                Series s = Series.of("unrest in " + names.of(p[1]), x, t.column(k));
                if (s.anyNonZero()) {
                    lines.add(s);
                }
            }
        }
        lines.removeIf(Series::isEmpty);
        String caption = lines.isEmpty() ? "No fighting and no unrest in this session: nothing to draw."
                : "Each conflict's intensity (what its attacker chose that day, 0 when holding) and severity "
                        + "(how grave it has become, 0 to 1), and unrest where there was any, at the end of each day.";
        return new Chart(ESCALATION, "Escalation: each conflict's intensity and severity, day by day", "level", lines, caption, false,
                null, List.of());
    }

    static Chart territory(IndicatorTable t, Names names) {
        List<Series> moved = new ArrayList<>();
        List<Series> held = new ArrayList<>();
        double[] x = t.dayAxis();
        for (String k : t.keys()) {
            String[] p = k.split("\\.");
            if (p.length == 4 && p[0].equals("regions") && p[2].equals("control")) {
                Series s = Series.of(names.of(p[1]) + " held by " + names.of(p[3]), x, t.column(k));
                if (s.range() > 1e-9) {
                    moved.add(s);
                } else if (s.anyNonZero()) {
                    held.add(s);
                }
            }
        }
        List<Series> lines = moved.isEmpty() ? held : moved;
        lines.sort(Comparator.comparingDouble(Series::range).reversed());
        lines = new ArrayList<>(lines.subList(0, Math.min(MAX_TERRITORY, lines.size())));
        String caption = lines.isEmpty() ? "No region's control is known for this session: nothing to draw."
                : moved.isEmpty() ? "No ground changed hands; each region's holders, with their shares, at the end of each day."
                        : "The share of each region held by each side, where ground changed hands, at the end of each day.";
        return new Chart(TERRITORY, "Territory held: each side's share of the regions where ground changed hands", "share of the region",
                lines, caption, true, null, List.of());
    }

    static Chart beliefs(IndicatorTable t, Set<String> peoplesStates, Names names) {
        List<Series> moved = new ArrayList<>();
        List<Boolean> ofPeople = new ArrayList<>();
        double[] x = t.dayAxis();
        for (String k : t.keys()) {
            String[] p = k.split("\\.");
            if (p.length == 3 && p[0].equals("beliefs")) {
                Series s = Series.of(names.of(p[1]) + " in " + names.of(p[2]), x, t.column(k));
                if (s.range() > 1e-9) {
                    moved.add(s);
                    ofPeople.add(peoplesStates.contains(p[1]));
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < moved.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, Boolean>comparing(ofPeople::get).reversed()
                .thenComparing(Comparator.<Integer>comparingDouble(i -> moved.get(i).range()).reversed()));
        List<Series> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_BELIEFS, order.size()); i++) {
            lines.add(moved.get(order.get(i)));
        }
        String caption = lines.isEmpty() ? "No state's belief in an ally changed in this session: nothing to draw."
                : "What states expect of their allies (the probability that each will honour its commitments), at the end of each day: "
                        + "the " + lines.size() + " beliefs that moved most" + (peoplesStates.isEmpty() ? "" : ", those of the states people played first")
                        + (moved.size() > lines.size() ? " (" + moved.size() + " moved in all; every one is in the CSV)" : "") + ".";
        return new Chart(BELIEFS, "Beliefs in allies: the chance each state sees that an ally honours its commitments", "belief", lines,
                caption, true, null, List.of());
    }
}
