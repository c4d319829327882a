package casus.server.session;

import casus.engine.model.Injectable;
import casus.server.api.Replies;
import casus.server.api.RequestException;
import casus.server.auth.Client;
import casus.v1.ChangeFacts;
import casus.v1.ClientMessage;
import casus.v1.ControlChange;
import casus.v1.ErrorCode;
import casus.v1.EventRecord;
import casus.v1.FactsInput;
import casus.v1.InjectInput;
import casus.v1.JournalInput;
import casus.v1.PaceInput;
import casus.v1.ServerMessage;
import casus.v1.SessionNotice;
import casus.v1.SessionPhase;
import casus.v1.SetTickLength;
import casus.v1.StepSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the facilitator asks of a session: pace it, shake it, take states back, end it, export it. */
final class FacilitatorRequests {
    private FacilitatorRequests() {
    }

    static ServerMessage handle(Session s, Client c, Peer peer, ClientMessage m) {
        long rid = m.getRequestId();
        return switch (m.getKindCase()) {
            case START_SESSION -> phase(s, rid, "start", SessionPhase.WAITING, SessionPhase.RUNNING);
            case PAUSE_SESSION -> phase(s, rid, "pause", SessionPhase.RUNNING, SessionPhase.PAUSED);
            case RESUME_SESSION -> phase(s, rid, "resume", SessionPhase.PAUSED, SessionPhase.RUNNING);
            case STEP_SESSION -> step(s, rid, m.getStepSession());
            case SET_TICK_LENGTH -> tickLength(s, rid, m.getSetTickLength());
            case INJECT_EVENT -> inject(s, rid, m.getInjectEvent().getEventId());
            case CHANGE_FACTS -> facts(s, rid, m.getChangeFacts());
            case REVOKE_CONTROL -> revoke(s, rid, m.getRevokeControl().getState());
            case END_SESSION -> {
                PlayerRequests.notEnded(s);
                s.end("ended by the facilitator");
                yield Replies.ack(rid);
            }
            case EXPORT_RECORD -> export(s, peer, rid, true);
            case CREATE_CHANNEL -> ChannelRequests.create(s, rid, m.getCreateChannel());
            case CHANGE_CHANNEL -> ChannelRequests.change(s, rid, m.getChangeChannel());
            case HAND_SEAT -> SeatRequests.hand(s, rid, m.getHandSeat());
            case SET_SEAT_AWAY -> SeatRequests.away(s, rid, m.getSetSeatAway());
            default -> throw new RequestException(ErrorCode.UNKNOWN_MESSAGE, Requests.kind(m) + " is not a facilitator request");
        };
    }

    private static ServerMessage phase(Session s, long rid, String kind, SessionPhase from, SessionPhase to) {
        if (s.phase != from) {
            throw new RequestException(ErrorCode.WRONG_PHASE, "cannot " + kind + " session " + s.id + ": it is "
                    + s.phase.name().toLowerCase(Locale.ROOT) + ", not " + from.name().toLowerCase(Locale.ROOT));
        }
        s.input(JournalInput.newBuilder().setPace(PaceInput.newBuilder().setKind(kind)));
        s.phase = to;
        if (to == SessionPhase.RUNNING) {
            s.pace.start(s.ctx.clock().nanos());
        } else {
            s.pace.stop();
        }
        s.notice(SessionNotice.newBuilder().setKind("phase").setText("the session is " + to.name().toLowerCase(Locale.ROOT)));
        return Replies.ack(rid);
    }

    private static ServerMessage step(Session s, long rid, StepSession st) {
        PlayerRequests.notEnded(s);
        if (s.phase == SessionPhase.RUNNING && s.pace.realTime()) {
            throw new RequestException(ErrorCode.WRONG_PHASE, "session " + s.id + " runs in real time; pause it before stepping");
        }
        int next = s.game.day() + s.stepsRequested;
        int left = s.game.days() - next;
        int days = st.getToDay() > 0 ? st.getToDay() - next : Math.max(1, st.getDays());
        if (st.getToDay() > 0 && days < 1) {
            throw new RequestException(ErrorCode.WRONG_PHASE, "day " + st.getToDay() + " has been played already; the next to play is day "
                    + next);
        }
        if (days > left) {
            throw new RequestException(ErrorCode.WRONG_PHASE, "only " + left + " day" + (left == 1 ? "" : "s") + " are left to play, not "
                    + days);
        }
        for (int i = 0; i < days; i++) {
            s.input(JournalInput.newBuilder().setPace(PaceInput.newBuilder().setKind("step")));
        }
        s.stepsRequested += days;
        return Replies.ack(rid);
    }

