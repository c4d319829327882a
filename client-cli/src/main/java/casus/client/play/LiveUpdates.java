package casus.client.play;

import casus.client.command.CommandContext;
import casus.client.command.Console;
import casus.client.command.Feed;
import casus.client.command.Requests;
import casus.client.command.SeatKeys;
import casus.client.net.ClientException;
import casus.client.net.RefusedException;
import casus.client.net.Remote;
import casus.client.render.UpdateFormatter;
import casus.client.view.SessionView;
import casus.v1.Briefing;
import casus.v1.ErrorCode;
import casus.v1.Joined;
import casus.v1.Role;
import casus.v1.SeatReclaimed;
import casus.v1.ServerMessage;
import casus.v1.Welcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server says on its own: each push updates the view and is printed above the prompt.
 * When the connection drops it says so, and once the client is back it rejoins the session and,
 * if the server had let the state go (or kept it for this person past the grace period), takes
 * it back with its seat key, or as a free state.
 */
public final class LiveUpdates implements Remote.Listener {
    private final SessionView view;
    private final Console console;
    private volatile CommandContext ctx;
    private volatile Runnable onGone = () -> { };

    public LiveUpdates(SessionView view, Console console) {
        this.view = view;
        this.console = console;
    }

    /** The commands' context, once there is one: the feed's detail and where to say the connection is gone. */
    public void attach(CommandContext c) {
        this.ctx = c;
    }

    /** What to do, besides saying so, when the connection is gone for good: wake a waiting prompt. */
    public void onGone(Runnable r) {
        this.onGone = r;
    }

    private UpdateFormatter formatter() {
        return new UpdateFormatter(console.palette(), console.width());
    }

    /**
     * Prints each push, then updates the view: a script waiting on the view (wait, watch) goes on
     * only once the update is printed, so its transcript reads in order.
     */
    @Override
    public void push(ServerMessage m) {
        switch (m.getKindCase()) {
            case TICK_UPDATE -> {
                if (m.getTickUpdate().getSessionId().equals(view.sessionId())) {
                    CommandContext c = ctx;
                    boolean full = c != null && c.feed() == Feed.FULL;
                    console.above(formatter().tick(m.getTickUpdate(), view.controlled(), full));
                }
                view.tick(m.getTickUpdate());
            }
            case NOTICE -> {
                if (m.getNotice().getSessionId().equals(view.sessionId())) {
                    console.above(formatter().notice(m.getNotice()));
                }
                String lost = view.notice(m.getNotice());
                CommandContext c = ctx;
                if (!lost.isEmpty() && c != null) {
                    // Taken back, or handed to someone else: its seat key opens nothing now.
                    c.forgetSeatKey(lost);
                }
            }
            case SEAT_HANDED -> {
                Briefing b = m.getSeatHanded().getBriefing();
                if (m.getSeatHanded().getSessionId().equals(view.sessionId())) {
                    view.took(b);
                    CommandContext c = ctx;
                    String trouble = c == null ? null : c.keepSeatKey(b);
                    List<String> lines = new ArrayList<>();
                    lines.add(console.palette().green("the facilitator hands you " + b.getState() + " (" + b.getStateName() + "): you play it"
                            + " from day " + b.getDay() + "; 'actions' lists its options"));
                    if (trouble != null) {
                        lines.add(console.palette().yellow(trouble));
                    }
                    console.above(lines);
                }
            }
            case SEATS -> {
                if (m.getSeats().getSessionId().equals(view.sessionId())) {
                    String waiting = view.seats(m.getSeats());
                    if (waiting != null && view.session() != null
                            && view.session().getSettings().getMode() == casus.v1.SessionMode.TURN_BASED) {
                        console.above(List.of(console.palette().dim("    " + waiting)));
                    }
                }
            }
            case MESSAGE_DELIVERED -> {
                console.above(formatter().message(m.getMessageDelivered()));
                view.message(m.getMessageDelivered());
            }
            case CHANNEL_NOTICE -> {
                if (m.getChannelNotice().getSessionId().equals(view.sessionId())) {
                    console.above(formatter().channel(m.getChannelNotice()));
                }
                view.channel(m.getChannelNotice());
            }
            case SESSION_ENDED -> {
                if (m.getSessionEnded().getSessionId().equals(view.sessionId())) {
                    List<String> lines = new ArrayList<>(formatter().ended(m.getSessionEnded()));
                    if (view.role() == Role.FACILITATOR) {
                        lines.add(console.palette().dim("      'report --out DIR' writes the after-action report"));
                    }
                    console.above(lines);
                }
                view.ended(m.getSessionEnded());
            }
            case ERROR -> console.above(List.of(console.palette().yellow("server: " + m.getError().getMessage())));
            default -> {
                // Pongs and replies that came too late need nothing.
            }
        }
    }

    @Override
    public void lost(String why) {
        console.above(List.of(console.palette().yellow("connection lost (" + why + "); reconnecting...")));
    }

    @Override
    public void reconnected(Welcome w) {
        view.me(w.getClientId());
        CommandContext c = ctx;
        String where = c == null ? "the server" : c.remote().address();
        console.above(List.of(console.palette().green("reconnected to " + where
                + (w.getResumed() ? "; the server kept your place" : "; the server had forgotten this client, so it joins again"))));
        if (c != null && view.joined()) {
            rejoin(c);
        }
    }

    @Override
    public void gone(String why) {
        CommandContext c = ctx;
        if (c != null) {
            c.gone(why);
        }
        view.released();
        console.above(List.of(console.palette().red("disconnected: " + why)));
        onGone.run();
    }

    /** Joins the session again for its whole situation, and takes the state back if the server let it go. */
    private void rejoin(CommandContext c) {
        String code = view.joinCode();
        Role role = view.role();
        String had = view.controlled();
        try {
            Joined j = c.remote().call(Requests.join(code, role)).getJoined();
            view.joined(j);
            String say = "back in " + code + " at day " + j.getSession().getDay();
            if (!had.isEmpty() && j.getControlledState().isEmpty()) {
                say += takeBack(c, j, had);
            } else if (!had.isEmpty()) {
                say += "; you still play " + had;
            }
            console.above(List.of(console.palette().green(say)));
        } catch (ClientException e) {
            console.above(List.of(console.palette().red("could not rejoin " + code + ": " + e.getMessage())));
        }
    }

    /** The state back: with its seat key when one is kept (its seat is kept past the grace period), else as a free state. */
    private String takeBack(CommandContext c, Joined j, String had) {
        String session = j.getSession().getSessionId();
        for (SeatKeys.Kept k : c.seatKeys().of(c.remote().address(), session)) {
            if (!k.state().equals(had)) {
                continue;
            }
            try {
                SeatReclaimed r = c.remote().call(Requests.reclaim(j.getSession().getJoinCode(), k.key())).getSeatReclaimed();
                view.joined(r.getJoined());
                view.took(r.getBriefing());
                return "; you play " + had + " again, with your seat key";
            } catch (ClientException e) {
                if (!(e instanceof RefusedException r && r.code() == ErrorCode.BAD_SEAT_KEY)) {
                    return "; " + had + " could not be taken back: " + e.getMessage();
                }
                c.forgetSeatKey(had);
            }
        }
        try {
            Briefing b = c.remote().call(Requests.take(session, had)).getBriefing();
            view.took(b);
            c.keepSeatKey(b);
            return "; you play " + had + " again";
        } catch (ClientException e) {
            return "; " + had + " could not be taken back: " + e.getMessage();
        }
    }
}
