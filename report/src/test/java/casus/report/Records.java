package casus.report;

import casus.v1.ControlChange;
import casus.v1.FacilitatorAction;
import casus.v1.Happening;
import casus.v1.Indicator;
import casus.v1.MessageDelivered;
import casus.v1.Origin;
import casus.v1.OutcomeFlag;
import casus.v1.OutcomeMetric;
import casus.v1.OutcomeSummary;
import casus.v1.SessionMode;
import casus.v1.SessionRecord;
import casus.v1.SessionSettings;
import casus.v1.ShadowDecision;
import casus.v1.StateInfo;
import casus.v1.TickUpdate;
import java.util.List;

/**
 * Session records for tests, built by hand: a three-day war between "Attacker" (ATK) and
 * "Victim" (VIC), with an ally (ALY) the victim appeals to; a person plays VIC from day 1. The
 * record carries what happened as happenings only, as the report reads it.
 */
final class Records {
    private Records() {
    }

    static Indicator ind(String key, double v) {
        return Indicator.newBuilder().setKey(key).setValue(v).build();
    }

    /** The indicators at the opening. */
    static List<Indicator> opening() {
        return List.of(ind("day", 0), ind("casualties", 0), ind("actors.VIC.stability", 0.8), ind("regions.R1.control.VIC", 1),
                ind("regions.R1.control.ATK", 0), ind("beliefs.VIC.ALY", 0.7), ind("beliefs.ATK.ALY", 0.2), ind("treaties.PACT.credibility", 0.6));
    }

    static Happening decision(int day, String state, String decision, String option, String text, String reasons, Origin origin,
            boolean quiet) {
        return Happening.newBuilder().setDay(day).setKind(Happening.Kind.DECISION).setActor(state).setDecision(decision).setOption(option)
                .setText(text).setReasons(reasons).setOrigin(origin).setQuiet(quiet).build();
    }

    static Happening dayEnded(int day, double share, double killedToday, double killedInAll) {
        return Happening.newBuilder().setDay(day).setKind(Happening.Kind.DAY_ENDED).setText("R1 ATK " + Math.round(100 * share) + "%")
                .setKilledToday(killedToday).setKilledInAll(killedInAll)
                .addFronts(Happening.Front.newBuilder().setConflict("C0").setRegion("R1").setAttacker("ATK").setAttackerShare(share)).build();
    }

    static Happening.Vote vote(String member, Happening.Vote.Ballot ballot) {
        return Happening.Vote.newBuilder().setMember(member).setBallot(ballot).build();
    }

