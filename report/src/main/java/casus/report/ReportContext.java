package casus.report;

import casus.v1.ControlChange;
import casus.v1.Happening;
import casus.v1.ShadowDecision;
import casus.v1.SessionRecord;
import casus.v1.StateInfo;
import casus.v1.TickUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A record with what the report's sections look up in it: names, tenures, the agent's shadow choices. */
final class ReportContext {
    final SessionRecord record;
    final IndicatorTable indicators;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final List<Tenure> tenures = new ArrayList<>();
    private final Map<String, ShadowDecision> shadows = new HashMap<>();

    ReportContext(SessionRecord record, IndicatorTable indicators) {
        this.record = record;
        this.indicators = indicators;
        for (StateInfo s : record.getStatesList()) {
            names.put(s.getId(), s.getName());
        }
        Map<String, ControlChange> open = new LinkedHashMap<>();
        for (ControlChange c : record.getControlList()) {
            if (c.getKind() == ControlChange.Kind.TAKEN) {
                ControlChange was = open.get(c.getState());
                // The same person taking their seat again (handed to them afresh) goes on with the same tenure.
                if (was == null || !was.getClientName().equalsIgnoreCase(c.getClientName())) {
                    open.put(c.getState(), c);
                }
            } else {
                ControlChange taken = open.remove(c.getState());
                if (taken != null) {
                    tenures.add(new Tenure(c.getState(), taken.getClientName(), taken.getClientId(), taken.getDay(), c.getDay(), c.getKind()));
                }
            }
        }
        for (ControlChange taken : open.values()) {
            tenures.add(new Tenure(taken.getState(), taken.getClientName(), taken.getClientId(), taken.getDay(), Integer.MAX_VALUE, null));
        }
        tenures.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : a.state().compareTo(b.state()));
        for (TickUpdate t : record.getTicksList()) {
            for (ShadowDecision s : t.getShadowList()) {
                shadows.put(key(s.getDay(), s.getState(), s.getDecision()), s);
            }
        }
    }

    /** A state's display name, or its id when the record does not name it. */
    String name(String state) {
        return names.getOrDefault(state, state);
    }

    /** "ID (Name)". */
    String label(String state) {
        String n = names.get(state);
        return n == null || n.equals(state) ? state : state + " (" + n + ")";
    }

    List<String> states() {
        return new ArrayList<>(names.keySet());
    }

    List<Tenure> tenures() {
        return tenures;
    }

    /** The person at a state's controls on a day, or null when the agent played it. */
    Tenure holder(String state, int day) {
        for (Tenure t : tenures) {
            if (t.state().equals(state) && t.covers(day)) {
                return t;
            }
        }
        return null;
    }

    /** The states a person played at some time. */
    Set<String> peoplesStates() {
        Set<String> out = new LinkedHashSet<>();
        tenures.forEach(t -> out.add(t.state()));
        return out;
    }

    /** What the agent would have chosen for a decision a person held, or null. */
    ShadowDecision shadow(Happening d) {
        return shadows.get(key(d.getDay(), d.getActor(), d.getDecision()));
    }

    /** Every happening of these kinds over the days played, in order. */
    List<Happening> all(Happening.Kind... kinds) {
        Set<Happening.Kind> wanted = Set.of(kinds);
        List<Happening> out = new ArrayList<>();
        for (TickUpdate t : record.getTicksList()) {
            for (Happening h : t.getHappeningsList()) {
                if (wanted.contains(h.getKind())) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    /** The scenario's first day, YYYY-MM-DD, or "" when no tick was played. */
    String firstDate() {
        return record.getTicksCount() == 0 ? "" : record.getTicks(0).getDate();
    }

    String lastDate() {
        return record.getTicksCount() == 0 ? "" : record.getTicks(record.getTicksCount() - 1).getDate();
    }

    private static String key(int day, String state, String decision) {
        return day + "\u0000" + state + "\u0000" + decision;
    }
}
