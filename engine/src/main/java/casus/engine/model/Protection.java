package casus.engine.model;

/** A state's declaration that it protects a de facto authority or another state. */
public record Protection(int protector, int protege, String declared) {
}
