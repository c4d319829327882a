package casus.server.testing;

import casus.v1.AbsentPolicy;
import casus.v1.ActionChoice;
import casus.v1.ClientMessage;
import casus.v1.CreateSession;
import casus.v1.JoinSession;
import casus.v1.ListActions;
import casus.v1.Role;
import casus.v1.SessionMode;
import casus.v1.SessionSettings;
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
}
