package casus.server.testing;

import casus.v1.AbsentPolicy;
import casus.v1.ActionChoice;
import casus.v1.ClientMessage;
import casus.v1.CreateSession;
import casus.v1.EndSession;
import casus.v1.ExportRecord;
import casus.v1.InjectEvent;
import casus.v1.JoinSession;
import casus.v1.ListActions;
import casus.v1.PauseSession;
import casus.v1.ReleaseControl;
import casus.v1.ResumeSession;
import casus.v1.Role;
import casus.v1.SessionMode;
import casus.v1.SendMessage;
import casus.v1.SessionSettings;
import casus.v1.SetTickLength;
import casus.v1.StartSession;
import casus.v1.StepSession;
import casus.v1.SubmitActions;
import casus.v1.TakeControl;

/** Requests tests send often, ready to send. */
public final class Requests {
    private Requests() {
    }

    public static ClientMessage.Builder create(String scenario, long seed, SessionMode mode, int tickMillis, int deadlineMillis,
            AbsentPolicy absent) {
        return ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setSettings(SessionSettings.newBuilder()
                .setScenario(scenario).setSeed(seed).setMode(mode).setTickMillis(tickMillis).setDeadlineMillis(deadlineMillis)
                .setAbsent(absent)));
    }

    public static ClientMessage.Builder join(String code, Role role) {
        return ClientMessage.newBuilder().setJoinSession(JoinSession.newBuilder().setJoinCode(code).setRole(role));
    }

    public static ClientMessage.Builder take(String session, String state) {
        return ClientMessage.newBuilder().setTakeControl(TakeControl.newBuilder().setSessionId(session).setState(state));
    }

    public static ClientMessage.Builder actions(String session, String state) {
        return ClientMessage.newBuilder().setListActions(ListActions.newBuilder().setSessionId(session).setState(state));
    }

    public static ClientMessage.Builder submit(String session, String state, boolean ready, String... options) {
        SubmitActions.Builder s = SubmitActions.newBuilder().setSessionId(session).setState(state).setReady(ready);
        for (String o : options) {
            s.addChoices(ActionChoice.newBuilder().setOption(o));
        }
        return ClientMessage.newBuilder().setSubmitActions(s);
    }

    public static ClientMessage.Builder start(String session) {
        return ClientMessage.newBuilder().setStartSession(StartSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder step(String session) {
        return ClientMessage.newBuilder().setStepSession(StepSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder pause(String session) {
        return ClientMessage.newBuilder().setPauseSession(PauseSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder resume(String session) {
        return ClientMessage.newBuilder().setResumeSession(ResumeSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder end(String session) {
        return ClientMessage.newBuilder().setEndSession(EndSession.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder tickLength(String session, int tickMillis, int deadlineMillis) {
        return ClientMessage.newBuilder().setSetTickLength(SetTickLength.newBuilder().setSessionId(session).setTickMillis(tickMillis)
                .setDeadlineMillis(deadlineMillis));
    }

    public static ClientMessage.Builder inject(String session, String eventId) {
        return ClientMessage.newBuilder().setInjectEvent(InjectEvent.newBuilder().setSessionId(session).setEventId(eventId));
    }

    public static ClientMessage.Builder message(String session, String text, String... to) {
        return ClientMessage.newBuilder().setSendMessage(SendMessage.newBuilder().setSessionId(session).setText(text)
                .addAllTo(java.util.List.of(to)));
    }

    public static ClientMessage.Builder say(String session, String channel, String text) {
        return ClientMessage.newBuilder().setSendMessage(SendMessage.newBuilder().setSessionId(session).setChannel(channel).setText(text));
    }

    public static ClientMessage.Builder channels(String session) {
        return ClientMessage.newBuilder().setListChannels(casus.v1.ListChannels.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder history(String session, String channel) {
        return ClientMessage.newBuilder().setReadChannel(casus.v1.ReadChannel.newBuilder().setSessionId(session).setChannel(channel));
    }

    /** The facilitator's new channel; {@code withFacilitator} makes the facilitator a member. */
    public static ClientMessage.Builder createChannel(String session, String name, boolean withFacilitator, String... states) {
        return ClientMessage.newBuilder().setCreateChannel(casus.v1.CreateChannel.newBuilder().setSessionId(session).setName(name)
                .addAllStates(java.util.List.of(states)).setFacilitator(withFacilitator));
    }

    public static ClientMessage.Builder closeChannel(String session, String name) {
        return ClientMessage.newBuilder().setChangeChannel(casus.v1.ChangeChannel.newBuilder().setSessionId(session).setChannel(name)
                .setClose(true));
    }

    public static ClientMessage.Builder release(String session) {
        return ClientMessage.newBuilder().setReleaseControl(ReleaseControl.newBuilder().setSessionId(session));
    }

    public static ClientMessage.Builder reclaim(String code, String seatKey) {
        return ClientMessage.newBuilder().setReclaimSeat(casus.v1.ReclaimSeat.newBuilder().setJoinCode(code).setSeatKey(seatKey));
    }

    public static ClientMessage.Builder hand(String session, String state, String name) {
        return ClientMessage.newBuilder().setHandSeat(casus.v1.HandSeat.newBuilder().setSessionId(session).setState(state).setName(name));
    }

    public static ClientMessage.Builder seatAway(String session, String state, AbsentPolicy away) {
        return ClientMessage.newBuilder().setSetSeatAway(casus.v1.SetSeatAway.newBuilder().setSessionId(session).setState(state)
                .setAway(away));
    }

    public static ClientMessage.Builder export(String session) {
        return ClientMessage.newBuilder().setExportRecord(ExportRecord.newBuilder().setSessionId(session));
    }
}
