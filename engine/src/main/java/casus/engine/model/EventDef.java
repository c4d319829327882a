package casus.engine.model;

/**
 * A scheduled shock. Which fields matter depends on the kind: an offensive uses regions,
 * intensity and objective; unrest uses amount and external attribution; a redeployment sets the
 * forces committed elsewhere to amount; an arms supply raises power by the share amount; a
 * blockade weakens the holders of its regions by the share amount.
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
        String text) {

    public EventDef {
        regions = regions.clone();
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

    public EventDef withDay(int newDay) {
        return new EventDef(id, newDay, kind, actor, regions, intensity, objective, amount, externalAttribution, text);
    }

    public EventDef withIntensity(double v) {
        return new EventDef(id, day, kind, actor, regions, v, objective, amount, externalAttribution, text);
    }

    public EventDef withObjective(double v) {
        return new EventDef(id, day, kind, actor, regions, intensity, v, amount, externalAttribution, text);
    }

    public EventDef withAmount(double v) {
        return new EventDef(id, day, kind, actor, regions, intensity, objective, v, externalAttribution, text);
    }

    public EventDef withExternalAttribution(double v) {
        return new EventDef(id, day, kind, actor, regions, intensity, objective, amount, v, text);
    }

    public EventDef withRegions(int[] newRegions) {
        return new EventDef(id, day, kind, actor, newRegions, intensity, objective, amount, externalAttribution, text);
    }
}
