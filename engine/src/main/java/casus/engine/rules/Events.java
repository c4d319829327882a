package casus.engine.rules;

import static casus.engine.model.ModelConstant.LAUNCH_SEVERITY;
import static casus.engine.model.ModelConstant.SEVERITY_AREA;
import static casus.engine.model.ModelConstant.SEVERITY_DEATHS;

import casus.engine.model.EventDef;
import casus.engine.world.Conflict;
import casus.engine.world.Regimes;
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
                Conflict c = w.wars().openConflict(e.id(), a, -1, e.aim(), e.domain(), e.regions(), e.objective(), e.intensity());
                w.wars().raiseSeverity(c, w.k(LAUNCH_SEVERITY) * e.intensity());
                double area = 0;
                if (e.amount() > 0 && !c.strike()) {
                    for (int k = 0; k < e.regionCount(); k++) {
                        area += Combat.take(w, e.region(k), a, Math.min(e.amount(), Forces.remaining(w, c, e.region(k))));
                    }
                    w.wars().raiseSeverity(c, area / w.k(SEVERITY_AREA));
                }
            }
            case INCIDENT -> {
                // A single strike outside any region: it kills at once; whether more follows is the attacker's choice.
                Conflict c = w.wars().openConflict(e.id(), a, e.target(), e.aim(), e.domain(), new int[0], 0, 0);
                w.military().addCasualties(e.target(), e.killed());
                w.wars().raiseSeverity(c, w.k(LAUNCH_SEVERITY) + e.killed() / w.k(SEVERITY_DEATHS));
                w.wars().recordFighting(c);
            }
            case UNREST -> {
                Regimes home = w.regimes();
                home.setStability(a, home.stability(a) - Math.max(0, e.amount()));
                double level = e.intensity() > 0 ? e.intensity() : 1;
                if (home.unrest(a) <= 0) {
                    home.startCrisisAtHome(a);
                }
                if (level >= home.unrest(a)) {
                    home.setUnrestKind(a, e.unrestKind());
                }
                home.setUnrest(a, Math.max(level, home.unrest(a)), Math.max(e.externalAttribution(), home.unrestAttribution(a)));
            }
            case COMMUNAL_VIOLENCE -> {
                Regimes home = w.regimes();
                home.setStability(a, home.stability(a) - Math.max(0, e.amount()));
                if (home.communalIn(a) <= 0 && home.unrest(a) <= 0) {
                    home.startCrisisAtHome(a);
                }
                for (int k = 0; k < e.regionCount(); k++) {
                    home.setCommunal(e.region(k), Math.max(home.communal(e.region(k)), e.intensity()));
                }
            }
            case FORCES_REDEPLOYED -> w.military().setCommitted(a, e.amount());
            case ARMS_SUPPLY -> w.military().raisePower(a, e.amount());
            case BLOCKADE -> {
                for (int k = 0; k < e.regionCount(); k++) {
                    w.territory().setBlockade(e.region(k), e.amount());
                }
            }
        }
    }
}
