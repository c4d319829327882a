package casus.engine.batch;

/**
 * Seeds for the runs of a batch: run {@code i} gets a seed mixed from the master seed and
 * {@code i}, so any run can be repeated alone and no two runs share a stream.
 */
public final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** The seed of run {@code i} of a batch with this master seed. */
    public static long of(long master, long i) {
        return mix(master ^ mix(i * GOLDEN + GOLDEN));
    }

    /** The SplitMix64 finaliser: a bijection that scatters nearby inputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
