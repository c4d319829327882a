package casus.engine.world;

import casus.engine.model.Setting;

/**
 * Who holds the ground: each actor's share of each region, the blockade of each region, and what
 * changing hands has cost. The shares of a region stay within [0, 1] and sum to what the scenario
 * gave (one): control only moves from one actor to another, never more than the loser holds.
 * Every move is counted in the square kilometres that changed hands and in what each side lost or
 * won, at what the region is worth to it.
 */
public final class Territory {
    private final Setting setting;
    private final int actors;
    private final double[][] control;
    private final double[] blockade;
    private final double[] lostValue;
    private double territoryChanged;

    Territory(Setting setting) {
        this.setting = setting;
        actors = setting.actorCount();
        int regions = setting.regionCount();
        control = new double[regions][actors];
        blockade = new double[regions];
        lostValue = new double[actors];
        for (int r = 0; r < regions; r++) {
            for (int a = 0; a < actors; a++) {
                control[r][a] = setting.control(r, a);
            }
        }
    }

    /** The share of a region an actor holds, 0 to 1. */
    public double control(int r, int a) {
        return control[r][a];
    }

    /** The actor holding the largest share of a region (the first of those tied). */
    public int holder(int r) {
        int best = 0;
        for (int a = 1; a < actors; a++) {
            if (control[r][a] > control[r][best]) {
                best = a;
            }
        }
        return best;
    }

    /**
     * Moves up to {@code amount} of a region's control from one actor to another and returns what
     * moved; the shares still sum to one.
     */
    public double shiftControl(int r, int from, int to, double amount) {
        double moved = Math.max(0, Math.min(amount, control[r][from]));
        control[r][from] -= moved;
        control[r][to] += moved;
        if (from != to) {
            territoryChanged += moved * setting.area(r);
            lostValue[from] += moved * valueOf(r, from);
            lostValue[to] -= moved * valueOf(r, to);
        }
        return moved;
    }

    /** What a region is worth to an actor: its own or its kin's land counts fully, else its stake. */
    public double valueOf(int r, int a) {
        return setting.value(r, a);
    }

    /** The share of a region's supply cut off, 0 to 1. */
    public double blockade(int r) {
        return blockade[r];
    }

    public void setBlockade(int r, double share) {
        blockade[r] = Shares.clamp01(share);
    }

    /** Square kilometres that changed hands, all regions together. */
    public double territoryChanged() {
        return territoryChanged;
    }

    /** Value of valued ground an actor has lost since the start, in region-value units (negative: it gained). */
    public double lostValue(int a) {
        return lostValue[a];
    }
}
