package casus.engine.model;

/**
 * The parts actors play in a scenario, by index: the victim whose allies are tested, the attacker
 * (or {@link #NONE}) and the alliance under test (or {@link #NONE}).
 */
public record Roles(int victim, int attacker, int alliance) {
    public static final int NONE = -1;

    public boolean hasAttacker() {
        return attacker != NONE;
    }

    public boolean hasAlliance() {
        return alliance != NONE;
    }
}
