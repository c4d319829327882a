package casus.client.command;

import casus.client.net.RefusedException;
import casus.v1.ErrorCode;
import casus.v1.SeatReclaimed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reclaim}: takes your seat back with the seat key kept when you took it. */
@Command(name = "reclaim", description = "Take your seat back with the seat key this client kept when you took it: from another "
        + "terminal (the one that held it is closed), after the connection was lost for longer than the grace period, or after the "
        + "server restarted. Joins the session as a player if need be. Without CODE: the session joined, or the only one with a key "
        + "kept for this server.")
final class ReclaimCommand extends Seating {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", description = "The session's join code.")
    String code;

    ReclaimCommand(CommandContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        String server = ctx.remote().address();
        String session = code != null ? code : !ctx.view().joinCode().isEmpty() ? ctx.view().joinCode() : onlySession(server);
        List<SeatKeys.Kept> kept = ctx.seatKeys().of(server, session);
        if (kept.isEmpty()) {
            throw new UsageException("no seat key is kept for " + session + " on " + server + ": a key is kept when you take a state "
                    + "('take STATE'); without one, the facilitator can hand you your seat ('seat STATE to NAME')");
        }
        RefusedException last = null;
        List<String> others = new ArrayList<>();
        for (SeatKeys.Kept k : kept) {
            if (!k.name().equalsIgnoreCase(ctx.remote().name())) {
                others.add(k.state() + " (" + k.name() + ")");
                continue;
            }
            try {
                SeatReclaimed r = ctx.call(Requests.reclaim(session, k.key())).getSeatReclaimed();
                seated(r, k);
                return;
            } catch (RefusedException e) {
                if (e.code() != ErrorCode.BAD_SEAT_KEY) {
                    throw e;
                }
                // The seat was handed back, taken back or handed to someone else since: the key opens nothing now.
                ctx.seatKeys().forget(k.server(), k.sessionId(), k.state());
                last = e;
            }
        }
        if (last != null) {
            throw last;
        }
        throw new UsageException("the seat keys kept for " + session + " are for other names: " + String.join(", ", others)
                + "; start the client with --name as the one you took the seat under");
    }

    private void seated(SeatReclaimed r, SeatKeys.Kept k) {
        ctx.view().joined(r.getJoined());
        ctx.view().took(r.getBriefing());
        String state = r.getBriefing().getState();
        out().println("you play " + p().bold(state + " (" + r.getBriefing().getStateName() + ")") + " again from day "
                + r.getBriefing().getDay() + " in " + r.getJoined().getSession().getJoinCode()
                + (r.getReplaced() ? "; your other connection was closed" : "")
                + (r.getWasAway() ? "; while you were away " + (r.getJoined().getSituation().getBoard().getSeatsList().stream()
                        .anyMatch(c -> c.getState().equals(state) && c.getAbsent() == casus.v1.AbsentPolicy.AGENT_STANDS_IN)
                        ? "the agent played it" : "the day waited for you") : ""));
        keepKey(r.getBriefing());
        brief(r.getBriefing());
    }

    /** The only session with keys kept for this server, or a refusal listing them. */
    private String onlySession(String server) {
        Set<String> codes = new LinkedHashSet<>();
        for (SeatKeys.Kept k : ctx.seatKeys().of(server)) {
            codes.add(k.joinCode());
        }
        if (codes.size() == 1) {
            return codes.iterator().next();
        }
        throw new UsageException(codes.isEmpty() ? "no seat key is kept for " + server + "; a key is kept when you take a state"
                : "seat keys are kept for several sessions of " + server + ": " + String.join(", ", codes) + "; say which: 'reclaim CODE'");
    }
}
