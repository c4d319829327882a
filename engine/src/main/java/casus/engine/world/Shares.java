package casus.engine.world;

/** Shares and levels that live within [0, 1]. */
final class Shares {
    private Shares() {
    }

    /** A value brought within [0, 1]. */
    static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
