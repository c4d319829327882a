package casus.engine.rules;

import static casus.engine.model.ModelConstant.CONTINGENT_SHARE;
import static casus.engine.model.ModelConstant.INTERVENTION_SHARE;
import static casus.engine.model.ModelConstant.REGIME_TROOPS;
import static casus.engine.model.ModelConstant.REQUIRED_SHARE;
import static casus.engine.model.ModelConstant.TRIPWIRE_TROOPS;

import casus.engine.model.DeploymentKind;
import casus.engine.world.Mission;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * How a treaty council settles a motion once its members have voted, under consensus: any no
 * blocks; abstentions do not; a motion nobody but the one asking supports fails. A motion to send
 * forces passes only if those who voted yes can field what it needs, and sends their contingents:
 * combat forces, troops to guard a government or to stand between communities, or a defensive
 * deployment (air defence, else a tripwire) where the defenders still hold most. A council with
 * no peacekeepers of its own cannot send troops to guard a government or to keep the peace. A council that will not send forces sends fact-finders,
 * if it has any; a mission or consultations answer the request in part or in full.
 */
public final class Council {
    private Council() {
    }

    /** What a motion came to, for the chronicle. */
    public record Result(Motion motion, Motion.Status status) {
    }

    /** Closes a motion whose votes are all cast and acts on it; returns null while votes are due. */
    public static Result settle(World w, Motion m) {
        if (!m.open() || m.tabledDay() >= w.day()) {
            return null;
        }
        Request q = w.appeals().request(m.request());
        int yes = 0;
        boolean blocked = false;
        for (int a = 0; a < w.actorCount(); a++) {
            if (a == q.requester() || !w.treaties().activeMember(m.treaty(), a)) {
                continue;
            }
            Motion.Vote v = m.vote(a);
            if (v == Motion.Vote.NONE) {
                return null;
            }
            if (v == Motion.Vote.NO) {
                blocked = true;
            } else if (v == Motion.Vote.YES) {
                yes++;
            }
        }
        boolean passed = !blocked && yes > 0 && !w.regimes().fallen(q.requester()) && fieldable(w, m, q);
        w.appeals().closeMotion(m, passed ? Motion.Status.PASSED : Motion.Status.FAILED);
        if (passed) {
            carryOut(w, m, q);
        } else if (m.kind().sendsForces() && w.setting().treatyObservers(m.treaty()) > 0 && !w.regimes().fallen(q.requester())) {
            w.appeals().tableMotion(m.treaty(), q.index(), Motion.Kind.MISSION);
        } else {
            w.appeals().answer(q, Request.Status.REFUSED);
        }
        return new Result(m, m.status());
    }

    /** Whether the members who voted yes can field what a motion needs. */
    static boolean fieldable(World w, Motion m, Request q) {
        return switch (m.kind()) {
            case DEPLOYMENT -> q.conflict() >= 0 && force(w, m) >= w.k(REQUIRED_SHARE) * Forces.attack(w, w.wars().conflict(q.conflict()), 1.0);
            case GUARD, PEACEKEEPING -> w.setting().treatyPeacekeepers(m.treaty()) > 0 && troops(w, m) >= w.k(REGIME_TROOPS);
            case DEFENSIVE -> airDefence(w, m) > 0 || troops(w, m) >= w.k(TRIPWIRE_TROOPS);
            case MISSION, CONSULTATION -> true;
        };
    }

    private static double force(World w, Motion m) {
        double force = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (m.vote(a) == Motion.Vote.YES) {
                force += w.military().available(a) * w.k(INTERVENTION_SHARE);
            }
        }
        return force;
    }

    private static double troops(World w, Motion m) {
        double troops = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (m.vote(a) == Motion.Vote.YES) {
                troops += w.military().availableTroops(a) * w.k(CONTINGENT_SHARE);
            }
        }
        return troops;
    }

    private static int airDefence(World w, Motion m) {
        int units = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (m.vote(a) == Motion.Vote.YES) {
                units += w.setting().airDefenceUnits(a);
            }
        }
        return units;
    }

    private static void carryOut(World w, Motion m, Request q) {
        int host = q.requester();
        switch (m.kind()) {
            case DEPLOYMENT -> {
                w.wars().addAllianceForce(w.wars().conflict(q.conflict()), force(w, m));
                w.appeals().answer(q, Request.Status.HONOURED);
            }
            case GUARD, PEACEKEEPING -> {
                long troops = Math.max(1, Math.min(w.setting().treatyPeacekeepers(m.treaty()), Math.round(troops(w, m))));
                w.military().deploy(new Presence(-1, m.treaty(), -1, host, troops, DeploymentKind.PEACEKEEPERS, w.day()));
                w.appeals().answer(q, Request.Status.HONOURED);
            }
            case DEFENSIVE -> {
                int region = q.conflict() >= 0 ? Ceasefires.contested(w, w.wars().conflict(q.conflict())) : -1;
                boolean air = airDefence(w, m) > 0;
                long troops = air ? airDefence(w, m) : (long) w.k(TRIPWIRE_TROOPS);
                w.military().deploy(new Presence(-1, m.treaty(), region, host, troops, air ? DeploymentKind.AIR_DEFENCE : DeploymentKind.FORCES, w.day()));
                w.aid().defend(host);
                w.appeals().answer(q, Request.Status.HONOURED);
            }
            case MISSION -> {
                w.appeals().sendMission(new Mission(m.treaty(), q.index(), host, w.day()));
                w.appeals().answer(q, Request.Status.PARTIAL);
            }
            case CONSULTATION -> w.appeals().answer(q, Request.Status.HONOURED);
        }
    }

    /** The motion an appeal to a council tables, by what it asks for. */
    public static Motion.Kind motionFor(Request q, boolean communal) {
        return switch (q.ask()) {
            case MILITARY_AID -> Motion.Kind.DEPLOYMENT;
            case DEFENSIVE_DEPLOYMENT -> Motion.Kind.DEFENSIVE;
            case PEACEKEEPERS -> communal ? Motion.Kind.PEACEKEEPING : Motion.Kind.GUARD;
            case CONSULTATIONS, RESCUE -> Motion.Kind.CONSULTATION;
        };
    }
}
