package casus.engine.world;

import casus.engine.model.Aim;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Domain;
import casus.engine.model.ModelConstant;
import casus.engine.model.Roles;
import casus.engine.model.Setting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The conflicts of a run, in the order they opened, and how each is fought: its defenders, its
 * principal defender, the day's intensities, its phase, its severity and the days of fighting.
 * Defenders are only ever added: whoever holds a share of a conflict's regions or keeps combat
 * forces there when it opens, or when forces arrive, defends it, and nobody stops defending for
 * having lost the ground. The principal defender is found once, as the conflict opens, and is
 * never the attacker in a conflict over another's land. Severity stays within [0, 1]; a day of
 * fighting is counted once.
 */
public final class Wars {
    private final Setting setting;
    private final Calendar calendar;
    private final Territory territory;
    private final Military military;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<Conflict> conflictView = Collections.unmodifiableList(conflicts);
    private long firedBack;

    Wars(Setting setting, Calendar calendar, Territory territory, Military military) {
        this.setting = setting;
        this.calendar = calendar;
        this.territory = territory;
        this.military = military;
        military.whenForcesArrive(this::forcesArrived);
    }

    public int conflictCount() {
        return conflicts.size();
    }

    /** Every conflict, in the order it opened: a conflict's index is its place here. */
    public List<Conflict> conflicts() {
        return conflictView;
    }

    public Conflict conflict(int index) {
        return conflicts.get(index);
    }

    /** Opens an offensive for ground on regions. */
    public Conflict openConflict(String eventId, int attacker, int[] regions, double objective, double intensity) {
        return openConflict(eventId, attacker, Roles.NONE, Aim.SEIZE, Domain.LAND, regions, objective, intensity);
    }

    /**
     * Opens a conflict: an offensive on regions (seeking ground, or only firing across the border),
     * or an incident outside any region against a target's forces.
     */
    public Conflict openConflict(String eventId, int attacker, int target, Aim aim, Domain domain, int[] regions, double objective,
            double intensity) {
        Conflict c = new Conflict(conflicts.size(), eventId, attacker, target, aim, domain, regions, objective, intensity,
                calendar.day());
        for (int k = 0; k < regions.length; k++) {
            c.startControl[k] = territory.control(regions[k], attacker);
        }
        conflicts.add(c);
        refreshDefenders(c);
        c.principal = findPrincipal(c);
        return c;
    }

    /** Combat forces arrived in a region: they defend it in every conflict there. */
    private void forcesArrived(int region) {
        for (int cIndex = 0; cIndex < conflicts.size(); cIndex++) {
            Conflict c = conflicts.get(cIndex);
            if (c.targets(region)) {
                refreshDefenders(c);
            }
        }
    }

    /**
     * Adds to a conflict's defenders whoever now holds a share of its regions or keeps combat
     * forces there. Nobody stops defending for having lost the ground.
     */
    private void refreshDefenders(Conflict c) {
        long defenders = c.defenders | (c.target >= 0 ? 1L << c.target : 0);
        for (int k = 0; k < c.regions.length; k++) {
            int r = c.regions[k];
            for (int a = 0; a < setting.actorCount(); a++) {
                if (a != c.attacker && territory.control(r, a) > setting.k(ModelConstant.HOLDING_SHARE)) {
                    defenders |= 1L << a;
                }
            }
            for (int pIndex = 0; pIndex < military.presenceCount(); pIndex++) {
                Presence p = military.presence(pIndex);
                if (p.region() == r && p.kind() == DeploymentKind.FORCES && p.actor() >= 0 && p.actor() != c.attacker) {
                    defenders |= 1L << p.actor();
                }
            }
        }
        c.defenders = defenders;
    }

    /** The main defender of a conflict, as found when it opened: the one who answers proposals and fires back. */
    public int principalDefender(Conflict c) {
        return c.principal;
    }

    /**
     * The main defender of a conflict as it opens: the target of an incident; else the kin of
     * the ground when they defend it; else its recognised owner unless the owner attacks; else the
     * first who defends it; else its kin; else the recognised owner of another of its regions; else,
     * for ground of the attacker's own nobody defends, the attacker.
     */
    private int findPrincipal(Conflict c) {
        if (c.regions.length == 0) {
            return c.target;
        }
        int r = c.regions[0];
        int kin = setting.kin(r);
        if (kin >= 0 && kin != c.attacker && c.sideOfDefence(kin)) {
            return kin;
        }
        int owner = setting.deJure(r);
        if (owner != c.attacker) {
            return owner;
        }
        if (c.defenders != 0) {
            return Long.numberOfTrailingZeros(c.defenders);
        }
        if (kin >= 0 && kin != c.attacker) {
            return kin;
        }
        for (int k = 1; k < c.regions.length; k++) {
            if (setting.deJure(c.regions[k]) != c.attacker) {
                return setting.deJure(c.regions[k]);
            }
        }
        return c.attacker;
    }

    /** The intensity at which the attacker presses on today, 0 when it holds. */
    public void setIntensity(Conflict c, double intensity) {
        c.intensity = intensity;
    }

    /** An outside actor fights on the defenders' side. */
    public void joinDefence(Conflict c, int actor) {
        c.interveners |= 1L << actor;
    }

    /**
     * An actor's peacekeepers in a conflict's regions take up arms: they stay as combat forces,
     * no longer counted as peacekeepers, and the actor joins the defence.
     */
    public void takeUpArms(int actor, Conflict c) {
        military.armPeacekeepers(actor, c, calendar.day());
        joinDefence(c, actor);
    }

    /** Adds combat power to the defenders' side: a collective deployment. */
    public void addAllianceForce(Conflict c, double force) {
        c.allianceForce += force;
    }

    /** The principal defender fires back at an intensity today (0: it holds its fire). */
    public void setCounterIntensity(Conflict c, double intensity, int actor) {
        c.counterIntensity = intensity;
        if (intensity > 0) {
            firedBack |= 1L << actor;
        }
    }

    /** Whether an actor has fired back at an attacker in this run. */
    public boolean firedBack(int actor) {
        return (firedBack & (1L << actor)) != 0;
    }

    /** Whether two actors face each other in a conflict, either way round. */
    public boolean opposes(Conflict c, int a, int b) {
        int d = principalDefender(c);
        return c.attacker == a && d == b || c.attacker == b && d == a;
    }

    /** There was fighting today: a day of fighting, counted once, and the quiet is over. */
    public void recordFighting(Conflict c) {
        int day = calendar.day();
        if (c.lastFightingDay != day) {
            c.lastFightingDay = day;
            c.fightingDays++;
        }
        c.quietDays = 0;
    }

    /** Counts a day without fighting; returns the number of quiet days in a row. */
    public int recordQuiet(Conflict c) {
        return ++c.quietDays;
    }

    /** An actor spoke for the attacker ({@code support}) or against it. */
    public void recordStatement(Conflict c, int actor, boolean support) {
        if (support) {
            c.supporters |= 1L << actor;
        } else {
            c.condemners |= 1L << actor;
        }
    }

    /** The attack grows graver, up to 1. */
    public void raiseSeverity(Conflict c, double delta) {
        c.severity = Shares.clamp01(c.severity + delta);
    }

    /** A conflict moves to a phase; a ceasefire names its broker, and whether the parties agreed it between themselves. */
    public void setPhase(Conflict c, Conflict.Phase phase, int broker, boolean direct) {
        c.phase = phase;
        c.broker = broker;
        c.direct = direct;
    }
}
