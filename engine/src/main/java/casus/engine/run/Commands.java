package casus.engine.run;

import casus.engine.action.ChoiceSet;
import casus.engine.model.Setting;

/**
 * What people decided for the states they control, for one tick. The engine asks for each
 * decision of a controlled state; every other state is the agent's.
 */
public interface Commands {
    /** No person controls anything. */
    Commands NONE = new Commands() {
        @Override
        public boolean controls(int actor) {
            return false;
        }

        @Override
        public int choice(ChoiceSet set, Setting setting) {
            return -1;
        }

        @Override
        public boolean agentStandsIn(int actor) {
            return true;
        }
    };

    /** Whether a person controls this actor this tick. */
    boolean controls(int actor);

    /** The option a person chose for this decision, or -1 when they chose nothing. */
    int choice(ChoiceSet set, Setting setting);

    /**
     * For a controlled actor whose person chose nothing for a decision: true lets the agent decide
     * (marked as such), false holds still.
     */
    boolean agentStandsIn(int actor);
}
