package casus.report;

import casus.v1.Happening;

/** Who made a decision, in words. */
final class Origins {
    private Origins() {
    }

    static String of(Happening d, Tenure holder) {
        String who = holder == null ? "the player" : holder.name();
        return switch (d.getOrigin()) {
            case PERSON -> who;
            case AGENT_FOR_PERSON -> "agent, standing in for " + who;
            case HELD -> who + " (no orders: held)";
            default -> "agent";
        };
    }

    /** Whether a person held the state when the decision was made, whoever decided. */
    static boolean human(Happening d) {
        return switch (d.getOrigin()) {
            case PERSON, AGENT_FOR_PERSON, HELD -> true;
            default -> false;
        };
    }
}
