package casus.engine.model;

/** Where a strike outside any region lands. */
public enum Domain {
    /** On land, in a region (offensives and strikes across a border). */
    LAND,
    SEA,
    AIR
}
