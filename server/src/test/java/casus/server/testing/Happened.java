package casus.server.testing;

import casus.v1.Happening;
import casus.v1.TickUpdate;
import java.util.List;

/** What an update says happened, by kind: tests assert on happenings, not on their sentences. */
public final class Happened {
    private Happened() {
    }

    /** The happenings of one kind, in order. */
    public static List<Happening> of(TickUpdate u, Happening.Kind kind) {
        return u.getHappeningsList().stream().filter(h -> h.getKind() == kind).toList();
    }

    /** The decisions one state took, in order. */
    public static List<Happening> decisions(TickUpdate u, String state) {
        return of(u, Happening.Kind.DECISION).stream().filter(h -> h.getActor().equals(state)).toList();
    }
}
