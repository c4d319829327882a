package casus.server.game;

import casus.engine.event.RunEvent;
import casus.engine.run.Recorder;
import casus.engine.world.World;

/** Tells a run to both the chronicle and the tick collector. */
record Tee(Recorder a, Recorder b) implements Recorder {
    @Override
    public void dayBegins(World w) {
        a.dayBegins(w);
        b.dayBegins(w);
    }

    @Override
    public void happened(World w, RunEvent e) {
        a.happened(w, e);
        b.happened(w, e);
    }
}
