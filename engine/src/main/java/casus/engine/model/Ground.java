package casus.engine.model;

/** What an appeal was about, which sets how clearly a treaty applied to it. */
public enum Ground {
    /** An attack on the appellant's recognised territory. */
    RECOGNISED_TERRITORY,
    /** An attack across a border never delimited. */
    UNDEMARCATED_BORDER,
    /** Fighting where the appellant's kin live, on another state's land. */
    KIN_TERRITORY,
    /** Unrest against the appellant's government. */
    GOVERNMENT_UNREST,
    /** Violence between communities in the appellant's land. */
    COMMUNAL_STRIFE,
    /** An attack on the appellant's forces outside its territory. */
    FORCES_ABROAD
}
