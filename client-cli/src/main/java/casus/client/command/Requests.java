package casus.client.command;

import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.EndSession;
import casus.v1.ExportRecord;
import casus.v1.HandSeat;
import casus.v1.InjectEvent;
import casus.v1.JoinSession;
import casus.v1.LeaveSession;
import casus.v1.ListActions;
import casus.v1.ListScenarios;
import casus.v1.ListSessions;
import casus.v1.PauseSession;
import casus.v1.ReclaimSeat;
import casus.v1.ReleaseControl;
import casus.v1.ResumeSession;
import casus.v1.RevokeControl;
import casus.v1.Role;
import casus.v1.SetSeatAway;
import casus.v1.StartSession;
import casus.v1.StepSession;
import casus.v1.TakeControl;
import casus.v1.WhoControls;

/** The requests the commands send, built in one place. */
public final class Requests {
    private Requests() {
    }

    public static ClientMessage.Builder channels(String session) {
        return ClientMessage.newBuilder().setListChannels(casus.v1.ListChannels.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder history(String session, String channel) {
        return ClientMessage.newBuilder().setReadChannel(casus.v1.ReadChannel.newBuilder().setSessionId(session).setChannel(channel));
    }

    public static ClientMessage.Builder say(String session, String channel, String text) {
        return ClientMessage.newBuilder().setSendMessage(casus.v1.SendMessage.newBuilder().setSessionId(session).setChannel(channel)
                .setText(text));
    }

    public static ClientMessage.Builder sessions() {
        return ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance());
    }

    public static ClientMessage.Builder scenarios() {
        return ClientMessage.newBuilder().setListScenarios(ListScenarios.getDefaultInstance());
    }

    public static ClientMessage.Builder join(String code, Role role) {
        return ClientMessage.newBuilder().setJoinSession(JoinSession.newBuilder().setJoinCode(code).setRole(role));
    }

    public static ClientMessage.Builder leave(String session) {
        return ClientMessage.newBuilder().setLeaveSession(LeaveSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder who(String session) {
        return ClientMessage.newBuilder().setWhoControls(WhoControls.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder take(String session, String state) {
        return ClientMessage.newBuilder().setTakeControl(TakeControl.newBuilder().setSessionId(session).setState(state));
    }

    public static ClientMessage.Builder release(String session) {
        return ClientMessage.newBuilder().setReleaseControl(ReleaseControl.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder actions(String session, String state) {
        return ClientMessage.newBuilder().setListActions(ListActions.newBuilder().setSessionId(session).setState(state));
    }

    public static ClientMessage.Builder start(String session) {
        return ClientMessage.newBuilder().setStartSession(StartSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder pause(String session) {
        return ClientMessage.newBuilder().setPauseSession(PauseSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder resume(String session) {
        return ClientMessage.newBuilder().setResumeSession(ResumeSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder step(String session) {
        return step(session, 1, 0);
    }

    /** Plays {@code days} days now, or until {@code toDay} is the next to play when it is positive. */
    public static ClientMessage.Builder step(String session, int days, int toDay) {
        return ClientMessage.newBuilder().setStepSession(StepSession.newBuilder().setSessionId(session).setDays(days).setToDay(toDay));
    }

    public static ClientMessage.Builder inject(String session, String event) {
        return ClientMessage.newBuilder().setInjectEvent(InjectEvent.newBuilder().setSessionId(session).setEventId(event));
    }

    public static ClientMessage.Builder revoke(String session, String state) {
        return ClientMessage.newBuilder().setRevokeControl(RevokeControl.newBuilder().setSessionId(session).setState(state));
    }

    /** Takes a seat back with its seat key, joining the session named by its join code (or id) as a player. */
    public static ClientMessage.Builder reclaim(String code, String seatKey) {
        return ClientMessage.newBuilder().setReclaimSeat(ReclaimSeat.newBuilder().setJoinCode(code).setSeatKey(seatKey));
    }

    public static ClientMessage.Builder hand(String session, String state, String name) {
        return ClientMessage.newBuilder().setHandSeat(HandSeat.newBuilder().setSessionId(session).setState(state).setName(name));
    }

    public static ClientMessage.Builder seatAway(String session, String state, AbsentPolicy away) {
        return ClientMessage.newBuilder().setSetSeatAway(SetSeatAway.newBuilder().setSessionId(session).setState(state).setAway(away));
    }

    public static ClientMessage.Builder end(String session) {
        return ClientMessage.newBuilder().setEndSession(EndSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder export(String session) {
        return ClientMessage.newBuilder().setExportRecord(ExportRecord.newBuilder().setSessionId(session));
    }
}
