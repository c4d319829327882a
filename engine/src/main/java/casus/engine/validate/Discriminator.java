package casus.engine.validate;

import casus.engine.model.FactChange;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A change of a scenario's facts tried as a way to make an expectation come out otherwise: the
 * changes, whether the scenario declared them or the search found them, and the probability of
 * the other value under them. No change at all stands for the scenario as it is, when the rules
 * give the other value without one. A declared change that is not admissible is refused, with
 * the reason, and never run.
 *
 * @param pOther the share of runs with any value but the observed one; NaN when refused
 * @param refusal why the change cannot count, or empty
 */
public record Discriminator(List<FactChange> changes, boolean declared, double pOther, String refusal) {
    public Discriminator {
        changes = List.copyOf(changes);
    }

    static Discriminator refused(List<FactChange> changes, String why) {
        return new Discriminator(changes, true, Double.NaN, why);
    }

    /** Whether the change makes the expectation one that can fail. */
    public boolean works() {
        return refusal.isEmpty() && Validation.atLeast(pOther, Validation.DISCRIMINATING_PROBABILITY);
    }

    /** Whether this is the scenario as it is, with no change. */
    public boolean asItIs() {
        return changes.isEmpty();
    }

    /** The changes as text: {@code actors.RUS.forces_committed_elsewhere=0.9, ...}. */
    public String describe() {
        return changes.stream().map(FactChange::toString).collect(Collectors.joining(", "));
    }
}
