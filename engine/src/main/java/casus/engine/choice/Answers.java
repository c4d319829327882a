package casus.engine.choice;

import static casus.engine.model.ModelConstant.ABSTAIN_SHARE;
import static casus.engine.model.ModelConstant.CONSENT_LEGAL;
import static casus.engine.model.ModelConstant.CONSULT_ATTACKER_STANCE;
import static casus.engine.model.ModelConstant.CONSULT_COST;
import static casus.engine.model.ModelConstant.CONSULT_DISAPPOINTMENT;
import static casus.engine.model.ModelConstant.CONSULT_STANCE;
import static casus.engine.model.ModelConstant.COST_CAP;
import static casus.engine.model.ModelConstant.DECLINE_ATTACKER_APPROVAL;
import static casus.engine.model.ModelConstant.DECLINE_STANCE;
import static casus.engine.model.ModelConstant.DEFEND_STANCE;
import static casus.engine.model.ModelConstant.DEFENSIVE_COST;
import static casus.engine.model.ModelConstant.DEFENSIVE_DUTY_SHARE;
import static casus.engine.model.ModelConstant.LEGAL_BASIS_FLOOR;
import static casus.engine.model.ModelConstant.MISSION_SHARE;
import static casus.engine.model.ModelConstant.MISSION_VOTE_ATTACKER_STANCE;
import static casus.engine.model.ModelConstant.MISSION_VOTE_COST;
import static casus.engine.model.ModelConstant.MISSION_VOTE_STANCE;
import static casus.engine.model.ModelConstant.PARTIAL_DUTY_SHARE;
import static casus.engine.model.ModelConstant.REGIME_HELP_STANCE;
import static casus.engine.model.ModelConstant.REGIME_RIVAL_STANCE;
import static casus.engine.model.ModelConstant.REGIME_TROOPS;
import static casus.engine.model.ModelConstant.RESCUE_COST;
import static casus.engine.model.ModelConstant.RESCUE_REGIME;
import static casus.engine.model.ModelConstant.RESCUE_STANCE;
import static casus.engine.model.ModelConstant.RESERVE_COST;
import static casus.engine.model.ModelConstant.RESERVE_DUTY_SHARE;
import static casus.engine.model.ModelConstant.RESERVE_REGIME;
import static casus.engine.model.ModelConstant.TRIPWIRE_EXPOSURE;
import static casus.engine.model.ModelConstant.TRIPWIRE_TROOPS;
import static casus.engine.model.ModelConstant.VOTE_NO_ATTACKER_APPROVAL;
import static casus.engine.model.ModelConstant.VOTE_NO_STANCE;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.Ask;
import casus.engine.model.Numeric;
import casus.engine.model.Obligation;
import casus.engine.model.Term;
import casus.engine.rules.Alliances;
import casus.engine.rules.CasusFoederis;
import casus.engine.rules.Ceasefires;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Request;
import casus.engine.world.World;

/** The terms of answering an appeal, alone or by a vote in a council. */
final class Answers {
    private Answers() {
    }

    /** The duty an answer to an appeal carries: the treaty's clarity times what its credibility stakes; none outside a treaty. */
    static double duty(World w, Request q) {
        if (q.treaty() < 0 || q.obligation() == Obligation.NONE) {
            return 0;
        }
        return CasusFoederis.ofRequest(w, q) * Alliances.stake(w, q.treaty(), true);
    }

    /** A state's own answer to an appeal made to it. */
    static void respond(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int a = set.actor();
        Request q = w.appeals().request(set.ref(i));
        int v = q.requester();
        double duty = duty(w, q);
        Conflict c = q.conflict() >= 0 ? w.wars().conflict(q.conflict()) : null;
        Stances st = x.stances();
        st.clear();
        ActionKind k = set.actionKind(i);
        switch (k) {
            case HONOUR -> {
                t[Term.DUTY.ordinal()] = duty;
                if (c != null) {
                    Fighting.fightFor(x, a, v, c, 1.0, t);
                } else {
                    guard(w, a, v, 1.0, t, st);
                }
            }
            case DEFEND -> {
                t[Term.DUTY.ordinal()] = q.ask() == Ask.DEFENSIVE_DEPLOYMENT ? duty : w.k(DEFENSIVE_DUTY_SHARE) * duty;
                defend(x, a, v, c, 1.0, t, st);
            }
            case RESERVE -> {
                t[Term.DUTY.ordinal()] = w.k(RESERVE_DUTY_SHARE) * duty;
                t[Term.COST.ordinal()] = -w.k(RESERVE_COST);
                t[Term.REGIME.ordinal()] = w.k(RESERVE_REGIME) * Math.max(0, w.minds().alignment(a, v)) * w.regimes().unrest(v);
                st.set(v, w.k(REGIME_HELP_STANCE) * w.k(RESERVE_DUTY_SHARE));
            }
            case RESCUE -> {
                t[Term.COST.ordinal()] = -w.k(RESCUE_COST);
                t[Term.REGIME.ordinal()] = w.k(RESCUE_REGIME) * Math.max(0, w.minds().alignment(a, v)) * q.need();
                st.set(v, w.k(RESCUE_STANCE));
            }
            case CONSULT -> {
                boolean asked = q.ask() == Ask.CONSULTATIONS;
                t[Term.DUTY.ordinal()] = asked ? duty : w.k(PARTIAL_DUTY_SHARE) * duty;
                t[Term.COST.ordinal()] = -w.k(CONSULT_COST);
                st.set(v, asked ? w.k(CONSULT_STANCE) : -w.k(CONSULT_DISAPPOINTMENT));
                if (c != null) {
                    st.set(c.attacker(), -w.k(CONSULT_ATTACKER_STANCE));
                }
            }
            default -> {
                t[Term.DUTY.ordinal()] = -duty;
                st.set(v, -w.k(DECLINE_STANCE));
                if (c != null) {
                    st.set(c.attacker(), w.k(DECLINE_ATTACKER_APPROVAL));
                }
            }
        }
        st.relations(w, set, i, t);
    }

