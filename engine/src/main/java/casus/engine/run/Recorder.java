package casus.engine.run;

import casus.engine.action.ChoiceSet;
import casus.engine.model.EventDef;
import casus.engine.world.World;

/**
 * Listens to a run: the day's events, every decision with its options' terms, and what the rules
 * made of them. Batch runs use {@link #NONE}, which the engine never formats text for.
 */
public interface Recorder {
    Recorder NONE = new Recorder() {
        @Override
        public boolean enabled() {
            return false;
        }
    };

    /** False when nothing is listening, so the engine can skip building descriptions. */
    default boolean enabled() {
        return true;
    }

    default void dayBegins(World w) {
    }

    default void event(World w, EventDef e, String text) {
    }

    /** A decision, taken or not; {@code set.chosen()} is the option that takes effect, or -1. */
    default void decision(World w, ChoiceSet set, Origin origin) {
    }

    /** Something the rules decided: a vote's result, a ceasefire in force, a regime's fall. */
    default void note(World w, String text) {
    }

    default void dayEnds(World w) {
    }
}
