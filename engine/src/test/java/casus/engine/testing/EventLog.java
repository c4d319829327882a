package casus.engine.testing;

import casus.engine.event.RunEvent;
import casus.engine.run.Recorder;
import casus.engine.world.World;
import java.util.ArrayList;
import java.util.List;

/** Keeps every event of a run, in order, for tests that assert on what happened. */
public final class EventLog implements Recorder {
    private final List<RunEvent> events = new ArrayList<>();

    @Override
    public void happened(World w, RunEvent e) {
        events.add(e);
    }

    public List<RunEvent> all() {
        return List.copyOf(events);
    }

    /** The events of one kind, in order. */
    public <E extends RunEvent> List<E> of(Class<E> kind) {
        List<E> out = new ArrayList<>();
        for (RunEvent e : events) {
            if (kind.isInstance(e)) {
                out.add(kind.cast(e));
            }
        }
        return out;
    }

    public void clear() {
        events.clear();
    }
}
