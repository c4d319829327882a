package casus.server.game;

import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.World;
import casus.v1.ConflictInfo;
import casus.v1.Happening;
import casus.v1.NamedItem;
import casus.v1.RegionInfo;
import casus.v1.TickUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a chart of a run needs: the names of things, and each day short. */
final class Charted {
    /** The happenings a chart marks on its time axis. */
    static final Set<Happening.Kind> MARKED = Set.of(Happening.Kind.EVENT_FIRED, Happening.Kind.CEASEFIRE_IN_FORCE,
            Happening.Kind.CEASEFIRE_BROKEN, Happening.Kind.MOTION_SETTLED, Happening.Kind.REGIME_FELL, Happening.Kind.FACT_CHANGED);

    private Charted() {
    }

    /** A day's update kept short: its day and date, the indicators that changed, the happenings a chart marks. */
    static TickUpdate of(TickUpdate u) {
        TickUpdate.Builder b = TickUpdate.newBuilder().setSessionId(u.getSessionId()).setDay(u.getDay()).setDate(u.getDate())
                .addAllChanged(u.getChangedList()).setLast(u.getLast());
        for (Happening h : u.getHappeningsList()) {
            if (MARKED.contains(h.getKind())) {
                b.addHappenings(h.toBuilder().clearTerms());
            }
        }
        return b.build();
    }

    static List<RegionInfo> regions(Setting s) {
        List<RegionInfo> out = new ArrayList<>();
        for (int r = 0; r < s.regionCount(); r++) {
            out.add(RegionInfo.newBuilder().setId(s.regionId(r)).setName(s.regionName(r)).setDeJure(s.actorId(s.deJure(r)))
                    .setAreaKm2(s.area(r)).build());
        }
        return out;
    }

    static List<NamedItem> treaties(Setting s) {
        List<NamedItem> out = new ArrayList<>();
        for (int t = 0; t < s.treatyCount(); t++) {
            out.add(NamedItem.newBuilder().setId(s.treatyId(t)).setName(s.treatyName(t)).build());
        }
        return out;
    }

    static List<ConflictInfo> conflicts(World w) {
        Setting s = w.setting();
        List<ConflictInfo> out = new ArrayList<>();
        for (int c = 0; c < w.wars().conflictCount(); c++) {
            Conflict k = w.wars().conflict(c);
            ConflictInfo.Builder b = ConflictInfo.newBuilder().setId("C" + k.index()).setAttacker(s.actorId(k.attacker()));
            int defender = k.target() >= 0 ? k.target() : Long.numberOfTrailingZeros(k.defenders());
            if (defender >= 0 && defender < s.actorCount()) {
                b.setDefender(s.actorId(defender));
            }
            for (int i = 0; i < k.regionCount(); i++) {
                b.addRegions(s.regionId(k.region(i)));
            }
            out.add(b.build());
        }
        return out;
    }
}
