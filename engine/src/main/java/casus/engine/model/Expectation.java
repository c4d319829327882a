package casus.engine.model;

import java.util.List;

/**
 * A recorded outcome of a scenario: a flag's observed value ("true", "false" or an actor id), its
 * source, and a declared change of facts under which the rules would likely give the other value
 * (empty when the scenario declares none).
 */
public record Expectation(String outcome, String observed, String source, List<FactChange> discriminator, String discriminatorReason) {
    public Expectation {
        discriminator = List.copyOf(discriminator);
    }

    public Expectation(String outcome, String observed, String source) {
        this(outcome, observed, source, List.of(), "");
    }
}
