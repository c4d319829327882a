package casus.engine.world;

import casus.engine.model.Setting;
import casus.engine.model.UnrestKind;
import java.util.Arrays;

/**
 * Each government's hold at home: its stability, the unrest against it and what kind it is, how
 * far its security forces obey, its answer to the crisis (a crackdown, concessions, its leader's
 * resignation), the violence between communities in its regions, and whether it has fallen.
 * Every level stays within [0, 1]; the worst communal violence in an actor's land is always the
 * greatest of its regions'; a regime that has fallen stays fallen.
 */
public final class Regimes {
    private final Setting setting;
    private final double[] stability;
    private final double[] unrest;
    private final double[] attribution;
    private final UnrestKind[] unrestKind;
    private final double[] loyalty;
    private final boolean[] repressing;
    private final boolean[] conceded;
    private final boolean[] leaderResigned;
    private final boolean[] fallen;
    private final double[] communal;
    /** Per actor, the worst communal violence in its regions: {@link #communalIn}, kept as regions change. */
    private final double[] communalWorst;

    Regimes(Setting setting) {
        this.setting = setting;
        int actors = setting.actorCount();
        stability = new double[actors];
        unrest = new double[actors];
        attribution = new double[actors];
        unrestKind = new UnrestKind[actors];
        Arrays.fill(unrestKind, UnrestKind.PROTEST);
        loyalty = new double[actors];
        repressing = new boolean[actors];
        conceded = new boolean[actors];
        leaderResigned = new boolean[actors];
        fallen = new boolean[actors];
        communal = new double[setting.regionCount()];
        communalWorst = new double[actors];
        for (int a = 0; a < actors; a++) {
            stability[a] = setting.stability(a);
            loyalty[a] = setting.securityLoyalty(a);
        }
    }

    public double stability(int a) {
        return stability[a];
    }

    public void setStability(int a, double v) {
        stability[a] = Shares.clamp01(v);
    }

    /** How strong the unrest against the government is, 0 (none) to 1. */
    public double unrest(int a) {
        return unrest[a];
    }

    /** How credibly the government can call its unrest aggression from abroad. */
    public double unrestAttribution(int a) {
        return attribution[a];
    }

    public void setUnrest(int a, double level, double externalAttribution) {
        unrest[a] = Shares.clamp01(level);
        attribution[a] = Shares.clamp01(externalAttribution);
    }

    /** What kind of unrest the government faces (meaningful while there is unrest). */
    public UnrestKind unrestKind(int a) {
        return unrestKind[a];
    }

    public void setUnrestKind(int a, UnrestKind kind) {
        unrestKind[a] = kind;
    }

    /** Share of the actor's security forces that still obey an order to act against unrest. */
    public double loyalty(int a) {
        return loyalty[a];
    }

    public void setLoyalty(int a, double v) {
        loyalty[a] = Shares.clamp01(v);
    }

    /** Whether the government has ordered its security forces against the unrest or the violence. */
    public boolean repressing(int a) {
        return repressing[a];
    }

    public void repress(int a, boolean on) {
        repressing[a] = on;
    }

    /** Whether the government has made concessions to the protesters in this crisis. */
    public boolean conceded(int a) {
        return conceded[a];
    }

    public void concede(int a) {
        conceded[a] = true;
    }

    /** A new crisis at home begins: the government has yet to crack down or concede. */
    public void startCrisisAtHome(int a) {
        repressing[a] = false;
        conceded[a] = false;
    }

    /** Whether the actor's leader has stepped down while the regime stood. */
    public boolean leaderResigned(int a) {
        return leaderResigned[a];
    }

    public void leaderResigns(int a) {
        leaderResigned[a] = true;
    }

    /** How fiercely communities fight each other in a region, 0 to 1. */
    public double communal(int r) {
        return communal[r];
    }

    public void setCommunal(int r, double level) {
        communal[r] = Shares.clamp01(level);
        int owner = setting.deJure(r);
        double most = 0;
        for (int q = 0; q < communal.length; q++) {
            if (setting.deJure(q) == owner) {
                most = Math.max(most, communal[q]);
            }
        }
        communalWorst[owner] = most;
    }

    /** The worst violence between communities in any region of an actor's, 0 when there is none. */
    public double communalIn(int a) {
        return communalWorst[a];
    }

    /** Whether the actor faces a crisis at home: unrest against its government or violence between communities. */
    public boolean crisisAtHome(int a) {
        return unrest[a] > 0 || communalIn(a) > 0;
    }

    /** Whether the actor's regime has fallen. */
    public boolean fallen(int a) {
        return fallen[a];
    }

    public void fall(int a) {
        fallen[a] = true;
    }
}
