package casus.server.game;

import casus.engine.action.ChoiceSet;
import casus.engine.event.Narrative;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.run.Simulation;
import casus.engine.world.World;
import casus.v1.ActionChoice;
import casus.v1.ActionList;
import casus.v1.Decision;
import casus.v1.DecisionRecord;
import casus.v1.Option;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A state's legal actions for the coming tick, each scored term by term as the agent scores it,
 * and the check that a person's choice is one of them.
 */
final class ActionLists {
    private ActionLists() {
    }

    /** A state's decisions for the coming tick, each option scored by the agent, as the protocol tells them. */
    static List<Decision> decisions(Simulation sim, int actor) {
        World w = sim.world();
        Setting s = sim.setting();
        List<Decision> out = new ArrayList<>();
        for (ChoiceSet set : sim.preview(actor)) {
            out.add(decision(w, s, set));
        }
        return List.copyOf(out);
    }

    static ActionList list(String state, int day, List<Decision> decisions, Turn turn, int actor) {
        ActionList.Builder b = ActionList.newBuilder().setState(state).setDay(day).setReady(turn.ready(actor)).addAllDecisions(decisions);
        for (Map.Entry<String, String> e : new TreeMap<>(turn.orders(actor)).entrySet()) {
            b.addSubmitted(ActionChoice.newBuilder().setDecision(e.getKey()).setOption(e.getValue()));
        }
        return b.build();
    }

    private static Decision decision(World w, Setting s, ChoiceSet set) {
        Decision.Builder d = Decision.newBuilder().setKey(set.key(s)).setKind(set.kind().name().toLowerCase(Locale.ROOT));
        int best = 0;
        for (int i = 0; i < set.size(); i++) {
            if (set.utility(i) > set.utility(best)) {
                best = i;
            }
            Option.Builder o = Option.newBuilder().setKey(set.action(i).key(s)).setText(Narrative.action(w, set, i))
                    .setUtility(set.utility(i)).setReasons(Narrative.reasons(w, set, i));
            for (int t = 0; t < Term.COUNT; t++) {
                double raw = set.term(i, t);
                if (raw != 0) {
                    o.addTerms(TermValues.of(Term.of(t), raw, w.minds().weight(set.actor(), t)));
                }
            }
            d.addOptions(o);
        }
        if (set.size() > 0) {
            d.setAdvice(set.action(best).key(s));
        }
        return d.build();
    }

    /**
     * Resolves a person's choice against the state's decisions this tick: the choice with its
     * decision's key filled in, or null with the reason it is refused in {@code refusal}.
     */
    static ActionChoice resolve(List<Decision> decisions, String state, int day, ActionChoice c, StringBuilder refusal) {
        return resolve(decisions, state, day, c, refusal, List.of(), () -> null);
    }

    /**
     * As {@link #resolve(List, String, int, ActionChoice, StringBuilder)}, telling why an option is
     * not the state's today: the engine's reason, asked of {@code why} (null when it has none),
     * else, for an option it no longer has, when it chose it before among {@code recent} decisions.
     */
    static ActionChoice resolve(List<Decision> decisions, String state, int day, ActionChoice c, StringBuilder refusal,
            Collection<DecisionRecord> recent, Supplier<String> why) {
        if (c.getOption().isEmpty()) {
            refusal.append("the choice names no option");
            return null;
        }
        List<String> matches = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Decision d : decisions) {
            keys.add(d.getKey());
            if (!c.getDecision().isEmpty() && !c.getDecision().equals(d.getKey())) {
                continue;
            }
            for (Option o : d.getOptionsList()) {
                if (o.getKey().equals(c.getOption())) {
                    matches.add(d.getKey());
                }
            }
        }
        if (matches.size() == 1) {
            return ActionChoice.newBuilder().setDecision(matches.get(0)).setOption(c.getOption()).build();
        }
        if (matches.size() > 1) {
            refusal.append("option '").append(c.getOption()).append("' belongs to several decisions (")
                    .append(String.join(", ", matches)).append("); name the decision");
            return null;
        }
        if (!c.getDecision().isEmpty() && !keys.contains(c.getDecision())) {
            refusal.append(state).append(" faces no decision '").append(c.getDecision()).append("' on day ").append(day)
                    .append(keys.isEmpty() ? "; it faces none" : "; it faces " + String.join(", ", keys));
            return null;
        }
        refusal.append(words(c.getOption())).append(" is not among ").append(state).append("'s options")
                .append(c.getDecision().isEmpty() ? "" : " in " + words(c.getDecision())).append(" on day ").append(day);
        DecisionRecord before = null;
        for (DecisionRecord d : recent) {
            if (!d.getOption().isEmpty() && (d.getOption().equals(c.getOption()) || d.getOption().startsWith(c.getOption() + ":"))) {
                before = d;
            }
        }
        String reason = why.get();
        if (reason != null) {
            refusal.append(": ").append(reason);
        } else if (before != null) {
            refusal.append(": ").append(state).append(" did that already on day ").append(before.getDay()).append(" (")
                    .append(before.getText()).append(")");
        }
        List<String> legal = legal(decisions, c.getDecision());
        refusal.append(legal.isEmpty() ? "; it has no options there today" : "; today it may: " + String.join("; ", legal));
        return null;
    }

    /** An option's or a decision's key as a person types it after {@code do}: its parts apart. */
    static String words(String key) {
        return key.replace(':', ' ');
    }

    /** The options left, each in words and what it does. */
    private static List<String> legal(List<Decision> decisions, String decision) {
        List<String> out = new ArrayList<>();
        for (Decision d : decisions) {
            if (decision.isEmpty() || decision.equals(d.getKey())) {
                for (Option o : d.getOptionsList()) {
                    out.add(words(o.getKey()) + " (" + o.getText() + ")");
                }
            }
        }
        return out;
    }
}
