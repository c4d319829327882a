package casus.engine.event;

import casus.engine.world.Motion;
import java.util.List;

/** A council voted a motion to its end: every member's vote, and whether it passed. */
public record MotionSettled(int day, int motion, int treaty, Motion.Kind kind, int requester, List<Motion.Vote> votes, boolean passed)
        implements RunEvent {
    public MotionSettled {
        votes = List.copyOf(votes);
    }
}
