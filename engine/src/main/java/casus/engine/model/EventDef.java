package casus.engine.model;

/**
 * A scheduled shock. Which fields matter depends on the kind: an offensive uses regions,
 * intensity, objective and its aim (ground, or fire across the border); unrest uses its kind,
 * intensity, amount and the government's claim of foreign aggression (external attribution); a
 * redeployment sets the forces committed elsewhere to amount; an arms supply raises power by the
 * share amount; a blockade weakens the holders of its regions by the share amount; an incident
 * strikes the target's forces at sea or in the air and kills {@code killed}; violence between
 * communities burns in its regions at intensity.
 */
public record EventDef(
        String id,
        int day,
        EventKind kind,
        int actor,
        int[] regions,
        double intensity,
        double objective,
        double amount,
        double externalAttribution,
        String text,
        int target,
        Aim aim,
        UnrestKind unrestKind,
        Domain domain,
        int killed) {

    public EventDef {
        regions = regions.clone();
    }

    /** An event of the kinds that need neither a target nor an aim: a land offensive for ground, peaceful unrest. */
    public EventDef(String id, int day, EventKind kind, int actor, int[] regions, double intensity, double objective, double amount,
            double externalAttribution, String text) {
        this(id, day, kind, actor, regions, intensity, objective, amount, externalAttribution, text, Roles.NONE, Aim.SEIZE,
                UnrestKind.PROTEST, Domain.LAND, 0);
    }

    @Override
    public int[] regions() {
        return regions.clone();
    }

    public int regionCount() {
        return regions.length;
    }

    public int region(int k) {
        return regions[k];
    }

    public EventDef withDay(int v) {
        return new EventDef(id, v, kind, actor, regions, intensity, objective, amount, externalAttribution, text, target, aim, unrestKind, domain,
                killed);
    }

    public EventDef withIntensity(double v) {
        return new EventDef(id, day, kind, actor, regions, v, objective, amount, externalAttribution, text, target, aim, unrestKind, domain,
                killed);
    }

    public EventDef withObjective(double v) {
        return new EventDef(id, day, kind, actor, regions, intensity, v, amount, externalAttribution, text, target, aim, unrestKind, domain,
                killed);
    }

    public EventDef withAmount(double v) {
        return new EventDef(id, day, kind, actor, regions, intensity, objective, v, externalAttribution, text, target, aim, unrestKind, domain,
                killed);
    }

    public EventDef withExternalAttribution(double v) {
        return new EventDef(id, day, kind, actor, regions, intensity, objective, amount, v, text, target, aim, unrestKind, domain, killed);
    }

    public EventDef withKilled(int v) {
        return new EventDef(id, day, kind, actor, regions, intensity, objective, amount, externalAttribution, text, target, aim, unrestKind,
                domain, v);
    }

    public EventDef withRegions(int[] v) {
        return new EventDef(id, day, kind, actor, v, intensity, objective, amount, externalAttribution, text, target, aim, unrestKind, domain,
                killed);
    }
}
