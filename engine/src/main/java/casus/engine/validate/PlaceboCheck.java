package casus.engine.validate;

import casus.engine.model.FactChange;
import java.util.List;

/**
 * One placebo of one scenario: a change of facts that should not matter, and the outcome that
 * moved most under it. It passes when no flag's and no broker's probability moves by more than
 * {@link Validation#PLACEBO_TOLERANCE}.
 */
public record PlaceboCheck(String scenario, String name, List<FactChange> changes, String reason, Move largest) {
    public PlaceboCheck {
        changes = List.copyOf(changes);
    }

    public boolean pass() {
        return Validation.atMost(largest.by(), Validation.PLACEBO_TOLERANCE);
    }
}
