package casus.engine.run;

import java.util.Locale;

/** The measured outcomes of a run. */
public enum Metric {
    /** Days on which anyone fought. */
    DAYS_OF_FIGHTING,
    /** Soldiers killed, all sides. */
    CASUALTIES,
    /** Square kilometres that changed hands. */
    TERRITORY_CHANGED_KM2,
    /** The mean belief the alliance's active members hold in it at the end. */
    ALLIANCE_CREDIBILITY,
    /** The victim's mean belief in the treaties it is party to, at the end. */
    VICTIM_BELIEF_IN_ALLIES;

    private static final Metric[] ALL = values();
    public static final int COUNT = ALL.length;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric of(int ordinal) {
        return ALL[ordinal];
    }

    public static Metric byKey(String key) {
        for (Metric m : ALL) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }
}
