package casus.engine.validate;

import static casus.engine.run.Flag.ALLIANCE_CONSULTED;
import static casus.engine.run.Flag.ALLIANCE_INTERVENED;
import static casus.engine.run.Flag.ALLIANCE_MISSION;
import static casus.engine.run.Flag.ALLIANCE_RESPONDED;
import static casus.engine.run.Flag.ASSISTANCE_REQUESTED;
import static casus.engine.run.Flag.CEASEFIRE;
import static casus.engine.run.Flag.PATRON_INTERVENED;
import static casus.engine.run.Flag.VICTIM_AIDED;

import casus.engine.model.Expectation;
import casus.engine.run.Flag;
import casus.engine.run.Outcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one recorded value of an outcome implies about others by the outcomes' definitions
 * ({@link Flag}), whatever the rules do. An expectation implied by another of its scenario is
 * redundant: scoring both would count one fact of the record twice.
 */
final class Implications {
    /** An outcome with a value, as an expectation states it. */
    private record Value(String outcome, String value) {
        static Value of(Expectation e) {
            return new Value(e.outcome(), e.observed());
        }

        static Value of(Flag f, boolean value) {
            return new Value(f.key(), Boolean.toString(value));
        }

        @Override
        public String toString() {
            return outcome + "=" + value;
        }
    }

    /** "If the first flag has the first value, the second has the second"; each holds with its contrapositive. */
    private record Rule(Flag ifFlag, boolean ifValue, Flag thenFlag, boolean thenValue) {
    }

    /*
     * Only what the definitions say, never what the rules happen to do:
     * - a collective deployment is military help to the victim (VICTIM_AIDED: "a collective
     *   deployment or an ally fighting for it"), and an answer with force (ALLIANCE_RESPONDED);
     * - a mission is an answer too (ALLIANCE_RESPONDED: "with force or a mission");
     * - a state fighting for the victim or guarding its government is military help to it
     *   (Outcome reads VICTIM_AIDED as exactly "the alliance intervened or a patron did");
     * - consultations are held "on the victim's appeal", so there was an appeal.
     * Flags the definitions leave independent (peacekeepers and a collective deployment, which
     * may fight; a resignation and the regime's survival to the end) imply nothing.
     */
    private static final List<Rule> RULES = List.of(
            new Rule(ALLIANCE_INTERVENED, true, VICTIM_AIDED, true),
            new Rule(ALLIANCE_INTERVENED, true, ALLIANCE_RESPONDED, true),
            new Rule(ALLIANCE_MISSION, true, ALLIANCE_RESPONDED, true),
            new Rule(PATRON_INTERVENED, true, VICTIM_AIDED, true),
            new Rule(ALLIANCE_CONSULTED, true, ASSISTANCE_REQUESTED, true));

    private Implications() {
    }

    /**
     * For each expectation, the one that makes it redundant, as {@code outcome=value}, or null.
     * When two imply each other the first in the scenario's order is kept and the second is
     * redundant. The one named is itself kept: implication is transitive and the order breaks
     * every cycle, so every redundant expectation is implied by one that is not.
     */
    static List<String> impliedBy(List<Expectation> expectations) {
        int n = expectations.size();
        boolean[] redundant = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                redundant[i] |= j != i && makesRedundant(expectations, j, i);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String by = null;
            for (int j = 0; j < n && redundant[i] && by == null; j++) {
                if (j != i && !redundant[j] && implies(expectations.get(j), expectations.get(i))) {
                    by = Value.of(expectations.get(j)).toString();
                }
            }
            out.add(by);
        }
        return out;
    }

    /** Whether expectation {@code j} makes {@code i} redundant: it implies it, and is not an equal that comes later. */
    private static boolean makesRedundant(List<Expectation> expectations, int j, int i) {
        Expectation a = expectations.get(j);
        Expectation b = expectations.get(i);
        return implies(a, b) && !(j > i && implies(b, a));
    }

    /** Whether the first expectation's value implies the second's, directly or through others. */
    static boolean implies(Expectation a, Expectation b) {
        Value goal = Value.of(b);
        Set<Value> seen = new HashSet<>();
        Deque<Value> next = new ArrayDeque<>(List.of(Value.of(a)));
        while (!next.isEmpty()) {
            Value v = next.pop();
            if (v.equals(goal)) {
                return true;
            }
            if (seen.add(v)) {
                next.addAll(consequences(v));
            }
        }
        return false;
    }

    /** What a value implies in one step. */
    private static List<Value> consequences(Value v) {
        List<Value> out = new ArrayList<>();
        for (Rule r : RULES) {
            if (v.equals(Value.of(r.ifFlag(), r.ifValue()))) {
                out.add(Value.of(r.thenFlag(), r.thenValue()));
            }
            if (v.equals(Value.of(r.thenFlag(), !r.thenValue()))) {
                out.add(Value.of(r.ifFlag(), !r.ifValue()));
            }
        }
        // A broker, an actor or "direct", brokered a ceasefire that is in force at the end; so
        // with no ceasefire at the end there is no broker.
        if (v.outcome().equals(Validation.BROKER) && !v.value().equals(Outcome.NO_BROKER)) {
            out.add(Value.of(CEASEFIRE, true));
        }
        if (v.equals(Value.of(CEASEFIRE, false))) {
            out.add(new Value(Validation.BROKER, Outcome.NO_BROKER));
        }
        return out;
    }
}
