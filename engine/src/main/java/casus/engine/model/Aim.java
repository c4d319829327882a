package casus.engine.model;

/** What an offensive seeks. */
public enum Aim {
    /** Ground: a share of each target region. */
    SEIZE,
    /** No ground: fire across a border at what stands on the other side. */
    STRIKE
}
