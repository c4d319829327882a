package casus.report;

import casus.v1.ConflictInfo;
import casus.v1.NamedItem;
import casus.v1.RegionInfo;
import casus.v1.SessionRecord;
import casus.v1.StateInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * What the charts call things: states, regions and treaties by name (a treaty's id where its
 * name is too long for a legend), conflicts by their sides; ids where the record names nothing.
 */
final class Names {
    /** Longer treaty names are replaced by their ids in a legend. */
    static final int SHORT = 28;

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, ConflictInfo> conflicts = new HashMap<>();

    static Names of(SessionRecord r) {
        Names n = new Names();
        for (StateInfo s : r.getStatesList()) {
            n.names.put(s.getId(), s.getName());
        }
        for (RegionInfo g : r.getRegionsList()) {
            n.names.put(g.getId(), g.getName());
        }
        for (NamedItem t : r.getTreatiesList()) {
            n.names.put(t.getId(), t.getName().length() <= SHORT ? t.getName() : t.getId());
        }
        for (ConflictInfo c : r.getConflictsList()) {
            n.conflicts.put(c.getId(), c);
        }
        return n;
    }

    /** A state's, a region's or a treaty's name, or the id itself. */
    String of(String id) {
        return names.getOrDefault(id, id);
    }

    /** "ATTACKER against DEFENDER", by their names, for a conflict's id, or "conflict C0" when the record does not say. */
    String conflict(String id) {
        ConflictInfo c = conflicts.get(id);
        if (c == null) {
            return "conflict " + id;
        }
        return of(c.getAttacker()) + (c.getDefender().isEmpty() ? "" : " against " + of(c.getDefender()));
    }
}
