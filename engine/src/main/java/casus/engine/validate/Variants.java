package casus.engine.validate;

import casus.engine.model.FactChange;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario and its variants: each variant run once at the validation's number of runs and
 * kept, so that a change that serves as a check, a placebo and a discriminator is run once.
 */
final class Variants {
    private final Setting base;
    private final int runs;
    private final Runner runner;
    private final Map<List<FactChange>, Frequencies> done = new HashMap<>();

    Variants(Setting base, int runs, Runner runner) {
        this.base = base;
        this.runs = runs;
        this.runner = runner;
    }

    Setting base() {
        return base;
    }

    int runs() {
        return runs;
    }

    /** The scenario as it is. */
    Frequencies original() {
        return of(List.of());
    }

    /**
     * The variant with some facts changed, at the full number of runs.
     *
     * @throws IllegalArgumentException when a change names no fact or a value the fact refuses
     */
    Frequencies of(List<FactChange> changes) {
        Frequencies known = done.get(changes);
        if (known == null) {
            known = runner.run(Parameters.with(base, changes), runs);
            done.put(List.copyOf(changes), known);
        }
        return known;
    }

    /** Whether the scenario takes the changes: every path names a fact and every value is in its range. */
    boolean accepts(List<FactChange> changes) {
        try {
            Parameters.with(base, changes);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /** The variant with fewer runs, for a first look; at the full number or more, the kept variant. */
    Frequencies sketch(List<FactChange> changes, int fewer) {
        if (fewer >= runs) {
            return of(changes);
        }
        return runner.run(Parameters.with(base, changes), fewer);
    }
}
