package casus.engine.world;

import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Setting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Each actor's armed forces: their power, the share committed elsewhere, the dead, and the forces
 * stationed abroad (bases, combat forces, peacekeepers, air defence), from the scenario's and
 * those deployed since. Power never falls below zero by being set, the committed share stays
 * within [0, 1], casualties never fall, and the troops an actor keeps as peacekeepers in a region
 * are always those of its peacekeeping presences there.
 */
public final class Military {
    private final Setting setting;
    private final double[] power;
    private final double[] committed;
    private final double[] casualties;
    private final long[][] peacekeepers;
    private final List<Presence> presences = new ArrayList<>();
    private final List<Presence> presenceView = Collections.unmodifiableList(presences);
    private boolean peacekeepersDeployed;
    private IntConsumer forcesArrive = region -> {
    };

    Military(Setting setting) {
        this.setting = setting;
        int actors = setting.actorCount();
        power = new double[actors];
        committed = new double[actors];
        casualties = new double[actors];
        peacekeepers = new long[setting.regionCount()][actors];
        for (int a = 0; a < actors; a++) {
            power[a] = setting.power(a);
            committed[a] = setting.committed(a);
        }
        for (DeploymentDef d : setting.deployments()) {
            record(new Presence(d.actor(), -1, d.region(), -1, d.troops(), d.kind(), 0));
        }
    }

    /** Military power now, after arms supplies and losses. */
    public double power(int a) {
        return power[a];
    }

    public void setPower(int a, double v) {
        if (!(v >= 0)) {
            throw new IllegalArgumentException("military power must not be negative: " + v);
        }
        power[a] = v;
    }

    /** Power grows by a share of itself (falls, for a negative share: losses wear it down). */
    public void raisePower(int a, double share) {
        power[a] *= 1 + share;
    }

    /** The share of the actor's forces committed elsewhere, 0 to 1. */
    public double committed(int a) {
        return committed[a];
    }

    public void setCommitted(int a, double share) {
        committed[a] = Shares.clamp01(share);
    }

    /** Power ready to use here: power, times readiness, less what is committed elsewhere. */
    public double available(int a) {
        return power[a] * setting.readiness(a) * (1 - committed[a]);
    }

    /** Troops ready to use here. */
    public double availableTroops(int a) {
        return setting.troops(a) * setting.readiness(a) * (1 - committed[a]);
    }

    /** The actor's dead since the start. */
    public double casualties(int a) {
        return casualties[a];
    }

    public double totalCasualties() {
        double sum = 0;
        for (double c : casualties) {
            sum += c;
        }
        return sum;
    }

    public void addCasualties(int a, double deaths) {
        if (!(deaths >= 0)) {
            throw new IllegalArgumentException("casualties must not fall: " + deaths);
        }
        casualties[a] += deaths;
    }

    public Presence presence(int index) {
        return presences.get(index);
    }

    public int presenceCount() {
        return presences.size();
    }

    /** Every presence, in the order it began: the scenario's first. */
    public List<Presence> presences() {
        return presenceView;
    }

    /** Forces arrive; combat forces in a region join the defence of the conflicts there. */
    public void deploy(Presence p) {
        record(p);
        if (p.kind() == DeploymentKind.PEACEKEEPERS) {
            peacekeepersDeployed = true;
        }
        if (p.kind() == DeploymentKind.FORCES && p.region() >= 0) {
            forcesArrive.accept(p.region());
        }
    }

    /** Troops an actor keeps as peacekeepers in a region, 0 if none. */
    public long peacekeepers(int actor, int region) {
        return actor < 0 || region < 0 ? 0 : peacekeepers[region][actor];
    }

    /** Whether peacekeepers have been deployed in this run (those of the scenario do not count). */
    public boolean peacekeepersDeployed() {
        return peacekeepersDeployed;
    }

    /** Tells {@code listener} the region whenever combat forces arrive in one. */
    void whenForcesArrive(IntConsumer listener) {
        forcesArrive = listener;
    }

    /**
     * An actor's peacekeepers in a conflict's regions become combat forces there, from
     * {@code day}: no longer counted as peacekeepers.
     */
    void armPeacekeepers(int actor, Conflict c, int day) {
        for (int pIndex = 0; pIndex < presences.size(); pIndex++) {
            Presence p = presences.get(pIndex);
            if (p.actor() == actor && p.kind() == DeploymentKind.PEACEKEEPERS && p.region() >= 0 && c.targets(p.region())) {
                presences.set(pIndex, new Presence(actor, p.treaty(), p.region(), p.host(), p.troops(), DeploymentKind.FORCES, day));
                peacekeepers[p.region()][actor] -= p.troops();
            }
        }
    }

    /** Adds a presence, keeping the count of each actor's peacekeepers by region. */
    private void record(Presence p) {
        presences.add(p);
        if (p.kind() == DeploymentKind.PEACEKEEPERS && p.actor() >= 0 && p.region() >= 0) {
            peacekeepers[p.region()][p.actor()] += p.troops();
        }
    }
}
