package casus.engine.model;

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
    RESCUE
}
