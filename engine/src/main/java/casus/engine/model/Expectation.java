package casus.engine.model;

/** A recorded outcome of a scenario: a flag's observed value ("true", "false" or an actor id). */
public record Expectation(String outcome, String observed, String source) {
}
