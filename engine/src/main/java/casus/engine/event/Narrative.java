package casus.engine.event;

import casus.engine.action.Action;
import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.Domain;
import casus.engine.model.EventDef;
import casus.engine.model.ModelConstant;
import casus.engine.model.Setting;
import casus.engine.model.SettlementDef;
import casus.engine.rules.Settlement;
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
    /** A weighted term smaller than this rounds to nothing at two decimals and is not named. */
    private static final double NEGLIGIBLE_TERM = 0.005;
    /** Forces committed elsewhere from this share on are named as the reason behind a cost. */
    private static final double COMMITTED_TOLD = 0.3;

    private Narrative() {
    }

    /** What an option does, as a predicate: "declines ARM's appeal under RA-1997 Art.3". */
    public static String action(World w, ChoiceSet set, int i) {
        return action(w, set.action(i));
    }

    /** What an action does, as a predicate, as the world stands. */
    public static String action(World w, Action x) {
        Setting s = w.setting();
        ActionKind k = x.kind();
        return switch (k) {
            case ATTACK -> "attacks " + target(w, w.wars().conflict(x.ref())) + (x.level() >= w.k(ModelConstant.ATTACK_HIGH) ? " at full intensity" : " at low intensity");
            case HOLD -> "holds its positions";
            case FIRE_BACK -> "fires back at " + s.actorId(w.wars().conflict(x.ref()).attacker());
            case INTERVENE -> "fights on the side of " + s.actorId(w.wars().principalDefender(w.wars().conflict(x.ref())));
            case REQUEST -> "asks " + addressee(s, x) + " for " + x.ask().label() + about(w, x.ref());
            case SUSPEND -> "suspends its participation in " + s.treatyId(x.treaty());
            case HONOUR -> "honours " + appeal(w, w.appeals().request(x.ref())) + " and sends forces";
            case DEFEND -> "answers " + appeal(w, w.appeals().request(x.ref())) + " by stationing forces to deter";
            case RESERVE -> "answers " + appeal(w, w.appeals().request(x.ref())) + " by forming a force and holding it back";
            case RESCUE -> "answers " + appeal(w, w.appeals().request(x.ref())) + " with money";
            case CONSULT -> "answers " + appeal(w, w.appeals().request(x.ref())) + " with consultations";
            case DECLINE -> "declines " + appeal(w, w.appeals().request(x.ref()));
            case VOTE_YES, VOTE_NO, VOTE_ABSTAIN -> vote(k) + " on " + motion(w, w.appeals().motion(x.ref()));
            case MEDIATE -> proposes(w, x);
            case ARM -> "sends weapons to " + s.actorId(x.target());
            case STATEMENT_SUPPORT -> "declares its support for " + s.actorId(x.target());
            case STATEMENT_CONDEMN -> "condemns " + s.actorId(x.target());
            case BACK -> (s.deFacto(x.target()) ? "recognises " : "publicly backs the government of ") + s.actorName(x.target());
            case REALIGN -> "turns toward " + s.actorName(x.target());
            case ACCEPT -> "accepts " + proposal(w, w.talks().proposal(x.ref()));
            case REJECT -> "rejects " + proposal(w, w.talks().proposal(x.ref()));
            case CRACK_DOWN -> "orders its security forces against the " + (w.regimes().unrest(x.actor()) > 0 ? "unrest" : "violence");
            case CONCEDE -> "makes concessions to the protesters";
            case RESIGN -> "has its leader step down so that the government may stand";
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
     * Why an option of a decision being weighed won: the terms that set it apart from its best
     * rival, weighted, largest first, for example "over honour: alliance duty −0.42, relations with
     * AZE +0.35".
     */
    public static String reasons(World w, ChoiceSet set, int i) {
        int a = set.actor();
        double[] weights = new double[Term.COUNT];
        for (int t = 0; t < Term.COUNT; t++) {
            weights[t] = w.minds().weight(a, t);
        }
        return reasons(w.setting(), weights, w.military().committed(a), option(set, i), rival(set, i));
    }

    /** Why an option of a decision taken won, told as {@link #reasons(World, ChoiceSet, int)} tells it. */
    public static String reasons(Setting s, Decided d, int i) {
        int rival = d.runnerUp(i);
        return reasons(s, d.weights(), d.committed(), d.options().get(i), rival < 0 ? null : d.options().get(rival));
    }

    private static Option option(ChoiceSet set, int i) {
        double[] terms = new double[Term.COUNT];
        for (int t = 0; t < Term.COUNT; t++) {
            terms[t] = set.term(i, t);
        }
        return new Option(set.action(i), set.utility(i), terms, set.counterpart(i));
    }

    private static Option rival(ChoiceSet set, int i) {
        int r = set.runnerUp(i);
        return r < 0 ? null : option(set, r);
    }

    private static String reasons(Setting s, double[] weights, double committed, Option o, Option rival) {
        double[] diff = new double[Term.COUNT];
        for (int t = 0; t < Term.COUNT; t++) {
            diff[t] = weights[t] * (o.term(t) - (rival == null ? 0 : rival.term(t)));
        }
        StringBuilder b = new StringBuilder();
        b.append(rival == null ? "" : "over " + rival.action().kind().verb() + ": ");
        boolean[] used = new boolean[Term.COUNT];
        int named = 0;
        for (int n = 0; n < REASONS; n++) {
            int best = -1;
            for (int t = 0; t < Term.COUNT; t++) {
                if (!used[t] && Math.abs(diff[t]) >= NEGLIGIBLE_TERM && (best < 0 || Math.abs(diff[t]) > Math.abs(diff[best]))) {
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
            b.append(label(s, committed, o, rival, best)).append(' ').append(signed(diff[best]));
        }
        if (named == 0) {
            b.append("nothing to choose between them");
        }
        return b.toString();
    }

    private static String label(Setting s, double committed, Option o, Option rival, int term) {
        Term t = Term.of(term);
        if (t == Term.RELATIONS) {
            int who = o.counterpart() >= 0 ? o.counterpart() : (rival != null ? rival.counterpart() : -1);
            return who < 0 ? t.label() : "relations with " + s.actorId(who);
        }
        if (t == Term.COST && committed >= COMMITTED_TOLD) {
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
        String basis = q.treaty() < 0 ? "" : " under " + s.treatyId(q.treaty()) + (q.article() >= 0 ? " " + s.articles(q.treaty()).get(q.article()).id() : "");
        return s.actorId(q.requester()) + "'s appeal for " + q.ask().label() + basis;
    }

    /** Whom an appeal is made to: a treaty's council, the other party under a treaty article, a state outside any treaty. */
    private static String addressee(Setting s, Action x) {
        if (x.treaty() < 0) {
            return s.actorId(x.target());
        }
        String article = x.article() >= 0 ? " " + s.articles(x.treaty()).get(x.article()).id() : "";
        return x.target() >= 0 ? s.actorId(x.target()) + " under " + s.treatyId(x.treaty()) + article : s.treatyId(x.treaty()) + article;
    }

    /** What an appeal is about: a war, or the appellant's crisis at home. */
    private static String about(World w, int conflict) {
        return conflict < 0 ? " against its crisis at home" : " in the war over " + target(w, w.wars().conflict(conflict));
    }

    /** A ceasefire proposal in words: who to, on which terms. */
    private static String proposes(World w, Action x) {
        Conflict c = w.wars().conflict(x.ref());
        SettlementDef terms = Settlement.terms(w, c, x.actor(), x.variant());
        boolean party = x.actor() == c.attacker() || x.actor() == w.wars().principalDefender(c);
        String to = party ? " to " + w.setting().actorId(x.actor() == c.attacker() ? w.wars().principalDefender(c) : c.attacker()) : "";
        return "proposes a ceasefire" + to + " in " + target(w, c) + ": " + terms.name();
    }

    /** What a conflict is fought over: its regions, or the forces an incident struck. */
    public static String target(World w, Conflict c) {
        return c.regionCount() > 0 ? regions(w, c) : w.setting().actorId(c.target()) + "'s forces";
    }

    static String motion(World w, Motion m) {
        Request q = w.appeals().request(m.request());
        return m.kind().label() + " for " + w.setting().actorId(q.requester()) + " (" + w.setting().treatyId(m.treaty()) + ")";
    }

    static String proposal(World w, Proposal p) {
        return w.setting().actorId(p.proposer()) + "'s ceasefire proposal (" + p.terms().name() + ")";
    }

    /**
     * An event in a sentence, as the world stands when it happens: for a decision, what the chosen
     * option does ("has no orders and takes no part" when nothing was chosen).
     */
    public static String sentence(World w, RunEvent e) {
        Setting s = w.setting();
        if (e instanceof EventFired f) {
            return event(s, f.event());
        }
        if (e instanceof Decided d) {
            return d.chosen() < 0 ? "has no orders and takes no part" : action(w, d.chosenOption().action());
        }
        if (e instanceof FactChanged f) {
            return "the facilitator sets " + f.path() + " to " + f.value() + " (was " + f.was() + ")";
        }
        if (e instanceof CeasefireBroken b) {
            return s.actorId(b.actor()) + " breaks the ceasefire";
        }
        if (e instanceof MotionSettled m) {
            return motionResult(w, m);
        }
        if (e instanceof AppealLapsed l) {
            return appeal(w, w.appeals().request(l.request())) + " goes unanswered and counts as refused";
        }
        if (e instanceof FightingDiedDown d) {
            return "the fighting over " + regions(w, w.wars().conflict(d.conflict())) + " dies down without an agreement";
        }
        if (e instanceof CeasefireInForce c) {
            String broker = c.direct() ? ", agreed between them" : ", brokered by " + s.actorId(c.proposer());
            return "ceasefire in force between " + s.actorId(c.attacker()) + " and " + s.actorId(c.defender()) + broker
                    + (c.peacekeeper() >= 0 ? ", with " + s.actorId(c.peacekeeper()) + " peacekeepers" : "");
        }
        if (e instanceof RegimeFell r) {
            return "the government of " + s.actorName(r.actor()) + " falls";
        }
        if (e instanceof DayEnded d) {
            return dayEnded(s, d);
        }
        throw new IllegalArgumentException("no sentence for " + e.getClass().getSimpleName());
    }

    /** The result of a council vote, with the votes. */
    private static String motionResult(World w, MotionSettled m) {
        Setting s = w.setting();
        StringBuilder yes = new StringBuilder();
        StringBuilder no = new StringBuilder();
        StringBuilder abstain = new StringBuilder();
        for (int a = 0; a < s.actorCount(); a++) {
            StringBuilder into = switch (m.votes().get(a)) {
                case YES -> yes;
                case NO -> no;
                case ABSTAIN -> abstain;
                case NONE -> null;
            };
            if (into != null) {
                into.append(into.length() == 0 ? "" : " ").append(s.actorId(a));
            }
        }
        return s.treatyId(m.treaty()) + " council: " + m.kind().label() + " for " + s.actorId(m.requester()) + " (" + s.treatyId(m.treaty())
                + ")" + (m.passed() ? " passes" : " fails") + " (yes: " + orNone(yes) + "; no: " + orNone(no) + "; abstain: " + orNone(abstain) + ")";
    }

    private static String orNone(StringBuilder b) {
        return b.length() == 0 ? "none" : b.toString();
    }

    /** Where each front stands and the day's dead: "NK AZE 35%; DIST AZE 60% · killed today 12, in all 3012". */
    private static String dayEnded(Setting s, DayEnded d) {
        StringBuilder b = new StringBuilder();
        for (DayEnded.Front f : d.fronts()) {
            b.append(b.length() == 0 ? "" : "; ").append(s.regionName(f.region())).append(' ').append(s.actorId(f.attacker())).append(' ')
                    .append(Math.round(PER_CENT * f.attackerShare())).append('%');
        }
        return b + (b.length() == 0 ? "" : " \u00b7 ") + "killed today " + Math.round(d.killedToday()) + ", in all " + Math.round(d.killedInAll());
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
            case INCIDENT -> who + " strikes " + s.actorId(e.target()) + (e.domain() == Domain.SEA ? " at sea" : " in the air")
                    + (e.killed() > 0 ? ", killing " + e.killed() : "");
            case COMMUNAL_VIOLENCE -> "violence between communities breaks out in " + regions(s, e);
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
