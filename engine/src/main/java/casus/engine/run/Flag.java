package casus.engine.run;

import java.util.Locale;

/** The yes-or-no outcomes of a run. */
public enum Flag {
    /** The victim appealed to anyone (a treaty, an ally, any outside state) for any kind of help. */
    ASSISTANCE_REQUESTED,
    /**
     * The council of the alliance under test held consultations on the victim's appeal: it passed a
     * motion for consultations, or voted on sending forces, a defensive deployment or a mission.
     */
    ALLIANCE_CONSULTED,
    /** The council of the alliance under test deployed forces collectively: to fight, to guard a government, or to keep the peace. */
    ALLIANCE_INTERVENED,
    /** The council of the alliance under test sent a non-combat mission: fact-finders, observers. */
    ALLIANCE_MISSION,
    /** An ally or a council stationed forces on the victim's side to deter without fighting: air defence, a tripwire. */
    DEFENSIVE_DEPLOYMENT,
    /** An outside state fought on the victim's side, or sent its own forces to guard the victim's government. */
    PATRON_INTERVENED,
    /** An outside state formed a force for the victim's government and held it back. */
    RESERVE_FORMED,
    /** An outside state gave the victim's government money or economic help in the crisis. */
    ECONOMIC_RESCUE,
    /** An outside state publicly backed the victim's government in a crisis at home, or recognised it. */
    DIPLOMATIC_RESCUE,
    /** A ceasefire was in force at the end. */
    CEASEFIRE,
    /** Peacekeepers were deployed during the run. */
    PEACEKEEPERS_DEPLOYED,
    /** A member suspended its participation in the alliance under test. */
    MEMBER_SUSPENDED,
    /** The victim's government was still in power at the end. */
    REGIME_SURVIVED,
    /** The victim's leader stepped down while the regime still stood. */
    LEADER_RESIGNED,
    /** The attacker held more ground at the end than at the start. */
    ATTACKER_GAINED_TERRITORY,
    /** The victim struck back across the border at the attacker. */
    VICTIM_FIRED_BACK,
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