    /**
     * Day 0 the attacker strikes; day 1 the victim's person appeals and the pact's council refuses
     * a deployment; day 2 arms are injected, the ally declines, and the ally brokers a ceasefire.
     */
    static SessionRecord war() {
        SessionRecord.Builder r = SessionRecord.newBuilder().setSessionId("s1").setJoinCode("WXYZ").setScenarioTitle("A test war")
                .setScenarioDigest("ab12")
                .setSettings(SessionSettings.newBuilder().setScenario("test-war").setSeed(7).setMode(SessionMode.TURN_BASED))
                .addStates(StateInfo.newBuilder().setId("ATK").setName("Attacker"))
                .addStates(StateInfo.newBuilder().setId("VIC").setName("Victim"))
                .addStates(StateInfo.newBuilder().setId("ALY").setName("Ally"))
                .addOpeningHappenings(Happening.newBuilder().setDay(0).setKind(Happening.Kind.EVENT_FIRED).setEventId("offensive")
                        .setActor("ATK").addRegions("R1").setText("The attacker's offensive begins"));
        r.addTicks(TickUpdate.newBuilder().setDay(0).setDate("2030-01-01")
                .addHappenings(decision(0, "ATK", "posture:C0", "attack:C0:high", "attacks R1 at high intensity", "territory +1.2",
                        Origin.AGENT, false))
                .addHappenings(decision(0, "VIC", "appeal:PACT", "pass:appeal:PACT", "does not appeal", "expected support -0.1", Origin.AGENT, true))
                .addHappenings(decision(0, "ALY", "diplomacy", "pass:diplomacy", "stays quiet", "", Origin.AGENT, true))
                .addHappenings(dayEnded(0, 0.1, 40, 40))
                .addChanged(ind("day", 1)).addChanged(ind("casualties", 40)).addChanged(ind("regions.R1.control.VIC", 0.9))
                .addChanged(ind("regions.R1.control.ATK", 0.1)).addChanged(ind("conflicts.C0.intensity", 1))
                .addChanged(ind("conflicts.C0.severity", 0.3)));
        r.addTicks(TickUpdate.newBuilder().setDay(1).setDate("2030-01-02")
                .addHappenings(decision(1, "ATK", "posture:C0", "attack:C0:high", "attacks R1 at high intensity", "territory +1.1",
                        Origin.AGENT, false))
                .addHappenings(decision(1, "VIC", "appeal:PACT", "request:PACT:Art.4", "appeals to PACT under Art.4 | urgently",
                        "expected support +0.4", Origin.PERSON, false))
                .addHappenings(decision(1, "ALY", "diplomacy", "pass:diplomacy", "stays quiet", "", Origin.AGENT, true))
                .addHappenings(Happening.newBuilder().setDay(1).setKind(Happening.Kind.MOTION_SETTLED).setTreaty("PACT").setMotion("M0")
                        .setMotionKind("deployment").setTarget("VIC").setPassed(false)
                        .setText("PACT council: a collective deployment for VIC (PACT) fails (yes: VIC; no: ALY; abstain: none)")
                        .addVotes(vote("VIC", Happening.Vote.Ballot.YES)).addVotes(vote("ALY", Happening.Vote.Ballot.NO)))
                .addHappenings(dayEnded(1, 0.2, 50, 90))
                .addShadow(ShadowDecision.newBuilder().setDay(1).setState("VIC").setDecision("appeal:PACT").setOption("pass:appeal:PACT")
                        .setText("does not appeal").setReasons("legal position +0.2").setChosen("request:PACT:Art.4").setAgrees(false))
                .addChanged(ind("day", 2)).addChanged(ind("casualties", 90)).addChanged(ind("regions.R1.control.VIC", 0.8))
                .addChanged(ind("regions.R1.control.ATK", 0.2)).addChanged(ind("conflicts.C0.severity", 0.5))
                .addChanged(ind("beliefs.VIC.ALY", 0.65)));
        r.addTicks(TickUpdate.newBuilder().setDay(2).setDate("2030-01-03").setLast(true)
                .addHappenings(Happening.newBuilder().setDay(2).setKind(Happening.Kind.EVENT_FIRED).setEventId("arms").setText("Arms arrive")
                        .setInjected(true))
                .addHappenings(decision(2, "ATK", "posture:C0", "hold", "holds", "cost +0.3", Origin.AGENT, true))
                .addHappenings(decision(2, "VIC", "diplomacy", "condemn:ATK", "condemns the attacker", "relations +0.1", Origin.PERSON, false))
                .addHappenings(decision(2, "ALY", "response:R0", "decline:R0", "declines the appeal", "escalation +0.6", Origin.AGENT, false))
                .addHappenings(Happening.newBuilder().setDay(2).setKind(Happening.Kind.CEASEFIRE_IN_FORCE).setConflict("C0").addRegions("R1")
                        .setActor("ATK").setTarget("VIC").setProposer("ALY").setProposal("P0")
                        .setText("ceasefire in force between ATK and VIC, brokered by ALY"))
                .addHappenings(Happening.newBuilder().setDay(2).setKind(Happening.Kind.DAY_ENDED).setText("killed today 0, in all 90")
                        .setKilledInAll(90))
                .addShadow(ShadowDecision.newBuilder().setDay(2).setState("VIC").setDecision("diplomacy").setOption("condemn:ATK")
                        .setText("condemns the attacker").setReasons("relations +0.1").setChosen("condemn:ATK").setAgrees(true))
                .addChanged(ind("day", 3)).addChanged(ind("conflicts.C0.intensity", 0)).addChanged(ind("beliefs.VIC.ALY", 0.4)));
        r.addControl(ControlChange.newBuilder().setDay(1).setState("VIC").setClientId("c2").setClientName("alice").setKind(ControlChange.Kind.TAKEN));
        r.addMessages(MessageDelivered.newBuilder().setDay(1).setFromState("VIC").setFromName("alice").addTo("ALY").setText("Help us, | now"));
        r.addMessages(MessageDelivered.newBuilder().setDay(1).setFromState("ALY").setFromName("bob").setChannel("PACT").addTo("ALY")
                .addTo("VIC").setText("We stand by Art.4"));
        r.addMessages(MessageDelivered.newBuilder().setDay(2).setFromName("facilitator").setText("Two days left"));
        r.addChannels(casus.v1.Channel.newBuilder().setName("PACT").setTreaty("PACT").addStates("ALY").addStates("VIC").setMessages(1));
        r.addChannels(casus.v1.Channel.newBuilder().setName("OTHER").setTreaty("OTHER").addStates("ATK"));
        r.addChannels(casus.v1.Channel.newBuilder().setName("white-cell").addStates("VIC").setFacilitator(true).setClosed(true));
        r.addFacilitation(FacilitatorAction.newBuilder().setDay(0).setKind("start").setText("started"));
        r.addFacilitation(FacilitatorAction.newBuilder().setDay(2).setKind("inject").setText("injected arms: Arms arrive"));
        r.addFacilitation(FacilitatorAction.newBuilder().setDay(3).setKind("end").setText("ended: the scenario's last day was played"));
        r.setOutcome(OutcomeSummary.newBuilder().setCeasefireBroker("ALY")
                .addFlags(OutcomeFlag.newBuilder().setKey("assistance_requested").setValue(true))
                .addMetrics(OutcomeMetric.newBuilder().setKey("casualties").setValue(90)));
        return r.setEnded(true).setDay(3).build();
    }
}
