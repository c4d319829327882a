package casus.engine.rules;

import casus.engine.model.EventDef;
import casus.engine.model.Setting;
import casus.engine.world.Conflict;
import casus.engine.world.World;

/** What a scheduled or injected event does to the world. */
public final class Events {
    /** How grave an offensive is from its first hour, per unit of intensity. */
    public static final double LAUNCH_SEVERITY = 0.3;

    private Events() {
    }

    /** Applies an event and returns a sentence for the chronicle. */
    public static String fire(World w, EventDef e) {
        Setting s = w.setting();
        int a = e.actor();
        switch (e.kind()) {
            case OFFENSIVE -> {
                Conflict c = w.openConflict(e.id(), a, e.regions(), e.objective(), e.intensity());
                w.raiseSeverity(c, LAUNCH_SEVERITY * e.intensity());
                double area = 0;
                if (e.amount() > 0) {
                    for (int k = 0; k < e.regionCount(); k++) {
                        area += Combat.take(w, e.region(k), a, Math.min(e.amount(), Forces.remaining(w, c, e.region(k))));
                    }
                    w.raiseSeverity(c, area / Combat.SEVERITY_AREA);
                }
            }
            case UNREST -> {
                w.setStability(a, w.stability(a) - Math.max(0, e.amount()));
                w.setUnrest(a, e.intensity() > 0 ? e.intensity() : 1, e.externalAttribution());
            }
            case FORCES_REDEPLOYED -> w.setCommitted(a, e.amount());
            case ARMS_SUPPLY -> w.raisePower(a, e.amount());
            case BLOCKADE -> {
                for (int k = 0; k < e.regionCount(); k++) {
                    w.setBlockade(e.region(k), e.amount());
                }
            }
        }
        return e.text().isEmpty() ? describe(s, e) : e.text();
    }

    static String describe(Setting s, EventDef e) {
        String who = s.actorId(e.actor());
        return switch (e.kind()) {
            case OFFENSIVE -> who + " begins an offensive on " + regions(s, e);
            case UNREST -> "mass unrest against the government of " + who;
            case FORCES_REDEPLOYED -> who + " now has " + Math.round(100 * e.amount()) + "% of its forces committed elsewhere";
            case ARMS_SUPPLY -> who + " receives weapons raising its power by " + Math.round(100 * e.amount()) + "%";
            case BLOCKADE -> regions(s, e) + " cut off";
        };
    }

    static String regions(Setting s, EventDef e) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < e.regionCount(); k++) {
            if (k > 0) {
                b.append(", ");
            }
            b.append(s.regionName(e.region(k)));
        }
        return b.toString();
    }
}
