package casus.server.game;

import casus.engine.action.ChoiceSet;
import casus.engine.model.EventDef;
import casus.engine.run.Origin;
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
    public void event(World w, EventDef e, String text) {
        a.event(w, e, text);
        b.event(w, e, text);
    }

    @Override
    public void decision(World w, ChoiceSet set, Origin origin) {
        a.decision(w, set, origin);
        b.decision(w, set, origin);
    }

    @Override
    public void note(World w, String text) {
        a.note(w, text);
        b.note(w, text);
    }

    @Override
    public void dayEnds(World w) {
        a.dayEnds(w);
        b.dayEnds(w);
    }
}
