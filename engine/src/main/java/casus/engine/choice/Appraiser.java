package casus.engine.choice;

import static casus.engine.model.ModelConstant.ABSTAIN_SHARE;
import static casus.engine.model.ModelConstant.APPEAL_STANCE;
import static casus.engine.model.ModelConstant.ARMS_COST;
import static casus.engine.model.ModelConstant.ARMS_ESCALATION_SHARE;
import static casus.engine.model.ModelConstant.ARMS_LEGAL;
import static casus.engine.model.ModelConstant.ARMS_STANCE;
import static casus.engine.model.ModelConstant.ATTACKER_FRIEND_APPROVAL;
import static casus.engine.model.ModelConstant.BROKER_PRESTIGE;
import static casus.engine.model.ModelConstant.CASUALTY_COST;
import static casus.engine.model.ModelConstant.CEASEFIRE_BREACH;
import static casus.engine.model.ModelConstant.CEASEFIRE_LEGAL;
import static casus.engine.model.ModelConstant.CONDEMN_LEGAL;
import static casus.engine.model.ModelConstant.CONDEMN_STANCE;
import static casus.engine.model.ModelConstant.CONDEMN_VICTIM_STANCE;
import static casus.engine.model.ModelConstant.CONSULTATION_BENEFIT;
import static casus.engine.model.ModelConstant.CONSULT_ATTACKER_STANCE;
import static casus.engine.model.ModelConstant.CONSULT_COST;
import static casus.engine.model.ModelConstant.CONSULT_DISAPPOINTMENT;
import static casus.engine.model.ModelConstant.CONSULT_STANCE;
import static casus.engine.model.ModelConstant.COST_CAP;
import static casus.engine.model.ModelConstant.DECLINE_ATTACKER_APPROVAL;
import static casus.engine.model.ModelConstant.DECLINE_STANCE;
import static casus.engine.model.ModelConstant.ENEMY_FRIEND_DISAPPROVAL;
import static casus.engine.model.ModelConstant.ENGAGEMENT_COST;
import static casus.engine.model.ModelConstant.GUARANTOR_PRESTIGE;
import static casus.engine.model.ModelConstant.HORIZON_DAYS;
import static casus.engine.model.ModelConstant.LEGAL_BASIS_FLOOR;
import static casus.engine.model.ModelConstant.LEGAL_RECLAIM;
import static casus.engine.model.ModelConstant.MEDIATION_COST;
import static casus.engine.model.ModelConstant.MEDIATION_LEGAL;
import static casus.engine.model.ModelConstant.MEDIATION_STANCE;
import static casus.engine.model.ModelConstant.MISSION_SHARE;
import static casus.engine.model.ModelConstant.MISSION_VOTE_ATTACKER_STANCE;
import static casus.engine.model.ModelConstant.MISSION_VOTE_COST;
import static casus.engine.model.ModelConstant.MISSION_VOTE_STANCE;
import static casus.engine.model.ModelConstant.OWN_LAND_SYMPATHY;
import static casus.engine.model.ModelConstant.PARTIAL_DUTY_SHARE;
import static casus.engine.model.ModelConstant.PEACEKEEPER_PROTECTION;
import static casus.engine.model.ModelConstant.PEACEKEEPING_FORCE;
import static casus.engine.model.ModelConstant.PROPOSER_STANCE;
import static casus.engine.model.ModelConstant.REALIGN_DUTY;
import static casus.engine.model.ModelConstant.REALIGN_LEADER_STANCE;
import static casus.engine.model.ModelConstant.REALIGN_STANCE;
import static casus.engine.model.ModelConstant.REBUFF;
import static casus.engine.model.ModelConstant.REGIME_HELP_STANCE;
import static casus.engine.model.ModelConstant.REGIME_RIVAL_STANCE;
import static casus.engine.model.ModelConstant.REGIME_TROOPS;
import static casus.engine.model.ModelConstant.SALIENCE_FLOOR;
import static casus.engine.model.ModelConstant.SIDE_FRIEND_APPROVAL;
import static casus.engine.model.ModelConstant.SUPPORT_ATTACKER_STANCE;
import static casus.engine.model.ModelConstant.SUPPORT_DUTY_SHARE;
import static casus.engine.model.ModelConstant.SUPPORT_STANCE;
import static casus.engine.model.ModelConstant.SUSPENSION_LEGAL;
import static casus.engine.model.ModelConstant.SUSPENSION_REGIME_BASE;
import static casus.engine.model.ModelConstant.SUSPENSION_STANCE;
import static casus.engine.model.ModelConstant.SUSPENSION_SUPPORT_BASE;
import static casus.engine.model.ModelConstant.TERRITORY_SCALE;
import static casus.engine.model.ModelConstant.VOTE_NO_ATTACKER_APPROVAL;
import static casus.engine.model.ModelConstant.VOTE_NO_STANCE;

