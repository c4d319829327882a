package casus.engine.run;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.EventDef;
import casus.engine.model.ModelConstant;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.world.Conflict;
import casus.engine.world.Motion;
import casus.engine.world.Proposal;
import casus.engine.world.Request;
import casus.engine.world.World;
import java.util.Locale;

/** Sentences about what happened, for chronicles, clients and reports. */
public final class Narrative {
    /** How many terms a reason names. */
    public static final int REASONS = 3;
    /** Hundredths in one: shares are told as percentages. */
    private static final int PER_CENT = 100;

    private Narrative() {
    }

    /** What an option does, as a predicate: "declines ARM's appeal under RA-1997 Art.3". */
    public static String action(World w, ChoiceSet set, int i) {
        Setting s = w.setting();
        ActionKind k = set.actionKind(i);
        return switch (k) {
            case ATTACK -> "attacks " + regions(w, w.conflict(set.ref(i))) + (set.level(i) >= w.k(ModelConstant.ATTACK_HIGH) ? " at full intensity" : " at low intensity");
            case HOLD -> "holds its positions";
            case INTERVENE -> "fights on the side of " + s.actorId(w.principalDefender(w.conflict(set.ref(i))));
            case REQUEST -> "appeals for assistance under " + s.treatyId(set.treaty(i)) + " " + s.articles(set.treaty(i)).get(set.article(i)).id();
            case SUSPEND -> "suspends its participation in " + s.treatyId(set.treaty(i));
            case HONOUR -> "honours " + appeal(w, w.request(set.ref(i))) + " and sends forces";
            case CONSULT -> "answers " + appeal(w, w.request(set.ref(i))) + " with consultations";
            case DECLINE -> "declines " + appeal(w, w.request(set.ref(i)));
            case VOTE_YES, VOTE_NO, VOTE_ABSTAIN -> vote(k) + " on " + motion(w, w.motion(set.ref(i)));
            case MEDIATE -> "proposes a ceasefire in " + regions(w, w.conflict(set.ref(i)));
            case MEDIATE_WITH_PEACEKEEPERS -> "proposes a ceasefire in " + regions(w, w.conflict(set.ref(i))) + ", guarded by its own peacekeepers";
            case ARM -> "sends weapons to " + s.actorId(set.target(i));
            case STATEMENT_SUPPORT -> "declares its support for " + s.actorId(set.target(i));
            case STATEMENT_CONDEMN -> "condemns " + s.actorId(set.target(i));
            case REALIGN -> "turns toward " + s.actorName(set.target(i));
            case ACCEPT -> "accepts " + proposal(w, w.proposal(set.ref(i)));
            case REJECT -> "rejects " + proposal(w, w.proposal(set.ref(i)));
            case PASS -> "does nothing";
        };
    }

    private static String vote(ActionKind k) {
        return switch (k) {
            case VOTE_YES -> "votes yes";
            case VOTE_NO -> "votes no";
            default -> "abstains";
        };
    }

    /**
     * Why an option won: the terms that set it apart from its best rival, weighted, largest
     * first, for example "against honour: alliance duty −0.42, relations with AZE +0.35".
     */
    public static String reasons(World w, ChoiceSet set, int i) {
        int rival = set.runnerUp(i);
        int a = set.actor();
        double[] diff = new double[Term.COUNT];
        for (int t = 0; t < Term.COUNT; t++) {
            diff[t] = w.weight(a, t) * (set.term(i, t) - (rival < 0 ? 0 : set.term(rival, t)));
        }
        StringBuilder b = new StringBuilder();
        b.append(rival < 0 ? "" : "over " + set.actionKind(rival).verb() + ": ");
        boolean[] used = new boolean[Term.COUNT];
        int named = 0;
        for (int n = 0; n < REASONS; n++) {
            int best = -1;
            for (int t = 0; t < Term.COUNT; t++) {
                if (!used[t] && Math.abs(diff[t]) >= 0.005 && (best < 0 || Math.abs(diff[t]) > Math.abs(diff[best]))) {
                    best = t;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            if (named++ > 0) {
                b.append(", ");
            }
            b.append(label(w, set, i, rival, best)).append(' ').append(signed(diff[best]));
        }
        if (named == 0) {
            b.append("nothing to choose between them");
        }
        return b.toString();
    }

    private static String label(World w, ChoiceSet set, int i, int rival, int term) {
        Term t = Term.of(term);
        if (t == Term.RELATIONS) {
            int who = set.counterpart(i) >= 0 ? set.counterpart(i) : (rival >= 0 ? set.counterpart(rival) : -1);
            return who < 0 ? t.label() : "relations with " + w.setting().actorId(who);
        }
        if (t == Term.COST && w.committed(set.actor()) >= 0.3) {
            return "forces committed elsewhere";
        }
        return t.label();
    }

    static String signed(double v) {
        String body = Decimals.two(Math.abs(v));
        return (v < 0 ? "\u2212" : "+") + body;
    }

    public static String regions(World w, Conflict c) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < c.regionCount(); k++) {
            if (k > 0) {
                b.append(k == c.regionCount() - 1 ? " and " : ", ");
            }
            b.append(w.setting().regionName(c.region(k)));
        }
        return b.toString();
    }

