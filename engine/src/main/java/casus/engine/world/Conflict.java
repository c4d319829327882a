package casus.engine.world;

import casus.engine.model.Aim;
import casus.engine.model.Domain;
import casus.engine.model.Numeric;

/**
 * An armed conflict: an attacker's offensive on some regions against those who hold and defend
 * them, fire across a border that seeks no ground, or an incident at sea or in the air against
 * another's forces (no region at all: its {@link #target} defends). Mutable, and changed only
 * by the world's {@link Wars}.
 */
public final class Conflict {
    /** The states a conflict passes through. */
    public enum Phase {
        /** Fighting may happen any day. */
        ACTIVE,
        /** A ceasefire agreed by both sides is in force. */
        CEASEFIRE,
        /** Fighting stopped without an agreement: the attacker has held still for a while. */
        DORMANT
    }

    final int index;
    final String eventId;
    final int attacker;
    final int target;
    final Aim aim;
    final Domain domain;
    final int[] regions;
    final double objective;
    final int startDay;
    final double[] startControl;
    long defenders;
    int principal = -1;
    long interveners;
    double intensity;
    double plannedIntensity;
    double counterIntensity;
    double allianceForce;
    Phase phase = Phase.ACTIVE;
    int broker = -1;
    boolean direct;
    int quietDays;
    long supporters;
    long condemners;
    int fightingDays;
    int lastFightingDay = -1;
    double severity;

    Conflict(int index, String eventId, int attacker, int target, Aim aim, Domain domain, int[] regions, double objective, double intensity,
            int startDay) {
        this.index = index;
        this.eventId = eventId;
        this.attacker = attacker;
        this.target = target;
        this.aim = aim;
        this.domain = domain;
        this.regions = regions.clone();
        this.objective = objective;
        this.plannedIntensity = intensity;
        this.intensity = intensity;
        this.startDay = startDay;
        this.startControl = new double[regions.length];
    }

    public int index() {
        return index;
    }

    public String eventId() {
        return eventId;
    }

    public int attacker() {
        return attacker;
    }

    /** The state whose forces an incident outside any region struck, or -1 for a conflict over regions. */
    public int target() {
        return target;
    }

    /** Whether the attacker seeks ground or only fires across the border. */
    public Aim aim() {
        return aim;
    }

    /** True when the attacker seeks no ground: fire across a border, an incident at sea or in the air. */
    public boolean strike() {
        return aim == Aim.STRIKE || regions.length == 0;
    }

    /** Where the fighting is: on land, or at sea or in the air outside any region. */
    public Domain domain() {
        return domain;
    }

    /** The intensity at which the principal defender fires back today, 0 when it does not. */
    public double counterIntensity() {
        return counterIntensity;
    }

    public int regionCount() {
        return regions.length;
    }

    public int region(int k) {
        return regions[k];
    }

    public boolean targets(int region) {
        for (int r : regions) {
            if (r == region) {
                return true;
            }
        }
        return false;
    }

    /** What the attacker holds of the k-th target region now beyond what it held at the start. */
    public double attackerGain(int k, double controlNow) {
        return Math.max(0, controlNow - startControl[k]);
    }

    /**
     * What a share of the k-th target region is of the war's aim there: the ground the attacker
     * set out to take is what both sides fight over, and each weighs it whole, as the region
     * would weigh, however few square kilometres it covers. A share of a region fought over in
     * full counts as itself; where the attacker sought no ground, a share is a share.
     */
    public double ofAim(int k, double share) {
        double contested = objective - startControl[k];
        return contested <= Numeric.NEGLIGIBLE || contested >= 1 ? share : Math.min(1, share / contested);
    }

    /** The index among the target regions of a region, or -1. */
    public int indexOf(int region) {
        for (int k = 0; k < regions.length; k++) {
            if (regions[k] == region) {
                return k;
            }
        }
        return -1;
    }

    /** The share of each target region the attacker aims to hold. */
    public double objective() {
        return objective;
    }

    public int startDay() {
        return startDay;
    }

    /** Actors defending the target regions, as a bit set. */
    public long defenders() {
        return defenders;
    }

    public boolean defends(int actor) {
        return (defenders & (1L << actor)) != 0;
    }

    /** Outside actors fighting on the defenders' side, as a bit set. */
    public long interveners() {
        return interveners;
    }

    public boolean sideOfDefence(int actor) {
        return ((defenders | interveners) & (1L << actor)) != 0;
    }

    /** The intensity the attacker chose for today, 0 when holding. */
    public double intensity() {
        return intensity;
    }

    /** The intensity the offensive was launched with. */
    public double plannedIntensity() {
        return plannedIntensity;
    }

    /** Combat power added on the defenders' side by a collective deployment. */
    public double allianceForce() {
        return allianceForce;
    }

    public Phase phase() {
        return phase;
    }

    public boolean active() {
        return phase == Phase.ACTIVE;
    }

    /** The actor who brokered the ceasefire in force, or -1. */
    public int broker() {
        return broker;
    }

    /** True when the ceasefire in force was agreed between the parties, with no mediator. */
    public boolean direct() {
        return direct;
    }

    /** Whether an actor has already spoken for (support) or against (condemn) a side here. */
    public boolean spoke(int actor, boolean support) {
        return ((support ? supporters : condemners) & (1L << actor)) != 0;
    }

    /**
     * Whether the fighting is going on as a day opens: it was fought the day before, or the
     * conflict opened today at some intensity.
     */
    public boolean fighting(int day) {
        return phase == Phase.ACTIVE && (lastFightingDay == day - 1 || startDay == day && intensity > 0);
    }

    public int fightingDays() {
        return fightingDays;
    }

    public int lastFightingDay() {
        return lastFightingDay;
    }

    /**
     * How grave the attack has become, 0 to 1: grows with losses and ground taken. It scales how
     * clearly an attack counts as armed aggression.
     */
    public double severity() {
        return severity;
    }
}
