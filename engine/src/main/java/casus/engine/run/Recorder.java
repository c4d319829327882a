package casus.engine.run;

import casus.engine.event.RunEvent;
import casus.engine.world.World;

/**
 * Listens to a run: every event as it happens (what fired, every decision with its options'
 * terms, what the rules made of them, where the fighting stood at the end of the day). Batch runs
 * use {@link #NONE}, for which the engine builds no event at all.
 */
public interface Recorder {
    Recorder NONE = new Recorder() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void happened(World w, RunEvent e) {
        }
    };

    /** False when nothing is listening, so the engine can skip building events. */
    default boolean enabled() {
        return true;
    }

    /** A day opens, before its events fire. */
    default void dayBegins(World w) {
    }

    /** Something happened, told against the world as it stands at that moment. */
    void happened(World w, RunEvent e);
}
