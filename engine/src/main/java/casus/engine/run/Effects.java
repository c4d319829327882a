package casus.engine.run;

import static casus.engine.model.ModelConstant.ARMS_BOOST;
import static casus.engine.model.ModelConstant.REALIGN_LEADER_COOLING;
import static casus.engine.model.ModelConstant.REALIGN_STEP;
import static casus.engine.model.ModelConstant.REGIME_TROOPS;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceSet;
import casus.engine.event.CeasefireBroken;
import casus.engine.event.RunEvent;
import casus.engine.model.DecisionRule;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.rules.CasusFoederis;
import casus.engine.rules.Ceasefires;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Request;
import casus.engine.world.World;

/** What each chosen action does to the world. */
final class Effects {
    private Effects() {
    }

    /** Applies the chosen option of a decision; returns what it set off beyond itself (a ceasefire broken), or null. */
    static RunEvent apply(World w, ChoiceSet set, int i) {
        int a = set.actor();
        Setting s = w.setting();
        ActionKind kind = set.actionKind(i);
        switch (kind) {
            case ATTACK -> {
                Conflict c = w.conflict(set.ref(i));
                RunEvent broken = null;
                if (c.phase() == Conflict.Phase.CEASEFIRE) {
                    Ceasefires.breakOff(w, c);
                    broken = new CeasefireBroken(w.day(), a, c.index());
                } else if (c.phase() == Conflict.Phase.DORMANT) {
                    w.setPhase(c, Conflict.Phase.ACTIVE, -1);
                }
                w.setIntensity(c, set.level(i));
                return broken;
            }
            case HOLD -> {
                if (set.subject() >= 0 && w.conflict(set.subject()).attacker() == a) {
                    w.setIntensity(w.conflict(set.subject()), 0);
                }
            }
            case INTERVENE -> w.joinDefence(w.conflict(set.ref(i)), a);
            case REQUEST -> request(w, set, i);
            case SUSPEND -> w.suspend(set.treaty(i), a);
            case HONOUR -> {
                Request q = w.request(set.ref(i));
                if (q.conflict() >= 0) {
                    w.joinDefence(w.conflict(q.conflict()), a);
                } else {
                    w.deploy(new Presence(a, -1, -1, q.requester(), (long) w.k(REGIME_TROOPS), DeploymentKind.PEACEKEEPERS, w.day()));
                }
                w.answer(q, Request.Status.HONOURED);
            }
            case CONSULT -> {
                Request q = w.request(set.ref(i));
                w.answer(q, q.obligation() == Obligation.CONSULTATION ? Request.Status.HONOURED : Request.Status.PARTIAL);
            }
            case DECLINE -> w.answer(w.request(set.ref(i)), Request.Status.REFUSED);
            case VOTE_YES -> w.castVote(w.motion(set.ref(i)), a, Motion.Vote.YES);
            case VOTE_NO -> w.castVote(w.motion(set.ref(i)), a, Motion.Vote.NO);
            case VOTE_ABSTAIN -> w.castVote(w.motion(set.ref(i)), a, Motion.Vote.ABSTAIN);
            case MEDIATE -> w.propose(a, set.ref(i), false);
            case MEDIATE_WITH_PEACEKEEPERS -> w.propose(a, set.ref(i), true);
            case ARM -> {
                w.startSupport(a, set.target(i));
                w.raisePower(set.target(i), w.k(ARMS_BOOST));
            }
            case STATEMENT_SUPPORT -> w.recordStatement(w.conflict(set.ref(i)), a, true);
            case STATEMENT_CONDEMN -> w.recordStatement(w.conflict(set.ref(i)), a, false);
            case REALIGN -> {
                int partner = set.target(i);
                w.realign(a, partner, w.k(REALIGN_STEP));
                for (int t = 0; t < s.treatyCount(); t++) {
                    int leader = w.leader(t);
                    if (w.activeMember(t, a) && leader != a && leader >= 0) {
                        w.shiftAlignment(a, leader, -w.k(REALIGN_STEP) * w.k(REALIGN_LEADER_COOLING));
                    }
                }
            }
            case ACCEPT -> w.accept(w.proposal(set.ref(i)), a);
            case REJECT, PASS -> {
            }
        }
        return null;
    }

    private static void request(World w, ChoiceSet set, int i) {
        Setting s = w.setting();
        int a = set.actor();
        int t = set.treaty(i);
        int k = set.article(i);
        Obligation o = s.articles(t).get(k).obligation();
        int conflict = set.ref(i);
        double clarity = conflict < 0 ? CasusFoederis.ofUnrest(w, a, o) : CasusFoederis.ofConflict(w, w.conflict(conflict), a, o);
        Request q = w.openRequest(a, t, k, o, conflict, clarity);
        if (s.rule(t) == DecisionRule.CONSENSUS) {
            w.tableMotion(t, q.index(), o.military() ? Motion.Kind.DEPLOYMENT : Motion.Kind.CONSULTATION);
        }
    }
}
