package casus.engine.model;

import java.util.Locale;

/** What an appeal asks for. */
public enum Ask {
    /** Forces to fight on the appellant's side. */
    MILITARY_AID,
    /** Forces stationed to deter without fighting: air defence, a tripwire. */
    DEFENSIVE_DEPLOYMENT,
    /** Troops to guard a government's key sites, or to separate communities. */
    PEACEKEEPERS,
    /** Consultations and a statement. */
    CONSULTATIONS,
    /** Money or economic help for a government in trouble. */
    RESCUE;

    private static final Ask[] ALL = values();

    /** Every ask, in order, without a fresh array each time. */
    public static Ask[] all() {
        return ALL;
    }

    public static Ask of(int ordinal) {
        return ALL[ordinal];
    }

    /** True for an ask that would send forces: to fight, to deter, to guard. */
    public boolean forces() {
        return this == MILITARY_AID || this == DEFENSIVE_DEPLOYMENT || this == PEACEKEEPERS;
    }

    /** In a sentence: "military help". */
    public String label() {
        return switch (this) {
            case MILITARY_AID -> "military help";
            case DEFENSIVE_DEPLOYMENT -> "a defensive deployment";
            case PEACEKEEPERS -> "troops";
            case CONSULTATIONS -> "consultations";
            case RESCUE -> "economic help";
        };
    }

    /** As keys and outputs name it, for example {@code military-aid}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
