package casus.engine.choice;

import casus.engine.rules.Combat;
import casus.engine.rules.Forces;
import casus.engine.rules.Threat;
import casus.engine.world.Conflict;
import casus.engine.world.World;
import java.util.Arrays;

/**
 * The costly readings of the world that agents make over and over while they decide: each
 * conflict's defence, each actor's threat, each actor's exposure to escalation against each enemy.
 * The world does not change while agents decide, so each is computed once per decision phase,
 * by the same arithmetic as the rules, and remembered until {@link #begin} starts the next phase.
 */
public final class Assessment {
    private final int actors;
    private World world;
    private int phase;
    private double[] defence = new double[0];
    private double[] defenceTroops = new double[0];
    private int[] defenceSeen = new int[0];
    private final double[] threat;
    private final int[] threatSeen;
    private double[] exposure = new double[0];
    private int[] exposureSeen = new int[0];
    private double[] gain = new double[0];
    private double[] gainIntensity = new double[0];
    private int[] gainSeen = new int[0];

    public Assessment(int actors) {
        this.actors = actors;
        threat = new double[actors];
        threatSeen = new int[actors];
    }

    /** A number that changes with every decision phase: readings stamped with another are stale. */
    public int phase() {
        return phase;
    }

    /** Starts a decision phase: forgets every reading of the world as it was. */
    public void begin(World w) {
        world = w;
        phase++;
        int conflicts = w.wars().conflictCount();
        if (defence.length < conflicts) {
            int n = Math.max(conflicts, defence.length << 1);
            defence = Arrays.copyOf(defence, n);
            defenceTroops = Arrays.copyOf(defenceTroops, n);
            defenceSeen = Arrays.copyOf(defenceSeen, n);
        }
        if (gain.length < GAIN_SLOTS * actors * conflicts) {
            int n = GAIN_SLOTS * actors * Math.max(conflicts, (gain.length / Math.max(1, GAIN_SLOTS * actors)) << 1);
            gain = Arrays.copyOf(gain, n);
            gainIntensity = Arrays.copyOf(gainIntensity, n);
            gainSeen = Arrays.copyOf(gainSeen, n);
        }
        if (exposure.length < actors * actors * conflicts) {
            int n = actors * actors * Math.max(conflicts, (exposure.length / Math.max(1, actors * actors)) << 1);
            exposure = Arrays.copyOf(exposure, n);
            exposureSeen = Arrays.copyOf(exposureSeen, n);
        }
    }

    /** {@link Forces#defence} of a conflict. */
    public double defence(Conflict c) {
        read(c);
        return defence[c.index()];
    }

    /** {@link Combat#defenceTroops} of a conflict. */
    public double defenceTroops(Conflict c) {
        read(c);
        return defenceTroops[c.index()];
    }

    /** {@link Threat#of} an actor. */
    public double threat(int a) {
        if (threatSeen[a] != phase) {
            threat[a] = Threat.of(world, a);
            threatSeen[a] = phase;
        }
        return threat[a];
    }

    /** {@link Forces#escalationRisk} of an actor fighting an enemy in a conflict. */
    public double escalationRisk(int actor, int enemy, Conflict c, double intensity) {
        if (intensity <= 0) {
            return 0;
        }
        int k = (c.index() * actors + actor) * actors + enemy;
        if (exposureSeen[k] != phase) {
            exposure[k] = Forces.escalationExposure(world, actor, enemy, c);
            exposureSeen[k] = phase;
        }
        return exposure[k] * intensity;
    }

    /**
     * {@link Forces#projectedGain} for an actor at an intensity; the last {@value #GAIN_SLOTS}
     * intensities asked are remembered per conflict and actor (an attack at full or low intensity,
     * the intensity it was launched with).
     */
    public double projectedGain(Conflict c, int a, double intensity) {
        int base = (c.index() * actors + a) * GAIN_SLOTS;
        for (int s = base; s < base + GAIN_SLOTS; s++) {
            if (gainSeen[s] == phase && gainIntensity[s] == intensity) {
                return gain[s];
            }
        }
        int s = base;
        for (int t = base; t < base + GAIN_SLOTS; t++) {
            if (gainSeen[t] != phase) {
                s = t;
                break;
            }
        }
        gain[s] = Forces.projectedGain(world, c, a, intensity, intensity <= 0 ? 0 : defence(c));
        gainIntensity[s] = intensity;
        gainSeen[s] = phase;
        return gain[s];
    }

    /** How many intensities {@link #projectedGain} remembers per conflict and actor. */
    private static final int GAIN_SLOTS = 3;

    /** {@link Forces#ratio} in a region at an intensity. */
    public double ratio(Conflict c, int region, double intensity) {
        return Forces.ratio(world, c, region, intensity, defence(c));
    }

    /** {@link Combat#expectedDeaths} at an intensity. */
    public double expectedDeaths(Conflict c, double intensity) {
        return Combat.expectedDeaths(world, c, intensity, defenceTroops(c));
    }

    private void read(Conflict c) {
        int i = c.index();
        if (defenceSeen[i] != phase) {
            defence[i] = Forces.defence(world, c);
            defenceTroops[i] = Combat.defenceTroops(world, c);
            defenceSeen[i] = phase;
        }
    }
}
