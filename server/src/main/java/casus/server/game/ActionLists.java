package casus.server.game;

import casus.engine.action.ChoiceSet;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.run.Narrative;
import casus.engine.run.Simulation;
import casus.engine.world.World;
import casus.v1.ActionChoice;
import casus.v1.ActionList;
import casus.v1.Decision;
import casus.v1.Option;
import casus.v1.TermValue;
import java.util.ArrayList;
import java.util.List;
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

    static ActionList list(Simulation sim, int actor, Turn turn) {
        World w = sim.world();
        Setting s = sim.setting();
        ActionList.Builder b = ActionList.newBuilder().setState(s.actorId(actor)).setDay(w.day()).setReady(turn.ready(actor));
        for (ChoiceSet set : sim.preview(actor)) {
            b.addDecisions(decision(w, s, set));
        }
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
                    Term term = Term.of(t);
                    o.addTerms(TermValue.newBuilder().setTerm(term.key()).setLabel(term.label()).setRaw(raw)
                            .setWeighted(raw * w.weight(set.actor(), t)));
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
     * Resolves a person's choice against the state's options this tick: the choice with its
     * decision's key filled in, or null with the reason it is refused in {@code refusal}.
     */
    static ActionChoice resolve(Simulation sim, int actor, ActionChoice c, StringBuilder refusal) {
        Setting s = sim.setting();
        List<ChoiceSet> sets = sim.preview(actor);
        if (c.getOption().isEmpty()) {
            refusal.append("the choice names no option");
            return null;
        }
        List<String> matches = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        for (ChoiceSet set : sets) {
            String key = set.key(s);
            decisions.add(key);
            if (!c.getDecision().isEmpty() && !c.getDecision().equals(key)) {
                continue;
            }
            for (int i = 0; i < set.size(); i++) {
                if (set.action(i).key(s).equals(c.getOption())) {
                    matches.add(key);
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
        if (!c.getDecision().isEmpty() && !decisions.contains(c.getDecision())) {
            refusal.append(s.actorId(actor)).append(" faces no decision '").append(c.getDecision()).append("' on day ").append(sim.day())
                    .append(decisions.isEmpty() ? "; it faces none" : "; it faces " + String.join(", ", decisions));
            return null;
        }
        refusal.append("'").append(c.getOption()).append("' is not a legal option for ").append(s.actorId(actor))
                .append(c.getDecision().isEmpty() ? "" : " in " + c.getDecision()).append(" on day ").append(sim.day())
                .append("; legal: ").append(String.join(", ", legal(sets, s, c.getDecision())));
        return null;
    }

    private static List<String> legal(List<ChoiceSet> sets, Setting s, String decision) {
        List<String> out = new ArrayList<>();
        for (ChoiceSet set : sets) {
            if (decision.isEmpty() || decision.equals(set.key(s))) {
                for (int i = 0; i < set.size(); i++) {
                    out.add(set.action(i).key(s));
                }
            }
        }
        if (out.isEmpty()) {
            out.add("none");
        }
        return out;
    }
}
