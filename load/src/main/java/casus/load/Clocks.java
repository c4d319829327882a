package casus.load;

import casus.server.Clock;

/** The wall clock the server stamps its updates with; on one machine both processes read the same. */
final class Clocks {
    private static final Clock SYSTEM = Clock.system();

    private Clocks() {
    }

    static long unixMicros() {
        return SYSTEM.unixMicros();
    }
}
