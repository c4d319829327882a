package casus.engine.model;

/**
 * Numbers that belong to arithmetic, not to the model: guards against dividing by nothing, and the
 * log-normal factor of mean one that daily luck is drawn as. Nothing here shapes a decision or a
 * rule; the model's own numbers are {@link ModelConstant}s.
 */
public final class Numeric {
    /** Below this a force, a share or a sum counts as nothing (guards divisions). */
    public static final double TINY = 1e-9;
    /** Below this a control share counts as nothing. */
    public static final double NEGLIGIBLE = 1e-12;
    /** Multiplier of the running hash that tells whether an agent's situation changed. */
    public static final long HASH_PRIME = 31;

    private Numeric() {
    }

    /** Maps a share in [0, 1] onto [-1, 1]: {@code 2x - 1}. */
    public static double signed(double share) {
        return 2 * share - 1;
    }

    /** The mean of two numbers. */
    public static double mean(double a, double b) {
        return (a + b) / 2;
    }

    /**
     * A log-normal factor of mean one: {@code exp(sigma z - sigma^2 / 2)} for a standard normal
     * draw {@code z}.
     */
    public static double lognormalLuck(double sigma, double z) {
        return Math.exp(sigma * z - sigma * sigma / 2);
    }
}
