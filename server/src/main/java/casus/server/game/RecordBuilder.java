package casus.server.game;

import casus.v1.ControlChange;
import casus.v1.EventRecord;
import casus.v1.FacilitatorAction;
import casus.v1.Happening;
import casus.v1.MessageDelivered;
import casus.v1.OutcomeSummary;
import casus.v1.SessionRecord;
import casus.v1.StateInfo;
import casus.v1.TickUpdate;
import java.util.List;

/** Gathers a session's whole record as its game goes: ticks, control, messages, facilitation. */
final class RecordBuilder {
    private final SessionRecord.Builder b = SessionRecord.newBuilder();

    RecordBuilder(String sessionId, String joinCode, casus.v1.SessionSettings settings, String title, String digest, List<StateInfo> states) {
        b.setSessionId(sessionId).setJoinCode(joinCode).setSettings(settings).setScenarioTitle(title).setScenarioDigest(digest)
                .addAllStates(states);
    }

    void opening(List<EventRecord> events, List<Happening> happenings) {
        b.addAllOpening(events).addAllOpeningHappenings(happenings);
    }

    void tick(TickUpdate facilitatorView) {
        b.addTicks(facilitatorView);
    }

    void control(ControlChange c) {
        b.addControl(c);
    }

    void message(MessageDelivered m) {
        b.addMessages(m);
    }

    void facilitation(int day, String kind, String text, long unixMillis) {
        b.addFacilitation(FacilitatorAction.newBuilder().setDay(day).setKind(kind).setText(text).setUnixMillis(unixMillis));
    }

    SessionRecord build(int day, boolean ended, OutcomeSummary outcome) {
        return b.clone().setDay(day).setEnded(ended).setOutcome(outcome).build();
    }
}