import casus.engine.action.Action;
import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.model.Numeric;
import casus.engine.rules.Alliances;
import casus.engine.rules.CasusFoederis;
import casus.engine.rules.Forces;
import casus.engine.rules.Settlement;
import casus.engine.rules.Threat;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;

/**
 * Scores every option of a decision term by term. Each {@code appraise*} method writes the
 * unweighted terms of one kind of action; {@link #weigh} then sums them with the actor's weights.
 * The quiet option of every decision (hold, pass, reject) scores zero on every term: the others
 * are judged against doing nothing. docs/MODEL.md states each formula.
 */
public final class Appraiser {
    private final double[] stance;
    private final double[] scratch = new double[Term.COUNT];
    private final Assessment assessment;

    public Appraiser(int actors) {
        stance = new double[actors];
        assessment = new Assessment(actors);
    }

    /**
     * Starts a decision phase on a world that will not change until it ends: readings of the
     * world made while scoring are kept for the rest of the phase.
     */
    public void begin(World w) {
        assessment.begin(w);
    }

    /** The readings of the world in the current decision phase. */
    public Assessment assessment() {
        return assessment;
    }

    /** Scores every option of a decision on the world as it is now: fills its terms and utilities. */
    public void appraise(World w, ChoiceSet set) {
        assessment.begin(w);
        appraiseInPhase(w, set);
    }

    /**
     * Scores a decision within the decision phase {@link #begin} started, reusing the readings
     * made so far; the world must not have changed since.
     */
    public void appraiseInPhase(World w, ChoiceSet set) {
        for (int i = 0; i < set.size(); i++) {
            double[] t = scratch;
            for (int k = 0; k < Term.COUNT; k++) {
                t[k] = 0;
            }
            switch (set.actionKind(i)) {
                case ATTACK -> attack(w, set, i, t);
                case INTERVENE -> intervene(w, set, i, t);
                case REQUEST -> request(w, set, i, t);
                case SUSPEND -> suspend(w, set, i, t);
                case HONOUR, CONSULT, DECLINE -> respond(w, set, i, t);
                case VOTE_YES, VOTE_NO, VOTE_ABSTAIN -> vote(w, set, i, t);
                case MEDIATE, MEDIATE_WITH_PEACEKEEPERS -> mediate(w, set, i, t);
                case ARM -> arm(w, set, i, t);
                case STATEMENT_SUPPORT, STATEMENT_CONDEMN -> statement(w, set, i, t);
                case REALIGN -> realign(w, set, i, t);
                case ACCEPT -> accept(w, set, i, t);
                case HOLD, PASS, REJECT -> {
                }
            }
            for (int k = 0; k < Term.COUNT; k++) {
                set.setTerm(i, k, t[k]);
            }
            weigh(w, set, i);
        }
    }

    /** Utility of an option: its terms times the actor's weights. */
    public static void weigh(World w, ChoiceSet set, int i) {
        double u = 0;
        for (int k = 0; k < Term.COUNT; k++) {
            u += w.weight(set.actor(), k) * set.term(i, k);
        }
        set.setUtility(i, u);
    }

    // --- military ---------------------------------------------------------------------------