    private static ServerMessage tickLength(Session s, long rid, SetTickLength t) {
        PlayerRequests.notEnded(s);
        int min = s.ctx.settings().minTickMillis();
        RequestException.require(t.getTickMillis() == 0 || t.getTickMillis() >= min,
                "tick_millis must be at least " + min + " (or 0 to keep it), got " + t.getTickMillis());
        int tick = t.getTickMillis() == 0 ? s.settings.getTickMillis() : t.getTickMillis();
        s.input(JournalInput.newBuilder().setPace(PaceInput.newBuilder().setKind("tick-length").setTickMillis(tick)
                .setDeadlineMillis(t.getDeadlineMillis())));
        s.settings = s.settings.toBuilder().setTickMillis(tick).setDeadlineMillis(t.getDeadlineMillis()).build();
        s.pace.change(tick, t.getDeadlineMillis(), s.ctx.clock().nanos(), s.phase == SessionPhase.RUNNING);
        s.notice(SessionNotice.newBuilder().setKind("tick-length")
                .setText("tick length " + tick + " ms, deadline " + t.getDeadlineMillis() + " ms"));
        return Replies.ack(rid);
    }

    private static ServerMessage inject(Session s, long rid, String eventId) {
        PlayerRequests.notEnded(s);
        Injectable i = s.game.injectable(eventId);
        if (i == null) {
            List<String> ids = new ArrayList<>();
            s.game.setting().injectables().forEach(x -> ids.add(x.id()));
            throw new RequestException(ErrorCode.NO_SUCH_EVENT, "no injectable event '" + eventId + "' in " + s.game.setting().id()
                    + " (catalogue: " + (ids.isEmpty() ? "empty" : String.join(", ", ids)) + ")");
        }
        s.input(JournalInput.newBuilder().setInject(InjectInput.newBuilder().setEventId(eventId)));
        List<EventRecord> today = s.game.today();
        EventRecord fired = today.get(today.size() - 1);
        s.notice(SessionNotice.newBuilder().setKind("event").setEvent(fired).setText(fired.getText()));
        return Replies.ack(rid);
    }

    private static ServerMessage facts(Session s, long rid, ChangeFacts f) {
        PlayerRequests.notEnded(s);
        RequestException.require(f.getChangesCount() > 0, "no changes of facts given");
        try {
            s.game.checkFacts(f.getChangesList());
        } catch (IllegalArgumentException e) {
            throw new RequestException(ErrorCode.BAD_FACT, e.getMessage());
        }
        s.input(JournalInput.newBuilder().setFacts(FactsInput.newBuilder().addAllChanges(f.getChangesList())));
        List<String> said = new ArrayList<>();
        f.getChangesList().forEach(x -> said.add(x.getPath() + " = " + x.getValue()));
        s.notice(SessionNotice.newBuilder().setKind("facts").setText("the facilitator changes " + String.join(", ", said)));
        return Replies.ack(rid);
    }

    private static ServerMessage revoke(Session s, long rid, String state) {
        PlayerRequests.notEnded(s);
        int a = PlayerRequests.state(s, state);
        RequestException.require(!s.roster.seats[a].free(), state + " is played by the agent already");
        s.roster.free(a, ControlChange.Kind.REVOKED, "");
        return Replies.ack(rid);
    }

    /** Rebuilds the record from the journal in the background; the reply follows when it is done. */
    static ServerMessage export(Session s, Peer peer, long rid, boolean whole) {
        s.sync();
        RecordExport.send(s.ctx.background(), s.ctx.settings().maxServerFrameBytes(), s.id, s.journalFile(), whole, peer, rid);
        return null;
    }
}
