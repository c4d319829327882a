package casus.server.game;

import casus.engine.event.DayEnded;
import casus.engine.event.Decided;
import casus.engine.event.EventFired;
import casus.engine.event.Narrative;
import casus.engine.event.Origin;
import casus.engine.event.RunEvent;
import casus.engine.model.Setting;
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

    void message(MessageDelivered m) {
        messages.add(m);
    }

    @Override
    public void dayBegins(World w) {
        today.clear();
    }

    @Override
    public void happened(World w, RunEvent e) {
        if (e instanceof EventFired f) {
            EventRecord r = EventRecord.newBuilder().setDay(w.day()).setId(f.event().id()).setText(Narrative.sentence(w, e))
                    .setInjected(f.injected()).build();
            events.add(r);
            today.add(r);
        } else if (e instanceof Decided d) {
            decision(w, d);
        } else if (!(e instanceof DayEnded)) {
            notes.add(Narrative.sentence(w, e));
        }
    }

    private void decision(World w, Decided d) {
        Setting s = w.setting();
        String state = s.actorId(d.actor());
        int i = d.chosen();
        DecisionRecord.Builder r = DecisionRecord.newBuilder().setDay(w.day()).setState(state).setDecision(d.key())
                .setOrigin(origin(d.origin()));
        if (i >= 0) {
            r.setOption(d.options().get(i).action().key(s)).setText(Narrative.sentence(w, d)).setReasons(Narrative.reasons(s, d, i))
                    .setQuiet(d.quiet());
        } else {
            r.setText(Narrative.sentence(w, d)).setQuiet(true);
        }
        decisions.add(r.build());
        int agent = d.agentChoice();
        if (d.origin() != Origin.AGENT && agent >= 0) {
            shadow.add(ShadowDecision.newBuilder().setDay(w.day()).setState(state).setDecision(d.key())
                    .setOption(d.options().get(agent).action().key(s)).setText(Narrative.action(w, d.options().get(agent).action()))
                    .setReasons(Narrative.reasons(s, d, agent)).setChosen(i >= 0 ? d.options().get(i).action().key(s) : "")
                    .setAgrees(agent == i).build());
        }
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
