package casus.engine.world;

import casus.engine.model.DeploymentKind;

/**
 * Foreign forces in a region or a country: a base, combat forces, or peacekeepers sent by an
 * actor or by a treaty. Peacekeepers guarding a government's key sites have a host and no region.
 */
public record Presence(int actor, int treaty, int region, int host, long troops, DeploymentKind kind, int sinceDay) {
    /** True when these forces were sent by a treaty rather than one actor. */
    public boolean collective() {
        return treaty >= 0;
    }
}