    private void attack(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        Conflict c = w.conflict(set.ref(i));
        double x = set.level(i);
        Setting s = w.setting();
        int victim = w.principalDefender(c);
        t[Term.TERRITORY.ordinal()] = w.k(TERRITORY_SCALE) * assessment.projectedGain(c, a, x);
        t[Term.COST.ordinal()] = -Math.min(w.k(COST_CAP), x * w.k(ENGAGEMENT_COST) + w.k(CASUALTY_COST) * expectedLosses(w, c, x) / Math.max(1, w.availableTroops(a)));
        t[Term.ESCALATION.ordinal()] = -assessment.escalationRisk(a, victim, c, x);
        double legal = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            legal += s.deJure(c.region(k)) == a ? w.k(LEGAL_RECLAIM) : -1;
        }
        legal /= c.regionCount();
        boolean ownLand = legal > 0;
        clearStance();
        stance[victim] = -x;
        for (int j = 0; j < stance.length; j++) {
            if (j != a && j != victim) {
                stance[j] = -x * Math.max(0, w.alignment(j, victim)) * (ownLand ? w.k(OWN_LAND_SYMPATHY) : 1)
                        + w.k(ATTACKER_FRIEND_APPROVAL) * x * Math.max(0, w.alignment(j, a));
            }
        }
        if (c.phase() == Conflict.Phase.CEASEFIRE) {
            legal -= w.k(CEASEFIRE_BREACH);
            if (c.broker() >= 0) {
                stance[c.broker()] -= w.k(CEASEFIRE_BREACH);
            }
        }
        t[Term.LEGAL.ordinal()] = legal * x;
        relations(w, set, i, t);
    }

    /** Expected deaths on the attacker's side over the horizon. */
    private double expectedLosses(World w, Conflict c, double x) {
        double daily = assessment.expectedDeaths(c, x);
        double rho = assessment.ratio(c, c.region(0), x);
        return w.whole(HORIZON_DAYS) * daily / (1 + rho);
    }

    /** Fighting on the defenders' side: a peacekeeper's or a patron's choice. */
    private void intervene(World w, ChoiceSet set, int i, double[] t) {
        Conflict c = w.conflict(set.ref(i));
        fightFor(w, set.actor(), w.principalDefender(c), c, 1.0, t);
        relations(w, set, i, t);
    }

    /**
     * Terms of joining a war on {@code side}'s behalf with a share of the needed force (enough to
     * face the attacker's whole ready force, since the defence may not hold): the cost of that
     * force against what is available, the risk of war with the attacker's backers, the
     * legality of fighting where the war is, and the stance it takes toward everyone.
     */
    private void fightFor(World w, int a, int side, Conflict c, double share, double[] t) {
        int enemy = c.attacker();
        double needed = Forces.attack(w, c, 1.0);
        t[Term.COST.ordinal()] = -Math.min(w.k(COST_CAP), share * needed / Math.max(Numeric.TINY, w.available(a)));
        t[Term.ESCALATION.ordinal()] = -share * assessment.escalationRisk(a, enemy, c, 1.0);
        t[Term.LEGAL.ordinal()] = share * Numeric.signed(CasusFoederis.territorial(w, c, side));
        clearStance();
        stance[enemy] = -share;
        stance[side] = share;
        for (int j = 0; j < stance.length; j++) {
            if (j != a && j != enemy && j != side) {
                stance[j] = share * (-w.k(ENEMY_FRIEND_DISAPPROVAL) * Math.max(0, w.alignment(j, enemy))
                        + w.k(SIDE_FRIEND_APPROVAL) * Math.max(0, w.alignment(j, side)));
            }
        }
    }

    // --- alliances ---------------------------------------------------------------------------

    private void request(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        int treaty = set.treaty(i);
        Setting s = w.setting();
        Obligation o = s.articles(treaty).get(set.article(i)).obligation();
        int conflict = set.ref(i);
        double clarity = conflict < 0 ? CasusFoederis.ofUnrest(w, a, o) : CasusFoederis.ofConflict(w, w.conflict(conflict), a, o);
        double belief = w.belief(a, Alliances.subject(w, treaty, a));
        double need = conflict < 0 ? w.unrest(a) : Threat.ofConflict(w, w.conflict(conflict), a);
        double benefit = need * (o.military() ? 1 : w.k(CONSULTATION_BENEFIT));
        double hope = belief * clarity;
        t[Term.SUPPORT.ordinal()] = hope * benefit - w.k(REBUFF) * (1 - hope);
        t[Term.LEGAL.ordinal()] = -Math.max(0, w.k(LEGAL_BASIS_FLOOR) - clarity);
        if (conflict < 0) {
            t[Term.REGIME.ordinal()] = hope * w.unrest(a);
        }
        clearStance();
        if (conflict >= 0) {
            stance[w.conflict(conflict).attacker()] = -w.k(APPEAL_STANCE);
        }
        relations(w, set, i, t);
    }

    private void suspend(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        int treaty = set.treaty(i);
        double belief = w.belief(a, w.setting().treatySubject(treaty));
        t[Term.DUTY.ordinal()] = -belief;
        t[Term.SUPPORT.ordinal()] = -belief * (w.k(SUSPENSION_SUPPORT_BASE) + assessment.threat(a));
        t[Term.LEGAL.ordinal()] = -w.k(SUSPENSION_LEGAL);
        t[Term.REGIME.ordinal()] = w.k(SUSPENSION_REGIME_BASE) - belief;
        int leader = w.leader(treaty);
        clearStance();
        for (int j = 0; j < stance.length; j++) {
            if (j != a && leader >= 0) {
                stance[j] = j == leader ? -w.k(SUSPENSION_STANCE) : -w.k(SUSPENSION_STANCE) * w.alignment(j, leader);
            }
        }
        relations(w, set, i, t);
    }

    /** An ally's answer to a bilateral appeal. */
    private void respond(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        Request q = w.request(set.ref(i));
        int v = q.requester();
        double clarity = CasusFoederis.ofRequest(w, q);
        double duty = clarity * Alliances.stake(w, q.treaty(), true);
        ActionKind k = set.actionKind(i);
        Conflict c = q.conflict() >= 0 ? w.conflict(q.conflict()) : null;
        clearStance();
        if (k == ActionKind.HONOUR) {
            t[Term.DUTY.ordinal()] = duty;
            if (c != null) {
                fightFor(w, a, v, c, 1.0, t);
            } else {
                regimeHelp(w, a, v, t);
            }
        } else if (k == ActionKind.CONSULT) {
            boolean asked = q.obligation() == Obligation.CONSULTATION;
            t[Term.DUTY.ordinal()] = asked ? duty : w.k(PARTIAL_DUTY_SHARE) * duty;
            t[Term.COST.ordinal()] = -w.k(CONSULT_COST);
            stance[v] = asked ? w.k(CONSULT_STANCE) : -w.k(CONSULT_DISAPPOINTMENT);
            if (c != null) {
                stance[c.attacker()] = -w.k(CONSULT_ATTACKER_STANCE);
            }
        } else {
            t[Term.DUTY.ordinal()] = -duty;
            stance[v] = -w.k(DECLINE_STANCE);
            if (c != null) {
                stance[c.attacker()] = w.k(DECLINE_ATTACKER_APPROVAL);
            }
        }
        relations(w, set, i, t);
    }

    /** Sending security forces to keep an ally's government in power. */
    private void regimeHelp(World w, int a, int v, double[] t) {
        double troops = w.k(REGIME_TROOPS);
        t[Term.COST.ordinal()] = -Math.min(w.k(COST_CAP), troops / Math.max(1, w.availableTroops(a)));
        t[Term.REGIME.ordinal()] = w.unrest(v);
        t[Term.LEGAL.ordinal()] = CasusFoederis.ofUnrest(w, v, Obligation.COLLECTIVE_DEFENCE) - w.k(LEGAL_BASIS_FLOOR);
        stance[v] = w.k(REGIME_HELP_STANCE);
        for (int j = 0; j < stance.length; j++) {
            if (j != a && j != v && w.alignment(j, v) < 0) {
                stance[j] = w.k(REGIME_RIVAL_STANCE) * w.alignment(j, v);
            }
        }
    }

    private void vote(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        Motion m = w.motion(set.ref(i));
        Request q = w.request(m.request());
        int v = q.requester();
        Conflict c = q.conflict() >= 0 ? w.conflict(q.conflict()) : null;
        double clarity = CasusFoederis.ofRequest(w, q);
        double duty = clarity * Alliances.stake(w, m.treaty(), true);
        double scale = m.kind() == Motion.Kind.DEPLOYMENT ? 1 : w.k(MISSION_SHARE);
        ActionKind k = set.actionKind(i);
        clearStance();
        if (k == ActionKind.VOTE_YES) {
            t[Term.DUTY.ordinal()] = scale * duty;
            if (m.kind() == Motion.Kind.DEPLOYMENT) {
                double share = Alliances.burdenShare(w, m.treaty(), a, v);
                if (c != null) {
                    fightFor(w, a, v, c, share, t);
                    t[Term.LEGAL.ordinal()] = Numeric.signed(clarity);
                } else {
                    regimeHelp(w, a, v, t);
                    t[Term.COST.ordinal()] *= share;
                }
            } else {
                t[Term.COST.ordinal()] = -w.k(MISSION_VOTE_COST);
                stance[v] = w.k(MISSION_VOTE_STANCE) * scale;
                if (c != null) {
                    stance[c.attacker()] = -w.k(MISSION_VOTE_ATTACKER_STANCE) * scale;
                }
            }
        } else {
            double part = k == ActionKind.VOTE_NO ? 1 : w.k(ABSTAIN_SHARE);
            t[Term.DUTY.ordinal()] = -part * scale * duty;
            stance[v] = -w.k(VOTE_NO_STANCE) * part * scale;
            if (c != null) {
                stance[c.attacker()] = w.k(VOTE_NO_ATTACKER_APPROVAL) * part * scale;
            }
        }
        relations(w, set, i, t);
    }

    // --- diplomacy ---------------------------------------------------------------------------

    private void mediate(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        Conflict c = w.conflict(set.ref(i));
        int victim = w.principalDefender(c);
        double floor = w.k(SALIENCE_FLOOR);
        double salience = (floor + (1 - floor) * c.severity()) * Numeric.mean(w.belief(victim, a), w.belief(c.attacker(), a));
        t[Term.PRESTIGE.ordinal()] = w.k(BROKER_PRESTIGE) * salience;
        t[Term.LEGAL.ordinal()] = w.k(MEDIATION_LEGAL);
        t[Term.COST.ordinal()] = -w.k(MEDIATION_COST);
        if (set.actionKind(i) == ActionKind.MEDIATE_WITH_PEACEKEEPERS) {
            t[Term.PRESTIGE.ordinal()] += w.k(GUARANTOR_PRESTIGE) * salience;
            t[Term.COST.ordinal()] -= Math.min(w.k(COST_CAP), w.k(PEACEKEEPING_FORCE) / Math.max(1, w.availableTroops(a)));
            double stake = 0;
            for (int k = 0; k < c.regionCount(); k++) {
                stake = Math.max(stake, w.setting().stake(c.region(k), a));
            }
            t[Term.TERRITORY.ordinal()] = stake;
        }
        clearStance();
        stance[victim] = w.k(MEDIATION_STANCE);
        stance[c.attacker()] = w.k(MEDIATION_STANCE);
        relations(w, set, i, t);
    }

    private void arm(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        int b = set.target(i);
        Conflict c = Alliances.conflictOf(w, b);
        int enemy = c == null ? -1 : (c.attacker() == b ? w.principalDefender(c) : c.attacker());
        t[Term.COST.ordinal()] = -w.k(ARMS_COST);
        if (c != null) {
            t[Term.ESCALATION.ordinal()] = -w.k(ARMS_ESCALATION_SHARE) * assessment.escalationRisk(a, enemy, c, 1.0);
            if (c.attacker() == b) {
                double legal = 0;
                for (int k = 0; k < c.regionCount(); k++) {
                    legal += w.setting().deJure(c.region(k)) == b ? 0 : -w.k(ARMS_LEGAL);
                }
                t[Term.LEGAL.ordinal()] = legal / c.regionCount();
            }
        }
        clearStance();
        stance[b] = w.k(ARMS_STANCE);
        if (enemy >= 0) {
            stance[enemy] = -w.k(ARMS_STANCE);
        }
        relations(w, set, i, t);
    }

    private void statement(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        int target = set.target(i);
        Conflict c = Alliances.conflictOf(w, target);
        clearStance();
        if (set.actionKind(i) == ActionKind.STATEMENT_SUPPORT) {
            stance[target] = w.k(SUPPORT_STANCE);
            if (c != null && c.attacker() != target) {
                stance[c.attacker()] = -w.k(SUPPORT_ATTACKER_STANCE);
                t[Term.DUTY.ordinal()] = w.k(SUPPORT_DUTY_SHARE) * Alliances.obligationTo(w, a, target)
                        * CasusFoederis.ofConflict(w, c, target, Obligation.MUTUAL_ASSISTANCE);
            }
        } else {
            stance[target] = -w.k(CONDEMN_STANCE);
            if (c != null) {
                int victim = w.principalDefender(c);
                stance[victim] = w.k(CONDEMN_VICTIM_STANCE);
                t[Term.LEGAL.ordinal()] = w.k(CONDEMN_LEGAL) * Numeric.signed(CasusFoederis.territorial(w, c, victim));
            }
        }
        relations(w, set, i, t);
    }

    private void realign(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        int partner = set.target(i);
        clearStance();
        stance[partner] = w.k(REALIGN_STANCE);
        double faith = 0;
        int treaties = 0;
        for (int tr = 0; tr < w.setting().treatyCount(); tr++) {
            if (w.activeMember(tr, a)) {
                faith += w.belief(a, Alliances.subject(w, tr, a));
                treaties++;
                int leader = w.leader(tr);
                if (leader >= 0 && leader != a && w.alignment(leader, partner) < 0) {
                    stance[leader] = Math.min(stance[leader], w.k(REALIGN_LEADER_STANCE) * w.alignment(leader, partner));
                }
            }
        }
        t[Term.DUTY.ordinal()] = treaties == 0 ? 0 : -w.k(REALIGN_DUTY) * faith / treaties;
        relations(w, set, i, t);
    }

    private void accept(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        Proposal p = w.proposal(set.ref(i));
        Conflict c = w.conflict(p.conflict());
        int broker = p.proposer();
        double trust = w.belief(a, broker);
        double x = c.plannedIntensity();
        double scale = w.k(TERRITORY_SCALE);
        double handover = scale * Settlement.handoverValue(w, c, a);
        if (a == c.attacker()) {
            t[Term.TERRITORY.ordinal()] = handover - scale * assessment.projectedGain(c, a, x);
            t[Term.COST.ordinal()] = Math.min(w.k(COST_CAP), x * w.k(ENGAGEMENT_COST) + w.k(CASUALTY_COST) * expectedLosses(w, c, x) / Math.max(1, w.availableTroops(a)));
            t[Term.ESCALATION.ordinal()] = assessment.escalationRisk(a, w.principalDefender(c), c, x);
            if (p.peacekeepers()) {
                t[Term.TERRITORY.ordinal()] -= w.k(PEACEKEEPER_PROTECTION) * ownedHeldByOthers(w, c, a);
            }
        } else {
            double losses = assessment.projectedGain(c, a, x);
            t[Term.TERRITORY.ordinal()] = trust * scale * losses - handover;
            double daily = assessment.expectedDeaths(c, x);
            double rho = assessment.ratio(c, c.region(0), x);
            t[Term.COST.ordinal()] = trust * Math.min(w.k(COST_CAP), w.k(CASUALTY_COST) * w.whole(HORIZON_DAYS) * daily * rho / (1 + rho) / Math.max(1, w.availableTroops(a)));
            if (p.peacekeepers()) {
                t[Term.TERRITORY.ordinal()] += trust * w.k(PEACEKEEPER_PROTECTION) * stillHeld(w, c, a);
            }
        }
        t[Term.LEGAL.ordinal()] = w.k(CEASEFIRE_LEGAL);
        clearStance();
        stance[broker] = w.k(PROPOSER_STANCE);
        relations(w, set, i, t);
    }

    /** Value, to an actor, of its own recognised land in a conflict that others still hold. */
    private static double ownedHeldByOthers(World w, Conflict c, int a) {
        double sum = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            if (w.setting().deJure(r) == a) {
                sum += 1 - w.control(r, a);
            }
        }
        return sum;
    }

    /** Value, to a defender, of what its side still holds in a conflict's regions. */
    private static double stillHeld(World w, Conflict c, int a) {
        double sum = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            int r = c.region(k);
            sum += w.valueOf(r, a) * (1 - w.control(r, c.attacker()));
        }
        return sum;
    }

    // --- relations ---------------------------------------------------------------------------

    private void clearStance() {
        for (int j = 0; j < stance.length; j++) {
            stance[j] = 0;
        }
    }

    /**
     * The relations term: the stance an option takes toward each actor, weighted by how much that
     * actor matters to the chooser. Records the actor that weighed most.
     */
    private void relations(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        double sum = 0;
        double most = 0;
        int counterpart = -1;
        for (int j = 0; j < stance.length; j++) {
            if (j == a || stance[j] == 0) {
                continue;
            }
            double v = w.interdependence(a, j) * stance[j];
            sum += v;
            if (Math.abs(v) > most) {
                most = Math.abs(v);
                counterpart = j;
            }
        }
        t[Term.RELATIONS.ordinal()] = sum;
        set.setCounterpart(i, counterpart);
    }

    /** The action for an option, for callers outside the engine. */
    public static Action describe(ChoiceSet set, int i) {
        return set.action(i);
    }
}
