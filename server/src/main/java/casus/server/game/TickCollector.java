package casus.server.game;

import casus.engine.event.Decided;
import casus.engine.event.Narrative;
import casus.engine.event.Origin;
import casus.engine.event.RunEvent;
import casus.engine.model.Setting;
import casus.engine.run.Recorder;
import casus.engine.world.World;
import casus.v1.DecisionRecord;
import casus.v1.EventRecord;
import casus.v1.Happening;
import casus.v1.MessageDelivered;
import casus.v1.ShadowDecision;
import java.util.ArrayList;
import java.util.List;

/**
 * Listens to a session's run and gathers what the next tick update tells: everything that
 * happened, as happenings and in the older forms of 1.0 clients (events, decisions with their
 * reasons, notes), what the agent would have chosen for states people hold, and the messages
 * sent. Also keeps the events of the day about to be played.
 */
final class TickCollector implements Recorder {
    private final List<Happening> happenings = new ArrayList<>();
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
        Happening h = Happenings.ALL.of(w, e);
        happenings.add(h);
        switch (h.getKind()) {
            case EVENT_FIRED -> {
                EventRecord r = EventRecord.newBuilder().setDay(h.getDay()).setId(h.getEventId()).setText(h.getText())
                        .setInjected(h.getInjected()).build();
                events.add(r);
                today.add(r);
            }
            case DECISION -> decisions.add(DecisionRecord.newBuilder().setDay(h.getDay()).setState(h.getActor())
                    .setDecision(h.getDecision()).setOption(h.getOption()).setText(h.getText()).setReasons(h.getReasons())
                    .setOrigin(h.getOrigin()).setQuiet(h.getQuiet()).build());
            case DAY_ENDED -> {
            }
            default -> notes.add(h.getText());
        }
        if (e instanceof Decided d) {
            shadow(w, d);
        }
    }

    /** For a state a person holds: what its agent would have chosen, and why. */
    private void shadow(World w, Decided d) {
        Setting s = w.setting();
        int agent = d.agentChoice();
        if (d.origin() != Origin.AGENT && agent >= 0) {
            int i = d.chosen();
            shadow.add(ShadowDecision.newBuilder().setDay(w.day()).setState(s.actorId(d.actor())).setDecision(d.key())
                    .setOption(d.options().get(agent).action().key(s)).setText(Narrative.action(w, d.options().get(agent).action()))
                    .setReasons(Narrative.reasons(s, d, agent)).setChosen(i >= 0 ? d.options().get(i).action().key(s) : "")
                    .setAgrees(agent == i).build());
        }
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

    /** Takes the happenings gathered so far (the opening's, before the first tick). */
    List<Happening> takeHappenings() {
        List<Happening> out = List.copyOf(happenings);
        happenings.clear();
        return out;
    }

    /** Moves everything gathered since the last tick into an update, facilitator's view. */
    void drainInto(casus.v1.TickUpdate.Builder u) {
        u.addAllHappenings(happenings).addAllEvents(events).addAllDecisions(decisions).addAllNotes(notes).addAllMessages(messages)
                .addAllShadow(shadow);
        happenings.clear();
        events.clear();
        decisions.clear();
        notes.clear();
        messages.clear();
        shadow.clear();
    }
}
