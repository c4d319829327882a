package casus.engine.model;

/**
 * The utility terms an actor weighs. Each actor's preference profile holds one weight per term;
 * a decision's utility is the weighted sum of the terms plus noise. docs/MODEL.md defines each.
 */
public enum Term {
    DUTY("alliance_duty", "alliance duty"),
    RELATIONS("relations", "relations"),
    COST("cost", "cost against forces available"),
    ESCALATION("escalation", "escalation risk"),
    TERRITORY("territory", "territory and security"),
    REGIME("regime_security", "regime security"),
    PRESTIGE("prestige", "prestige as broker"),
    LEGAL("legal_position", "legal position"),
    SUPPORT("expected_support", "expected support");

    /** Number of terms, the length of every weight and breakdown array. */
    public static final int COUNT = values().length;

    private static final Term[] ALL = values();

    private final String key;
    private final String label;

    Term(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in the actor library and in parameter paths, for example {@code alliance_duty}. */
    public String key() {
        return key;
    }

    /** A short phrase for chronicles and reports. */
    public String label() {
        return label;
    }

    public static Term of(int ordinal) {
        return ALL[ordinal];
    }

    /** The term with this key, or null. */
    public static Term byKey(String key) {
        for (Term t : ALL) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}
