package casus.engine.model;

/** What forces stationed in a region are there for. */
public enum DeploymentKind {
    /** Peacekeepers under a mandate: they keep the peace, they are not there to fight. */
    PEACEKEEPERS,
    /** A military base of a foreign ally. */
    BASE,
    /** Combat forces defending the region alongside its holder. */
    FORCES,
    /** Air-defence batteries of an ally, there to deter and intercept. */
    AIR_DEFENCE,
    /** Unarmed observers or monitors. */
    OBSERVERS
}
