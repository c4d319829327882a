package casus.engine.run;

import java.util.Locale;

/** The yes-or-no outcomes of a run. */
public enum Flag {
    /** The victim appealed to an ally or the alliance. */
    ASSISTANCE_REQUESTED,
    /** A treaty council deployed forces collectively. */
    ALLIANCE_INTERVENED,
    /** A treaty council sent a non-combat mission: fact-finders, observers. */
    ALLIANCE_MISSION,
    /** An ally fought on the defenders' side on its own account. */
    PATRON_INTERVENED,
    /** A ceasefire was in force at the end. */
    CEASEFIRE,
    /** Peacekeepers were deployed during the run. */
    PEACEKEEPERS_DEPLOYED,
    /** A member suspended its participation in the alliance under test. */
    MEMBER_SUSPENDED,
    /** The victim's government was still in power at the end. */
    REGIME_SURVIVED,
    /** The attacker held more ground at the end than at the start. */
    ATTACKER_GAINED_TERRITORY,
    /** The victim got military help: a collective deployment or an ally fighting for it. */
    VICTIM_AIDED,
    /** The alliance answered with force or a mission. */
    ALLIANCE_RESPONDED;

    private static final Flag[] ALL = values();
    public static final int COUNT = ALL.length;

    /** As written in scenario files and outputs, for example {@code alliance_intervened}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Flag of(int ordinal) {
        return ALL[ordinal];
    }

    public static Flag byKey(String key) {
        for (Flag f : ALL) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }
}
