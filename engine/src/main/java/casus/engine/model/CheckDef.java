package casus.engine.model;

import java.util.List;

/**
 * A counterfactual check: the scenario with some facts changed must move an outcome's
 * probability in a direction by at least a margin.
 */
public record CheckDef(String name, String outcome, boolean up, double margin, List<FactChange> changes, String reason) {
    public CheckDef {
        changes = List.copyOf(changes);
    }
}