    /**
     * Troops sent to keep a government in power, or between its communities: their cost against
     * the troops at hand, a friendly regime kept (as friendly as it is), the law as far as the appeal stands on it, the goodwill
     * of the government and the offence to its rivals.
     */
    static void guard(World w, int a, int v, double share, double[] t, Stances st) {
        double troops = w.k(REGIME_TROOPS);
        t[Term.COST.ordinal()] = -share * Math.min(w.k(COST_CAP), troops / Math.max(1, w.military().availableTroops(a)));
        t[Term.REGIME.ordinal()] = Math.max(0, w.minds().alignment(a, v)) * Math.max(w.regimes().unrest(v), w.regimes().communalIn(v));
        t[Term.LEGAL.ordinal()] = CasusFoederis.ofCrisisAtHome(w, v, Obligation.COLLECTIVE_DEFENCE, Ask.PEACEKEEPERS) - w.k(LEGAL_BASIS_FLOOR);
        st.set(v, w.k(REGIME_HELP_STANCE));
        for (int j = 0; j < st.size(); j++) {
            if (j != a && j != v && w.minds().alignment(j, v) < 0) {
                st.set(j, w.k(REGIME_RIVAL_STANCE) * w.minds().alignment(j, v));
            }
        }
    }

    /**
     * Forces stationed on the appellant's side to deter without fighting: air defence where it has
     * any, else a tripwire of troops. Their cost, the risk of being drawn in where the attack lands,
     * the lawfulness of a deployment by the consent of the one entitled to give it, and the
     * stances toward both sides.
     */
    static void defend(Appraiser.Context x, int a, int v, Conflict c, double share, double[] t, Stances st) {
        World w = x.world();
        double troops = w.setting().airDefenceUnits(a) > 0 ? 0 : w.k(TRIPWIRE_TROOPS);
        t[Term.COST.ordinal()] = -share * (w.k(DEFENSIVE_COST) + Math.min(w.k(COST_CAP), troops / Math.max(1, w.military().availableTroops(a))));
        if (c != null) {
            t[Term.ESCALATION.ordinal()] = -share * w.k(TRIPWIRE_EXPOSURE) * x.assessment().escalationRisk(a, c.attacker(), c, 1.0);
            st.set(c.attacker(), -share * w.k(DEFEND_STANCE));
        }
        t[Term.LEGAL.ordinal()] = share * (invites(w, v, c) ? w.k(CONSENT_LEGAL) : -1);
        st.set(v, share * w.k(DEFEND_STANCE));
    }

    /**
     * Whether the one asking can lawfully invite foreign forces where they would stand: the
     * recognised owner of the contested ground, or a recognised government at home. A de facto
     * authority cannot invite troops onto land recognised as another's.
     */
    static boolean invites(World w, int host, Conflict c) {
        int where = c == null ? -1 : Ceasefires.contested(w, c);
        return where < 0 ? !w.setting().deFacto(host) : w.setting().deJure(where) == host;
    }

    /** A member's vote on a council motion. */
    static void vote(Appraiser.Context x, ChoiceSet set, int i, double[] t) {
        World w = x.world();
        int a = set.actor();
        Motion m = w.appeals().motion(set.ref(i));
        Request q = w.appeals().request(m.request());
        int v = q.requester();
        Conflict c = q.conflict() >= 0 ? w.wars().conflict(q.conflict()) : null;
        double clarity = CasusFoederis.ofRequest(w, q);
        double duty = clarity * Alliances.stake(w, m.treaty(), true);
        boolean forces = m.kind().sendsForces();
        double scale = forces ? 1 : w.k(MISSION_SHARE);
        ActionKind k = set.actionKind(i);
        Stances st = x.stances();
        st.clear();
        if (k == ActionKind.VOTE_YES) {
            double share = Alliances.burdenShare(w, m.treaty(), a, v);
            switch (m.kind()) {
                case DEPLOYMENT -> {
                    Fighting.fightFor(x, a, v, c, share, t);
                    t[Term.LEGAL.ordinal()] = Numeric.signed(clarity);
                }
                case GUARD, PEACEKEEPING -> guard(w, a, v, share, t, st);
                case DEFENSIVE -> defend(x, a, v, c, share, t, st);
                default -> {
                    t[Term.COST.ordinal()] = -w.k(MISSION_VOTE_COST);
                    st.set(v, w.k(MISSION_VOTE_STANCE) * scale);
                    if (c != null) {
                        st.set(c.attacker(), -w.k(MISSION_VOTE_ATTACKER_STANCE) * scale);
                    }
                }
            }
            t[Term.DUTY.ordinal()] = scale * duty;
        } else {
            double part = k == ActionKind.VOTE_NO ? 1 : w.k(ABSTAIN_SHARE);
            t[Term.DUTY.ordinal()] = -part * scale * duty;
            st.set(v, -w.k(VOTE_NO_STANCE) * part * scale);
            if (c != null) {
                st.set(c.attacker(), w.k(VOTE_NO_ATTACKER_APPROVAL) * part * scale);
            }
        }
        st.relations(w, set, i, t);
    }
}
