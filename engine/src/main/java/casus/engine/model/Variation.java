package casus.engine.model;

/** A fact drawn uniformly from [low, high] afresh in each Monte Carlo run. */
public record Variation(String path, double low, double high) {
}
