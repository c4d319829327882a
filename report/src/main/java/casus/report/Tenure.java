package casus.report;

import casus.v1.ControlChange;

/**
 * A person's time at the controls of a state: from the day of the first tick they played to the
 * day the state went back to the agent (exclusive), or to the end.
 *
 * @param state the state's id
 * @param name the person's client name
 * @param clientId the person's client id
 * @param from the first day they played
 * @param to the day the agent played again; {@link Integer#MAX_VALUE} when they held it to the end
 * @param how why it ended: released, revoked, lapsed, or null when it did not
 */
record Tenure(String state, String name, String clientId, int from, int to, ControlChange.Kind how) {
    boolean covers(int day) {
        return day >= from && day < to;
    }

    boolean open() {
        return to == Integer.MAX_VALUE;
    }
}
