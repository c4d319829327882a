package casus.server.game;

import casus.engine.action.ChoiceSet;
import casus.engine.model.EventDef;
import casus.engine.model.Setting;
import casus.engine.run.Narrative;
import casus.engine.run.Origin;
import casus.engine.run.Recorder;
import casus.engine.world.World;
import casus.v1.DecisionRecord;
import casus.v1.EventRecord;
import casus.v1.MessageDelivered;
import casus.v1.ShadowDecision;
import java.util.ArrayList;
import java.util.List;

/**
 * Listens to a session's run and gathers what the next tick update tells: events, every
 * decision with its reasons, what the agent would have chosen for states people hold, the
 * rules' notes and the messages sent. Also keeps the events of the day about to be played.
 */
final class TickCollector implements Recorder {
    private final List<EventRecord> events = new ArrayList<>();
    private final List<EventRecord> today = new ArrayList<>();
    private final List<DecisionRecord> decisions = new ArrayList<>();
    private final List<ShadowDecision> shadow = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<MessageDelivered> messages = new ArrayList<>();
    private boolean injecting;

    /** Marks the events fired until {@link #injected(boolean)} is called again as injected. */
    void injected(boolean on) {
        injecting = on;
    }

    void message(MessageDelivered m) {
        messages.add(m);
    }

    @Override
    public void dayBegins(World w) {
        today.clear();
    }

    @Override
    public void event(World w, EventDef e, String text) {
        EventRecord r = EventRecord.newBuilder().setDay(w.day()).setId(e.id()).setText(text).setInjected(injecting).build();
        events.add(r);
        today.add(r);
    }

    @Override
    public void decision(World w, ChoiceSet set, Origin origin) {
        Setting s = w.setting();
        String state = s.actorId(set.actor());
        String decision = set.key(s);
        int i = set.chosen();
        DecisionRecord.Builder d = DecisionRecord.newBuilder().setDay(w.day()).setState(state).setDecision(decision)
                .setOrigin(origin(origin));
        if (i >= 0) {
            d.setOption(set.action(i).key(s)).setText(Narrative.action(w, set, i)).setReasons(Narrative.reasons(w, set, i))
                    .setQuiet(set.actionKind(i).quiet());
        } else {
            d.setText("has no orders and takes no part").setQuiet(true);
        }
        decisions.add(d.build());
        int agent = set.agentChoice();
        if (origin != Origin.AGENT && agent >= 0) {
            shadow.add(ShadowDecision.newBuilder().setDay(w.day()).setState(state).setDecision(decision)
                    .setOption(set.action(agent).key(s)).setText(Narrative.action(w, set, agent))
                    .setReasons(Narrative.reasons(w, set, agent)).setChosen(i >= 0 ? set.action(i).key(s) : "")
                    .setAgrees(agent == i).build());
        }
    }

    @Override
    public void note(World w, String text) {
        notes.add(text);
    }

    static casus.v1.Origin origin(Origin o) {
        return switch (o) {
            case AGENT -> casus.v1.Origin.AGENT;
            case PERSON -> casus.v1.Origin.PERSON;
            case AGENT_FOR_PERSON -> casus.v1.Origin.AGENT_FOR_PERSON;
            case HELD -> casus.v1.Origin.HELD;
        };
    }

    /** The events of the day about to be played, injected ones included. */
    List<EventRecord> today() {
        return List.copyOf(today);
    }

    /** Takes the events gathered so far (the opening events, before the first tick). */
    List<EventRecord> takeEvents() {
        List<EventRecord> out = List.copyOf(events);
        events.clear();
        return out;
    }

    /** Moves everything gathered since the last tick into an update, facilitator's view. */
    void drainInto(casus.v1.TickUpdate.Builder u) {
        u.addAllEvents(events).addAllDecisions(decisions).addAllNotes(notes).addAllMessages(messages).addAllShadow(shadow);
        events.clear();
        decisions.clear();
        notes.clear();
        messages.clear();
        shadow.clear();
    }
}
