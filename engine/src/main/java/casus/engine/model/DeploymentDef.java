package casus.engine.model;

/** Forces of an actor stationed in a region at the start. */
public record DeploymentDef(int actor, int region, long troops, DeploymentKind kind) {
}
