package casus.studies;

import casus.engine.run.Flag;
import java.util.ArrayList;
import java.util.List;

/**
 * The yes-or-no outcomes a summary reports: every flag, then {@code ceasefire_broker=ID} for no
 * broker and for each actor that brokered at any point, in actor order.
 */
public final class Outcomes {
    /** One outcome: a flag, or a broker (actor index, -1 for none). */
    public record Outcome(String name, Flag flag, int broker) {
    }

    private Outcomes() {
    }

    public static List<Outcome> of(List<PointStats> points, List<String> actors) {
        List<Outcome> out = new ArrayList<>();
        for (Flag f : Flag.values()) {
            out.add(new Outcome(f.key(), f, 0));
        }
        out.add(new Outcome("ceasefire_broker=" + casus.engine.run.Outcome.NO_BROKER, null, casus.engine.run.Outcome.NONE));
        for (int a = casus.engine.run.Outcome.DIRECT; a < actors.size(); a++) {
            final int slot = casus.engine.run.Outcome.brokerSlot(a);
            if (a != casus.engine.run.Outcome.NONE && points.stream().anyMatch(p -> p.brokers()[slot] > 0)) {
                out.add(new Outcome("ceasefire_broker=" + casus.engine.run.Outcome.brokerName(a, actors::get), null, a));
            }
        }
        return out;
    }
}
