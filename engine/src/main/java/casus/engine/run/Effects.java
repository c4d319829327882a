package casus.engine.run;

import static casus.engine.model.ModelConstant.ARMS_BOOST;
import static casus.engine.model.ModelConstant.BACK_STABILITY;
import static casus.engine.model.ModelConstant.CONCESSION_EFFECT;
import static casus.engine.model.ModelConstant.REALIGN_LEADER_COOLING;
import static casus.engine.model.ModelConstant.REALIGN_STEP;
import static casus.engine.model.ModelConstant.REGIME_TROOPS;
import static casus.engine.model.ModelConstant.RESCUE_STABILITY;
import static casus.engine.model.ModelConstant.RESERVE_LOYALTY;
import static casus.engine.model.ModelConstant.RESIGNATION_CALM;
import static casus.engine.model.ModelConstant.RESIGNATION_RELIEF;
import static casus.engine.model.ModelConstant.TRIPWIRE_TROOPS;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceSet;
import casus.engine.event.CeasefireBroken;
import casus.engine.event.RunEvent;
import casus.engine.model.Ask;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.rules.CasusFoederis;
import casus.engine.rules.Ceasefires;
import casus.engine.rules.Council;
import casus.engine.rules.Domestic;
import casus.engine.rules.Settlement;
import casus.engine.rules.Threat;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Presence;
import casus.engine.world.Regimes;
import casus.engine.world.Request;
import casus.engine.world.World;

/** What each chosen action does to the world. */
final class Effects {
    private Effects() {
    }

    /** Applies the chosen option of a decision; returns what it set off beyond itself (a ceasefire broken), or null. */
    static RunEvent apply(World w, ChoiceSet set, int i) {
        int a = set.actor();
        ActionKind kind = set.actionKind(i);
        switch (kind) {
            case ATTACK -> {
                return attack(w, w.wars().conflict(set.ref(i)), a, set.level(i));
            }
            case HOLD -> holdFire(w, set.subject(), a);
            case FIRE_BACK -> w.wars().setCounterIntensity(w.wars().conflict(set.ref(i)), set.level(i), a);
            case ACCEPT -> {
                var p = w.talks().proposal(set.ref(i));
                w.talks().accept(p, a);
                holdFire(w, p.conflict(), a);
            }
            case INTERVENE -> w.wars().takeUpArms(a, w.wars().conflict(set.ref(i)));
            case REQUEST -> request(w, set, i);
            case SUSPEND -> w.treaties().suspend(set.treaty(i), a);
            case HONOUR, DEFEND, RESERVE, RESCUE, CONSULT, DECLINE -> answer(w, w.appeals().request(set.ref(i)), a, kind);
            case VOTE_YES -> w.appeals().castVote(w.appeals().motion(set.ref(i)), a, Motion.Vote.YES);
            case VOTE_NO -> w.appeals().castVote(w.appeals().motion(set.ref(i)), a, Motion.Vote.NO);
            case VOTE_ABSTAIN -> w.appeals().castVote(w.appeals().motion(set.ref(i)), a, Motion.Vote.ABSTAIN);
            case MEDIATE -> {
                Conflict c = w.wars().conflict(set.ref(i));
                boolean direct = a == c.attacker() || a == w.wars().principalDefender(c);
                var p = w.talks().propose(a, c.index(), Settlement.terms(w, c, a, set.variant(i)), direct);
                if (direct) {
                    // A party that proposes terms to the other stands by them: it has accepted them. Having
                    // chosen its conduct for today already, it holds its fire from the next day if it keeps its word.
                    w.talks().accept(p, a);
                }
            }
            case ARM -> {
                w.aid().startSupport(a, set.target(i));
                w.military().raisePower(set.target(i), w.k(ARMS_BOOST));
            }
            case STATEMENT_SUPPORT -> w.wars().recordStatement(w.wars().conflict(set.ref(i)), a, true);
            case STATEMENT_CONDEMN -> w.wars().recordStatement(w.wars().conflict(set.ref(i)), a, false);
            case BACK -> {
                int g = set.target(i);
                w.aid().back(a, g);
                w.regimes().setStability(g, w.regimes().stability(g) + w.k(BACK_STABILITY));
            }
            case REALIGN -> realign(w, a, set.target(i));
            case CRACK_DOWN -> w.regimes().repress(a, true);
            case CONCEDE -> {
                Regimes home = w.regimes();
                home.concede(a);
                double calm = w.k(CONCESSION_EFFECT) * Domestic.concessionEfficacy(w, home.unrestKind(a));
                home.setUnrest(a, home.unrest(a) * (1 - calm), home.unrestAttribution(a));
            }
            case RESIGN -> {
                Regimes home = w.regimes();
                home.leaderResigns(a);
                home.setUnrest(a, home.unrest(a) * (1 - w.k(RESIGNATION_CALM)), home.unrestAttribution(a));
                double start = w.setting().stability(a);
                home.setStability(a, home.stability(a) + w.k(RESIGNATION_RELIEF) * Math.max(0, start - home.stability(a)));
            }
            case REJECT, PASS -> {
            }
        }
        return null;
    }

