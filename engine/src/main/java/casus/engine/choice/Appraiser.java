package casus.engine.choice;

import casus.engine.action.Action;
import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.model.Term;
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
    /** Rough value of a whole region won or lost, in utility units. */
    public static final double TERRITORY_SCALE = 5;
    /** Daily cost of keeping a force engaged at full intensity, as a share of its value. */
    public static final double ENGAGEMENT_COST = 0.2;
    /** Weight of expected own losses over the horizon, per share of ready troops lost. */
    public static final double CASUALTY_COST = 10;
    /** The most a cost term can take away. */
    public static final double COST_CAP = 2;
    /** Legal standing of taking back one's own recognised territory by force. */
    public static final double LEGAL_RECLAIM = 0.3;
    /** The humiliation of an appeal rebuffed, before the chance of it. */
    public static final double REBUFF = 0.25;
    /** Worth of consultations relative to military help, to the one who asks. */
    public static final double CONSULTATION_BENEFIT = 0.5;
    /** Share of a treaty obligation met by sending fact-finders or observers. */
    public static final double MISSION_SHARE = 0.5;
    /** Share of a treaty obligation met by arming the ally rather than fighting for it. */
    public static final double ARMS_SHARE = 0.3;
    /** Troops a mediator offers as peacekeepers. */
    public static final long PEACEKEEPING_FORCE = 2000;
    /** Prestige of brokering a ceasefire in a war at its gravest. */
    public static final double BROKER_PRESTIGE = 1.0;
    /** Extra prestige of guaranteeing the peace with one's own troops. */
    public static final double GUARANTOR_PRESTIGE = 0.5;
    /** Value, to a defender, of peacekeepers guarding what its side still holds. */
    public static final double PEACEKEEPER_PROTECTION = 0.5;
    /** Legal and relational weight of breaking a ceasefire one agreed to (toward its broker). */
    public static final double CEASEFIRE_BREACH = 1.0;
    /** Boost to a belligerent's power from a partner's arms, as a share. */
    public static final double ARMS_BOOST = 0.05;

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
        t[Term.TERRITORY.ordinal()] = TERRITORY_SCALE * assessment.projectedGain(c, a, x);
        t[Term.COST.ordinal()] = -Math.min(COST_CAP, x * ENGAGEMENT_COST + CASUALTY_COST * expectedLosses(c, x) / Math.max(1, w.availableTroops(a)));
        t[Term.ESCALATION.ordinal()] = -assessment.escalationRisk(a, victim, c, x);
        double legal = 0;
        for (int k = 0; k < c.regionCount(); k++) {
            legal += s.deJure(c.region(k)) == a ? LEGAL_RECLAIM : -1;
        }
        legal /= c.regionCount();
        boolean ownLand = legal > 0;
        clearStance();
        stance[victim] = -x;
        for (int j = 0; j < stance.length; j++) {
            if (j != a && j != victim) {
                stance[j] = -x * Math.max(0, w.alignment(j, victim)) * (ownLand ? 0.3 : 1) + 0.2 * x * Math.max(0, w.alignment(j, a));
            }
        }
        if (c.phase() == Conflict.Phase.CEASEFIRE) {
            legal -= CEASEFIRE_BREACH;
            if (c.broker() >= 0) {
                stance[c.broker()] -= CEASEFIRE_BREACH;
            }
        }
        t[Term.LEGAL.ordinal()] = legal * x;
        relations(w, set, i, t);
    }

    /** Expected deaths on the attacker's side over the horizon. */
    private double expectedLosses(Conflict c, double x) {
        double daily = assessment.expectedDeaths(c, x);
        double rho = assessment.ratio(c, c.region(0), x);
        return Forces.HORIZON * daily / (1 + rho);
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
        t[Term.COST.ordinal()] = -Math.min(COST_CAP, share * needed / Math.max(1e-9, w.available(a)));
        t[Term.ESCALATION.ordinal()] = -share * assessment.escalationRisk(a, enemy, c, 1.0);
        t[Term.LEGAL.ordinal()] = share * (2 * CasusFoederis.territorial(w, c, side) - 1);
        clearStance();
        stance[enemy] = -share;
        stance[side] = share;
        for (int j = 0; j < stance.length; j++) {
            if (j != a && j != enemy && j != side) {
                stance[j] = share * (-0.5 * Math.max(0, w.alignment(j, enemy)) + 0.3 * Math.max(0, w.alignment(j, side)));
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
        double benefit = need * (o.military() ? 1 : CONSULTATION_BENEFIT);
        double hope = belief * clarity;
        t[Term.SUPPORT.ordinal()] = hope * benefit - REBUFF * (1 - hope);
        t[Term.LEGAL.ordinal()] = -Math.max(0, 0.5 - clarity);
        if (conflict < 0) {
            t[Term.REGIME.ordinal()] = hope * w.unrest(a);
        }
        clearStance();
        if (conflict >= 0) {
            stance[w.conflict(conflict).attacker()] = -0.2;
        }
        relations(w, set, i, t);
    }

    private void suspend(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        int treaty = set.treaty(i);
        double belief = w.belief(a, w.setting().treatySubject(treaty));
        t[Term.DUTY.ordinal()] = -belief;
        t[Term.SUPPORT.ordinal()] = -belief * (0.5 + assessment.threat(a));
        t[Term.LEGAL.ordinal()] = -0.1;
        t[Term.REGIME.ordinal()] = 0.5 - belief;
        int leader = w.leader(treaty);
        clearStance();
        for (int j = 0; j < stance.length; j++) {
            if (j != a && leader >= 0) {
                stance[j] = j == leader ? -0.6 : -0.6 * w.alignment(j, leader);
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
            t[Term.DUTY.ordinal()] = asked ? duty : ARMS_SHARE * duty;
            t[Term.COST.ordinal()] = -0.01;
            stance[v] = asked ? 0.3 : -0.2;
            if (c != null) {
                stance[c.attacker()] = -0.05;
            }
        } else {
            t[Term.DUTY.ordinal()] = -duty;
            stance[v] = -0.5;
            if (c != null) {
                stance[c.attacker()] = 0.3;
            }
        }
        relations(w, set, i, t);
    }

    /** Sending security forces to keep an ally's government in power. */
    private void regimeHelp(World w, int a, int v, double[] t) {
        double troops = Alliances.REGIME_TROOPS;
        t[Term.COST.ordinal()] = -Math.min(COST_CAP, troops / Math.max(1, w.availableTroops(a)));
        t[Term.REGIME.ordinal()] = w.unrest(v);
        t[Term.LEGAL.ordinal()] = CasusFoederis.ofUnrest(w, v, Obligation.COLLECTIVE_DEFENCE) - 0.5;
        stance[v] = 0.7;
        for (int j = 0; j < stance.length; j++) {
            if (j != a && j != v && w.alignment(j, v) < 0) {
                stance[j] = 0.3 * w.alignment(j, v);
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
        double scale = m.kind() == Motion.Kind.DEPLOYMENT ? 1 : MISSION_SHARE;
        ActionKind k = set.actionKind(i);
        clearStance();
        if (k == ActionKind.VOTE_YES) {
            t[Term.DUTY.ordinal()] = scale * duty;
            if (m.kind() == Motion.Kind.DEPLOYMENT) {
                double share = Alliances.burdenShare(w, m.treaty(), a, v);
                if (c != null) {
                    fightFor(w, a, v, c, share, t);
                    t[Term.LEGAL.ordinal()] = 2 * clarity - 1;
                } else {
                    regimeHelp(w, a, v, t);
                    t[Term.COST.ordinal()] *= share;
                }
            } else {
                t[Term.COST.ordinal()] = -0.02;
                stance[v] = 0.3 * scale;
                if (c != null) {
                    stance[c.attacker()] = -0.2 * scale;
                }
            }
        } else {
            double part = k == ActionKind.VOTE_NO ? 1 : 0.5;
            t[Term.DUTY.ordinal()] = -part * scale * duty;
            stance[v] = -0.5 * part * scale;
            if (c != null) {
                stance[c.attacker()] = 0.3 * part * scale;
            }
        }
        relations(w, set, i, t);
    }

    // --- diplomacy ---------------------------------------------------------------------------

    private void mediate(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        Conflict c = w.conflict(set.ref(i));
        int victim = w.principalDefender(c);
        double salience = (0.3 + 0.7 * c.severity()) * (w.belief(victim, a) + w.belief(c.attacker(), a)) / 2;
        t[Term.PRESTIGE.ordinal()] = BROKER_PRESTIGE * salience;
        t[Term.LEGAL.ordinal()] = 0.2;
        t[Term.COST.ordinal()] = -0.02;
        if (set.actionKind(i) == ActionKind.MEDIATE_WITH_PEACEKEEPERS) {
            t[Term.PRESTIGE.ordinal()] += GUARANTOR_PRESTIGE * salience;
            t[Term.COST.ordinal()] -= Math.min(COST_CAP, PEACEKEEPING_FORCE / Math.max(1, w.availableTroops(a)));
            double stake = 0;
            for (int k = 0; k < c.regionCount(); k++) {
                stake = Math.max(stake, w.setting().stake(c.region(k), a));
            }
            t[Term.TERRITORY.ordinal()] = stake;
        }
        clearStance();
        stance[victim] = 0.1;
        stance[c.attacker()] = 0.1;
        relations(w, set, i, t);
    }

    private void arm(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        int b = set.target(i);
        Conflict c = Alliances.conflictOf(w, b);
        int enemy = c == null ? -1 : (c.attacker() == b ? w.principalDefender(c) : c.attacker());
        t[Term.COST.ordinal()] = -0.05;
        if (c != null) {
            t[Term.ESCALATION.ordinal()] = -0.2 * assessment.escalationRisk(a, enemy, c, 1.0);
            if (c.attacker() == b) {
                double legal = 0;
                for (int k = 0; k < c.regionCount(); k++) {
                    legal += w.setting().deJure(c.region(k)) == b ? 0 : -0.3;
                }
                t[Term.LEGAL.ordinal()] = legal / c.regionCount();
            }
        }
        clearStance();
        stance[b] = 0.5;
        if (enemy >= 0) {
            stance[enemy] = -0.5;
        }
        relations(w, set, i, t);
    }

    private void statement(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        int target = set.target(i);
        Conflict c = Alliances.conflictOf(w, target);
        clearStance();
        if (set.actionKind(i) == ActionKind.STATEMENT_SUPPORT) {
            stance[target] = 0.3;
            if (c != null && c.attacker() != target) {
                stance[c.attacker()] = -0.15;
                t[Term.DUTY.ordinal()] = 0.2 * Alliances.obligationTo(w, a, target)
                        * CasusFoederis.ofConflict(w, c, target, Obligation.MUTUAL_ASSISTANCE);
            }
        } else {
            stance[target] = -0.4;
            if (c != null) {
                int victim = w.principalDefender(c);
                stance[victim] = 0.2;
                t[Term.LEGAL.ordinal()] = 0.3 * (2 * CasusFoederis.territorial(w, c, victim) - 1);
            }
        }
        relations(w, set, i, t);
    }

    private void realign(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        int partner = set.target(i);
        clearStance();
        stance[partner] = 0.5;
        double faith = 0;
        int treaties = 0;
        for (int tr = 0; tr < w.setting().treatyCount(); tr++) {
            if (w.activeMember(tr, a)) {
                faith += w.belief(a, Alliances.subject(w, tr, a));
                treaties++;
                int leader = w.leader(tr);
                if (leader >= 0 && leader != a && w.alignment(leader, partner) < 0) {
                    stance[leader] = Math.min(stance[leader], 0.5 * w.alignment(leader, partner));
                }
            }
        }
        t[Term.DUTY.ordinal()] = treaties == 0 ? 0 : -0.3 * faith / treaties;
        relations(w, set, i, t);
    }

    private void accept(World w, ChoiceSet set, int i, double[] t) {
        int a = set.actor();
        Proposal p = w.proposal(set.ref(i));
        Conflict c = w.conflict(p.conflict());
        int broker = p.proposer();
        double trust = w.belief(a, broker);
        double x = c.plannedIntensity();
        double handover = TERRITORY_SCALE * Settlement.handoverValue(w, c, a);
        if (a == c.attacker()) {
            t[Term.TERRITORY.ordinal()] = handover - TERRITORY_SCALE * assessment.projectedGain(c, a, x);
            t[Term.COST.ordinal()] = Math.min(COST_CAP, x * ENGAGEMENT_COST + CASUALTY_COST * expectedLosses(c, x) / Math.max(1, w.availableTroops(a)));
            t[Term.ESCALATION.ordinal()] = assessment.escalationRisk(a, w.principalDefender(c), c, x);
            if (p.peacekeepers()) {
                t[Term.TERRITORY.ordinal()] -= PEACEKEEPER_PROTECTION * ownedHeldByOthers(w, c, a);
            }
        } else {
            double losses = assessment.projectedGain(c, a, x);
            t[Term.TERRITORY.ordinal()] = trust * TERRITORY_SCALE * losses - handover;
            double daily = assessment.expectedDeaths(c, x);
            double rho = assessment.ratio(c, c.region(0), x);
            t[Term.COST.ordinal()] = trust * Math.min(COST_CAP, CASUALTY_COST * Forces.HORIZON * daily * rho / (1 + rho) / Math.max(1, w.availableTroops(a)));
            if (p.peacekeepers()) {
                t[Term.TERRITORY.ordinal()] += trust * PEACEKEEPER_PROTECTION * stillHeld(w, c, a);
            }
        }
        t[Term.LEGAL.ordinal()] = 0.1;
        clearStance();
        stance[broker] = 0.3;
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
