package casus.studies;

import casus.engine.run.Flag;
import casus.engine.study.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

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
        return of(slot -> points.stream().anyMatch(p -> p.brokers()[slot] > 0), actors);
    }

    /** The outcomes of a study whose runs, pooled over every point, are {@code pooled}. */
    public static List<Outcome> of(Tally pooled, List<String> actors) {
        long[] counts = new long[casus.engine.run.Outcome.brokerCodes(actors.size())];
        for (int a = casus.engine.run.Outcome.DIRECT; a < actors.size(); a++) {
            counts[casus.engine.run.Outcome.brokerSlot(a)] = pooled.brokerCount(a);
        }
        return of(slot -> counts[slot] > 0, actors);
    }

    private static List<Outcome> of(IntPredicate brokered, List<String> actors) {
        List<Outcome> out = new ArrayList<>();
        for (Flag f : Flag.values()) {
            out.add(new Outcome(f.key(), f, 0));
        }
        out.add(new Outcome("ceasefire_broker=" + casus.engine.run.Outcome.NO_BROKER, null, casus.engine.run.Outcome.NONE));
        for (int a = casus.engine.run.Outcome.DIRECT; a < actors.size(); a++) {
            final int slot = casus.engine.run.Outcome.brokerSlot(a);
            if (a != casus.engine.run.Outcome.NONE && brokered.test(slot)) {
                out.add(new Outcome("ceasefire_broker=" + casus.engine.run.Outcome.brokerName(a, actors::get), null, a));
            }
        }
        return out;
    }
}
