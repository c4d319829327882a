package casus.cli;

import picocli.CommandLine.Option;

/**
 * The options of every command that plays many seeded runs: the master seed, which fixes the
 * results, and the worker threads, which do not change them.
 */
final class Execution {
    @Option(names = "--seed", defaultValue = "1", description = "The master seed; run i uses a seed mixed from it and i (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads; the results do not depend on it (default: one per processor, here ${sys:casus.processors}).")
    Integer threads;

    static {
        System.setProperty("casus.processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    long seed() {
        return seed;
    }

    /** The threads asked for, or one per processor. */
    int threads() {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new BadInputException("--threads must be at least 1, got " + n);
        }
        return n;
    }

    /** A pool of {@link #threads()} workers, for a try-with-resources block. */
    Workers workers() {
        return new Workers(threads());
    }
}
