package casus.engine.model;

import java.util.List;

/** A change of facts that should not move any outcome, with the reason. */
public record Placebo(String name, List<FactChange> changes, String reason) {
    public Placebo {
        changes = List.copyOf(changes);
    }
}