    /**
     * The attacker presses on: a ceasefire in force is broken, a war that had died down resumes,
     * and any acceptance it had given to a proposal still on the table is withdrawn.
     */
    private static RunEvent attack(World w, Conflict c, int a, double level) {
        RunEvent broken = null;
        if (c.phase() == Conflict.Phase.CEASEFIRE) {
            Ceasefires.breakOff(w, c);
            broken = new CeasefireBroken(w.day(), a, c.index());
        } else if (c.phase() == Conflict.Phase.DORMANT) {
            w.wars().setPhase(c, Conflict.Phase.ACTIVE, -1, false);
        }
        Ceasefires.withdrawAcceptances(w, c, a);
        w.wars().setIntensity(c, level);
        return broken;
    }

    /** A party to a conflict holds its fire today: the attacker halts, the defender stops firing back. */
    private static void holdFire(World w, int conflict, int a) {
        if (conflict < 0) {
            return;
        }
        Conflict c = w.wars().conflict(conflict);
        if (c.attacker() == a) {
            w.wars().setIntensity(c, 0);
        } else if (w.wars().principalDefender(c) == a) {
            w.wars().setCounterIntensity(c, 0, a);
        }
    }

    /** An appeal is made; one to a council tables the motion that fits what it asks for. */
    private static void request(World w, ChoiceSet set, int i) {
        Setting s = w.setting();
        int a = set.actor();
        int t = set.treaty(i);
        int k = set.article(i);
        Ask ask = set.action(i).ask();
        Obligation o = t >= 0 ? s.articles(t).get(k).obligation() : Obligation.NONE;
        int conflict = set.ref(i);
        double clarity = 0;
        if (t >= 0) {
            clarity = conflict < 0 ? CasusFoederis.ofCrisisAtHome(w, a, o, ask) : CasusFoederis.ofConflict(w, w.wars().conflict(conflict), a, t, o);
        }
        double need = conflict < 0 ? Threat.of(w, a) : Threat.ofConflict(w, w.wars().conflict(conflict), a);
        Request q = w.appeals().openRequest(a, t, set.target(i), k, o, ask, conflict, clarity, need);
        if (q.toCouncil()) {
            boolean communal = conflict < 0 && w.regimes().unrest(a) <= 0 && w.regimes().communalIn(a) > 0;
            w.appeals().tableMotion(t, q.index(), Council.motionFor(q, communal));
        }
    }

    /** A state's own answer to an appeal made to it. */
    private static void answer(World w, Request q, int a, ActionKind kind) {
        int v = q.requester();
        Conflict c = q.conflict() >= 0 ? w.wars().conflict(q.conflict()) : null;
        switch (kind) {
            case HONOUR -> {
                if (c != null) {
                    // Any peacekeepers it keeps where the war is take up arms with it.
                    w.wars().takeUpArms(a, c);
                } else {
                    w.military().deploy(new Presence(a, -1, -1, v, (long) w.k(REGIME_TROOPS), DeploymentKind.PEACEKEEPERS, w.day()));
                    w.aid().guard(v);
                }
                w.appeals().answer(q, Request.Status.HONOURED);
            }
            case DEFEND -> {
                defend(w, a, v, c);
                w.appeals().answer(q, q.ask() == Ask.DEFENSIVE_DEPLOYMENT ? Request.Status.HONOURED : Request.Status.PARTIAL);
            }
            case RESERVE -> {
                w.aid().formReserve(v);
                Regimes home = w.regimes();
                home.setLoyalty(v, home.loyalty(v) + w.k(RESERVE_LOYALTY) * (1 - home.loyalty(v)));
                w.appeals().answer(q, Request.Status.PARTIAL);
            }
            case RESCUE -> {
                w.aid().rescue(v);
                w.regimes().setStability(v, w.regimes().stability(v) + w.k(RESCUE_STABILITY));
                w.appeals().answer(q, Request.Status.HONOURED);
            }
            case CONSULT -> w.appeals().answer(q, q.ask() == Ask.CONSULTATIONS ? Request.Status.HONOURED : Request.Status.PARTIAL);
            default -> w.appeals().answer(q, Request.Status.REFUSED);
        }
    }

    /**
     * Forces stationed to deter on the appellant's side: its air defence units where it has any,
     * else a tripwire of troops, in the contested region of the war (or with the appellant's
     * forces when the war is outside any region).
     */
    private static void defend(World w, int a, int v, Conflict c) {
        int units = w.setting().airDefenceUnits(a);
        int region = c == null || c.regionCount() == 0 ? -1 : Ceasefires.contested(w, c);
        DeploymentKind kind = units > 0 ? DeploymentKind.AIR_DEFENCE : DeploymentKind.FORCES;
        long troops = units > 0 ? units : (long) w.k(TRIPWIRE_TROOPS);
        w.military().deploy(new Presence(a, -1, region, v, troops, kind, w.day()));
        w.aid().defend(v);
    }

    /** An actor turns toward a partner, and cools toward the leaders of its own treaties. */
    private static void realign(World w, int a, int partner) {
        Setting s = w.setting();
        w.minds().realign(a, partner, w.k(REALIGN_STEP));
        for (int t = 0; t < s.treatyCount(); t++) {
            int leader = w.treaties().leader(t);
            if (w.treaties().activeMember(t, a) && leader != a && leader >= 0) {
                w.minds().shiftAlignment(a, leader, -w.k(REALIGN_STEP) * w.k(REALIGN_LEADER_COOLING));
            }
        }
    }
}
