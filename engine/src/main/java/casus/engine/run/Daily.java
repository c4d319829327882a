package casus.engine.run;

import casus.engine.model.Roles;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.World;
import java.util.Locale;

/**
 * The indicators of a run at the end of each day, for trajectories: the victim's territory, the
 * territory that has changed hands, the gravest conflict's severity, the dead so far, the
 * victim's belief in its allies and the alliance's credibility.
 */
public enum Daily {
    /** Square kilometres the victim controls. */
    TERRITORY_HELD_KM2,
    /** Square kilometres that have changed hands so far. */
    TERRITORY_CHANGED_KM2,
    /** The gravest conflict's severity, 0 to 1 (0 with none). */
    SEVERITY,
    /** Soldiers killed so far, all sides. */
    CASUALTIES,
    /** The victim's mean belief in the treaties it is party to. */
    VICTIM_BELIEF_IN_ALLIES,
    /** The mean belief the alliance's active members hold in it (0 without an alliance). */
    ALLIANCE_CREDIBILITY;

    private static final Daily[] ALL = values();
    public static final int COUNT = ALL.length;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every indicator of the world now, in declaration order, into {@code out} from {@code at}. */
    public static void read(World w, double[] out, int at) {
        Setting s = w.setting();
        Roles roles = s.roles();
        int victim = roles.victim();
        double held = 0;
        for (int r = 0; r < s.regionCount(); r++) {
            held += w.territory().control(r, victim) * s.area(r);
        }
        double severity = 0;
        for (Conflict c : w.wars().conflicts()) {
            severity = Math.max(severity, c.severity());
        }
        out[at + TERRITORY_HELD_KM2.ordinal()] = held;
        out[at + TERRITORY_CHANGED_KM2.ordinal()] = w.territory().territoryChanged();
        out[at + SEVERITY.ordinal()] = severity;
        out[at + CASUALTIES.ordinal()] = w.military().totalCasualties();
        out[at + VICTIM_BELIEF_IN_ALLIES.ordinal()] = Outcome.beliefInAllies(w, victim);
        out[at + ALLIANCE_CREDIBILITY.ordinal()] = roles.hasAlliance() ? w.treaties().credibility(roles.alliance()) : 0;
    }
}