    static String appeal(World w, Request q) {
        Setting s = w.setting();
        return s.actorId(q.requester()) + "'s appeal under " + s.treatyId(q.treaty()) + " " + s.articles(q.treaty()).get(q.article()).id();
    }

    static String motion(World w, Motion m) {
        Request q = w.request(m.request());
        return m.kind().label() + " for " + w.setting().actorId(q.requester()) + " (" + w.setting().treatyId(m.treaty()) + ")";
    }

    static String proposal(World w, Proposal p) {
        return w.setting().actorId(p.proposer()) + "'s ceasefire proposal" + (p.peacekeepers() ? " with peacekeepers" : "");
    }

    /** The result of a council vote, with the votes. */
    static String motionResult(World w, Motion m) {
        Setting s = w.setting();
        StringBuilder yes = new StringBuilder();
        StringBuilder no = new StringBuilder();
        StringBuilder abstain = new StringBuilder();
        for (int a = 0; a < s.actorCount(); a++) {
            StringBuilder into = switch (m.vote(a)) {
                case YES -> yes;
                case NO -> no;
                case ABSTAIN -> abstain;
                case NONE -> null;
            };
            if (into != null) {
                into.append(into.length() == 0 ? "" : " ").append(s.actorId(a));
            }
        }
        return s.treatyId(m.treaty()) + " council: " + motion(w, m) + (m.status() == Motion.Status.PASSED ? " passes" : " fails")
                + " (yes: " + orNone(yes) + "; no: " + orNone(no) + "; abstain: " + orNone(abstain) + ")";
    }

    private static String orNone(StringBuilder b) {
        return b.length() == 0 ? "none" : b.toString();
    }

    static String unanswered(World w, Request q) {
        return appeal(w, q) + " goes unanswered and counts as refused";
    }

    static String dormant(World w, Conflict c) {
        return "the fighting over " + regions(w, c) + " dies down without an agreement";
    }

    static String ceasefire(World w, Proposal p) {
        Setting s = w.setting();
        Conflict c = w.conflict(p.conflict());
        return "ceasefire in force between " + s.actorId(c.attacker()) + " and " + s.actorId(w.principalDefender(c))
                + ", brokered by " + s.actorId(p.proposer()) + (p.peacekeepers() ? ", with " + s.actorId(p.proposer()) + " peacekeepers" : "");
    }

    /** What an event did, told from its kind and facts: for events whose scenario gives no text. */
    public static String event(Setting s, EventDef e) {
        if (!e.text().isEmpty()) {
            return e.text();
        }
        String who = s.actorId(e.actor());
        return switch (e.kind()) {
            case OFFENSIVE -> who + " begins an offensive on " + regions(s, e);
            case UNREST -> "mass unrest against the government of " + who;
            case FORCES_REDEPLOYED -> who + " now has " + percent(e.amount()) + " of its forces committed elsewhere";
            case ARMS_SUPPLY -> who + " receives weapons raising its power by " + percent(e.amount());
            case BLOCKADE -> regions(s, e) + " cut off";
        };
    }

    private static String percent(double share) {
        return Math.round(share * PER_CENT) + "%";
    }

    private static String regions(Setting s, EventDef e) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < e.regionCount(); k++) {
            if (k > 0) {
                b.append(", ");
            }
            b.append(s.regionName(e.region(k)));
        }
        return b.toString();
    }
}
