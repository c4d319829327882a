package casus.load;

import java.time.Instant;

/** The wall clock, to set against the times the server stamps its updates with (on one machine, the same clock). */
final class Clocks {
    private Clocks() {
    }

    static long unixMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }
}
