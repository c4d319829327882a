package casus.engine.event;

import java.util.List;

/**
 * Where the fighting stood as a day ended: each front fought on today (the attacker's share of each
 * target region) and the day's deaths.
 */
public record DayEnded(int day, List<Front> fronts, double killedToday, double killedInAll) implements RunEvent {
    /** One target region of a conflict fought over today: the attacker's share of it now. */
    public record Front(int conflict, int region, int attacker, double attackerShare) {
    }

    public DayEnded {
        fronts = List.copyOf(fronts);
    }
}
