package casus.server.session;

import casus.v1.Control;
import casus.v1.SeatBoard;
import casus.v1.SessionPhase;
import java.util.ArrayList;
import java.util.List;

/** The seat board of a session: every state's seat, and in plain words what the day waits for. */
final class SeatBoards {
    private SeatBoards() {
    }

    static SeatBoard of(Session s) {
        SeatBoard.Builder b = SeatBoard.newBuilder().setSessionId(s.id).setDay(s.game.day()).setPhase(s.phase);
        List<String> notReady = new ArrayList<>();
        int held = 0;
        int standIns = 0;
        for (int a = 0; a < s.roster.seats.length; a++) {
            Control c = s.roster.control(a);
            b.addSeats(c);
            if (c.getHeldFor().isEmpty()) {
                continue;
            }
            if (!s.game.turn().waitsFor(a)) {
                // Away, and the agent plays it meanwhile: the day does not wait for it.
                standIns++;
                continue;
            }
            held++;
            if (!c.getReady()) {
                notReady.add(c.getState() + " (" + c.getController() + (c.getAway() ? ", away" : "") + ")");
            }
        }
        return b.setWaitingFor(waitingFor(s, held, standIns, notReady)).build();
    }

    /**
     * What the day waits for, in words: {@code held} seats it waits for, {@code standIns} seats
     * away whose agent plays meanwhile, and of the first those not ready.
     */
    static String waitingFor(Session s, int held, int standIns, List<String> notReady) {
        if (s.failure() != null) {
            return "the session has stopped: " + s.failure() + "; restarting the server recovers it";
        }
        if (s.phase == SessionPhase.ENDED) {
            return "the session has ended";
        }
        if (s.phase == SessionPhase.WAITING) {
            return "waiting for the facilitator to start the session";
        }
        if (s.phase == SessionPhase.PAUSED) {
            return "paused: waiting for the facilitator to resume";
        }
        if (s.pace.realTime()) {
            return "running: a day every " + seconds(s.settings.getTickMillis());
        }
        String otherwise = s.settings.getDeadlineMillis() > 0 ? "the deadline" : "the facilitator to step";
        if (held == 0) {
            return "waiting for " + otherwise + (standIns == 0 ? " (nobody plays a state)"
                    : " (the agent plays for every player away, and nobody else plays a state)");
        }
        if (notReady.isEmpty()) {
            return "every player is ready: the day plays now";
        }
        return "waiting for " + and(notReady) + " to be ready, or for " + otherwise;
    }

    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String seconds(int millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
