package casus.engine.event;

import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.model.Term;
import casus.engine.world.World;
import java.util.ArrayList;
import casus.engine.event.Origin;
import java.util.List;

/**
 * A decision an actor faced today: every option with its terms, the one that takes effect, the
 * one the agent would have chosen, and who chose. {@code weights} are the actor's weights in this
 * run, by term; {@code committed} the share of its forces committed elsewhere, as it stood.
 *
 * @param chosen the option that takes effect, or -1 when a person's state took no part
 * @param agentChoice what the agent would have chosen, or -1
 * @param scored false when the agent did not deliberate and kept still unweighed: every term is 0
 */
public record Decided(int day, int actor, ChoiceKind kind, String key, Origin origin, List<Option> options, int chosen, int agentChoice,
        boolean scored, double[] weights, double committed) implements RunEvent {
    public Decided {
        options = List.copyOf(options);
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public double weight(int t) {
        return weights[t];
    }

    /** A snapshot of a decision as it stands in its buffer, with the actor's weights now. */
    public static Decided of(World w, ChoiceSet set, Origin origin) {
        List<Option> options = new ArrayList<>(set.size());
        for (int i = 0; i < set.size(); i++) {
            double[] terms = new double[Term.COUNT];
            for (int t = 0; t < Term.COUNT; t++) {
                terms[t] = set.term(i, t);
            }
            options.add(new Option(set.action(i), set.utility(i), terms, set.counterpart(i)));
        }
        double[] weights = new double[Term.COUNT];
        for (int t = 0; t < Term.COUNT; t++) {
            weights[t] = w.minds().weight(set.actor(), t);
        }
        return new Decided(w.day(), set.actor(), set.kind(), set.key(w.setting()), origin, options, set.chosen(), set.agentChoice(),
                set.scored(), weights, w.military().committed(set.actor()));
    }

    /** The option that takes effect, or null. */
    public Option chosenOption() {
        return chosen < 0 ? null : options.get(chosen);
    }

    /** The best option other than {@code i} by utility, or -1 when there is none. */
    public int runnerUp(int i) {
        int best = -1;
        for (int j = 0; j < options.size(); j++) {
            if (j != i && (best < 0 || options.get(j).utility() > options.get(best).utility())) {
                best = j;
            }
        }
        return best;
    }

    /** Whether what takes effect changes nothing (hold, pass, reject, or no part at all). */
    public boolean quiet() {
        return chosen < 0 || options.get(chosen).action().quiet();
    }
}
