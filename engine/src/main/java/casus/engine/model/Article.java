package casus.engine.model;

/** An article of a treaty, as the treaty numbers it, and what it obliges. */
public record Article(String id, Obligation obligation) {
}
