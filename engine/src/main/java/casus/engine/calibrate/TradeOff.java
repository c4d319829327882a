package casus.engine.calibrate;

/**
 * Two knobs that trade off: among the search's evaluations whose objective lies within
 * {@link Identifiability#THRESHOLD} of the best, their values go together (or against each other)
 * with a correlation of {@code correlation}, so the data pin down a combination of the two rather
 * than each.
 *
 * @param near how many evaluations the correlation is taken over
 */
public record TradeOff(String first, String second, double correlation, int near) {
}
