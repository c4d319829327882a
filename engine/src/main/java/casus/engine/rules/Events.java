package casus.engine.rules;

import static casus.engine.model.ModelConstant.LAUNCH_SEVERITY;
import static casus.engine.model.ModelConstant.SEVERITY_AREA;

import casus.engine.model.EventDef;
import casus.engine.world.Conflict;
import casus.engine.world.World;

/** What a scheduled or injected event does to the world. */
public final class Events {
    private Events() {
    }

    /** Applies an event to the world. */
    public static void fire(World w, EventDef e) {
        int a = e.actor();
        switch (e.kind()) {
            case OFFENSIVE -> {
                Conflict c = w.openConflict(e.id(), a, e.regions(), e.objective(), e.intensity());
                w.raiseSeverity(c, w.k(LAUNCH_SEVERITY) * e.intensity());
                double area = 0;
                if (e.amount() > 0) {
                    for (int k = 0; k < e.regionCount(); k++) {
                        area += Combat.take(w, e.region(k), a, Math.min(e.amount(), Forces.remaining(w, c, e.region(k))));
                    }
                    w.raiseSeverity(c, area / w.k(SEVERITY_AREA));
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
    }
}
