package casus.engine.world;

/** A non-combat mission a treaty sent in answer to a request: fact-finders or observers. */
public record Mission(int treaty, int request, int host, int day) {
}
