package casus.engine.rules;

import static casus.engine.model.ModelConstant.CONTINGENT_SHARE;
import static casus.engine.model.ModelConstant.INTERVENTION_SHARE;
import static casus.engine.model.ModelConstant.REGIME_TROOPS;
import static casus.engine.model.ModelConstant.REQUIRED_SHARE;

import casus.engine.model.DeploymentKind;
import casus.engine.world.Conflict;
import casus.engine.world.Mission;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * How a treaty council settles a motion once its members have voted, under consensus: any no
 * blocks; abstentions do not; a motion nobody but the one asking supports fails. A deployment
 * passes only if those who voted yes can field the force it needs; it sends their contingents. A
 * failed deployment is followed by a motion to send a mission; a mission or consultations answer
 * the request in part.
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
        Request q = w.request(m.request());
        int yes = 0;
        boolean blocked = false;
        for (int a = 0; a < w.actorCount(); a++) {
            if (a == q.requester() || !w.activeMember(m.treaty(), a)) {
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
        boolean passed = !blocked && yes > 0 && (m.kind() != Motion.Kind.DEPLOYMENT || fieldable(w, m, q));
        w.closeMotion(m, passed ? Motion.Status.PASSED : Motion.Status.FAILED);
        if (passed) {
            carryOut(w, m, q);
        } else if (m.kind() == Motion.Kind.DEPLOYMENT) {
            w.tableMotion(m.treaty(), q.index(), Motion.Kind.MISSION);
        } else {
            w.answer(q, Request.Status.REFUSED);
        }
        return new Result(m, m.status());
    }

    /** Whether the members who voted yes can field what a deployment needs. */
    static boolean fieldable(World w, Motion m, Request q) {
        if (q.conflict() >= 0) {
            Conflict c = w.conflict(q.conflict());
            return force(w, m) >= w.k(REQUIRED_SHARE) * Forces.attack(w, c, 1.0);
        }
        return troops(w, m) >= w.k(REGIME_TROOPS);
    }

    private static double force(World w, Motion m) {
        double force = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (m.vote(a) == Motion.Vote.YES) {
                force += w.available(a) * w.k(INTERVENTION_SHARE);
            }
        }
        return force;
    }

    private static double troops(World w, Motion m) {
        double troops = 0;
        for (int a = 0; a < w.actorCount(); a++) {
            if (m.vote(a) == Motion.Vote.YES) {
                troops += w.availableTroops(a) * w.k(CONTINGENT_SHARE);
            }
        }
        return troops;
    }

    private static void carryOut(World w, Motion m, Request q) {
        switch (m.kind()) {
            case DEPLOYMENT -> {
                if (q.conflict() >= 0) {
                    w.addAllianceForce(w.conflict(q.conflict()), force(w, m));
                } else {
                    long troops = Math.max(1, Math.min(w.setting().treatyPeacekeepers(m.treaty()), Math.round(troops(w, m))));
                    w.deploy(new Presence(-1, m.treaty(), -1, q.requester(), troops, DeploymentKind.PEACEKEEPERS, w.day()));
                    w.markAllianceIntervened();
                }
                w.answer(q, Request.Status.HONOURED);
            }
            case MISSION -> {
                w.sendMission(new Mission(m.treaty(), q.index(), q.requester(), w.day()));
                w.answer(q, Request.Status.PARTIAL);
            }
            case CONSULTATION -> w.answer(q, Request.Status.HONOURED);
        }
    }
}
