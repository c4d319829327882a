package casus.client.testing;

import casus.v1.ActionList;
import casus.v1.Briefing;
import casus.v1.CatalogueEvent;
import casus.v1.Commitment;
import casus.v1.Control;
import casus.v1.Decision;
import casus.v1.EventRecord;
import casus.v1.Happening;
import casus.v1.Indicator;
import casus.v1.Joined;
import casus.v1.Option;
import casus.v1.Origin;
import casus.v1.Role;
import casus.v1.SessionInfo;
import casus.v1.SessionMode;
import casus.v1.SessionPhase;
import casus.v1.SessionSettings;
import casus.v1.Situation;
import casus.v1.StateInfo;
import casus.v1.TermValue;
import casus.v1.TickUpdate;

/**
 * A made-up session for tests: "Attacker" (ATK) fights "Victim" (VIC) for region R1; VIC is a
 * member of the treaty PACT with "Ally" (ALY); alice plays VIC.
 */
public final class Situations {
    public static final String SESSION = "s-test";
    public static final String CODE = "WXYZ";

    private Situations() {
    }

    static Indicator ind(String k, double v) {
        return Indicator.newBuilder().setKey(k).setValue(v).build();
    }

    public static SessionInfo info() {
        return SessionInfo.newBuilder().setSessionId(SESSION).setJoinCode(CODE).setPhase(SessionPhase.RUNNING).setDay(3).setDays(10)
                .setScenarioTitle("A test war")
                .setSettings(SessionSettings.newBuilder().setScenario("test-war").setSeed(7).setMode(SessionMode.TURN_BASED)).build();
    }

    public static Situation situation() {
        return Situation.newBuilder().setDay(3).setDate("2030-01-04").setPhase(SessionPhase.RUNNING)
                .addStates(StateInfo.newBuilder().setId("ATK").setName("Attacker"))
                .addStates(StateInfo.newBuilder().setId("VIC").setName("Victim"))
                .addStates(StateInfo.newBuilder().setId("ALY").setName("Ally"))
                .addIndicators(ind("day", 3)).addIndicators(ind("casualties", 1234)).addIndicators(ind("territory_changed_km2", 120))
                .addIndicators(ind("actors.ATK.power", 30)).addIndicators(ind("actors.ATK.forces_committed_elsewhere", 0))
                .addIndicators(ind("actors.ATK.stability", 0.8)).addIndicators(ind("actors.ATK.unrest", 0))
                .addIndicators(ind("actors.ATK.casualties", 400))
                .addIndicators(ind("actors.VIC.power", 9)).addIndicators(ind("actors.VIC.forces_committed_elsewhere", 0.1))
                .addIndicators(ind("actors.VIC.stability", 0.55)).addIndicators(ind("actors.VIC.unrest", 0))
                .addIndicators(ind("actors.VIC.casualties", 834))
                .addIndicators(ind("actors.ALY.power", 300)).addIndicators(ind("actors.ALY.forces_committed_elsewhere", 0.75))
                .addIndicators(ind("actors.ALY.stability", 0.75)).addIndicators(ind("actors.ALY.unrest", 0))
                .addIndicators(ind("actors.ALY.casualties", 0))
                .addIndicators(ind("regions.R1.control.ATK", 0.2)).addIndicators(ind("regions.R1.control.VIC", 0.8))
                .addIndicators(ind("regions.R1.control.ALY", 0))
                .addIndicators(ind("beliefs.VIC.ALY", 0.4)).addIndicators(ind("beliefs.VIC.PACT", 0.35))
                .addIndicators(ind("beliefs.VIC.OTHER", 0.5)).addIndicators(ind("beliefs.ATK.ALY", 0.2))
                .addIndicators(ind("treaties.PACT.credibility", 0.45)).addIndicators(ind("treaties.OTHER.credibility", 0.5))
                .addIndicators(ind("conflicts.C0.intensity", 1)).addIndicators(ind("conflicts.C0.severity", 0.42))
                .addIndicators(ind("conflicts.C0.phase", 0))
                .addControls(Control.newBuilder().setState("ATK"))
                .addControls(Control.newBuilder().setState("VIC").setController("alice").setClientId("c2").setConnected(true))
                .addControls(Control.newBuilder().setState("ALY"))
                .addEvents(EventRecord.newBuilder().setDay(3).setId("push").setText("The attacker pushes on")).build();
    }

    /** What a player joining sees. */
    public static Joined joined(Role role, String controlled) {
        return Joined.newBuilder().setSession(info()).setRole(role).setSituation(situation()).setControlledState(controlled)
                .addCatalogue(CatalogueEvent.newBuilder().setId("arms").setDescription("Arms reach the victim")).build();
    }

    public static Briefing briefing() {
        return Briefing.newBuilder().setState("VIC").setStateName("Victim").setDay(3)
                .addCommitments(Commitment.newBuilder().setKind("treaty").setText("member of PACT (The Pact): Art.4 collective defence"))
                .addCommitments(Commitment.newBuilder().setKind("war").setText("defends R1 against ATK (active)"))
                .setActions(actions()).build();
    }

    /** VIC's options for day 3: an appeal to PACT, or not; diplomacy. */
    public static ActionList actions() {
        return ActionList.newBuilder().setState("VIC").setDay(3)
                .addDecisions(Decision.newBuilder().setKey("appeal:PACT").setKind("appeal").setAdvice("request:PACT:Art.4")
                        .addOptions(Option.newBuilder().setKey("request:PACT:Art.4").setText("appeals for assistance under PACT Art.4")
                                .setUtility(0.42).setReasons("over pass: expected support +0.6")
                                .addTerms(TermValue.newBuilder().setTerm("expected_support").setLabel("expected support").setRaw(0.4).setWeighted(0.6))
                                .addTerms(TermValue.newBuilder().setTerm("legal_position").setLabel("legal position").setRaw(-0.1).setWeighted(-0.18)))
                        .addOptions(Option.newBuilder().setKey("pass:appeal:PACT").setText("does nothing").setUtility(0)))
                .addDecisions(Decision.newBuilder().setKey("diplomacy").setKind("diplomacy").setAdvice("pass:diplomacy")
                        .addOptions(Option.newBuilder().setKey("pass:diplomacy").setText("does nothing").setUtility(0))
                        .addOptions(Option.newBuilder().setKey("condemn:ATK").setText("condemns ATK").setUtility(-0.1)))
                .build();
    }

    /** A decision as an update tells it. */
    public static Happening decision(int day, String state, String decision, String option, String text, String reasons, Origin origin,
            boolean quiet) {
        return Happening.newBuilder().setDay(day).setKind(Happening.Kind.DECISION).setActor(state).setDecision(decision).setOption(option)
                .setText(text).setReasons(reasons).setOrigin(origin).setQuiet(quiet).build();
    }

    /**
     * Day 3 played: the attacker takes more of R1, VIC appeals, and its belief in ALY falls; the
     * next day opens with winter.
     */
    public static TickUpdate day3() {
        return TickUpdate.newBuilder().setSessionId(SESSION).setDay(3).setDate("2030-01-04")
                .addHappenings(decision(3, "ATK", "posture:C0", "attack:C0:high", "attacks R1 at full intensity", "over hold: territory +2.3",
                        Origin.AGENT, false))
                .addHappenings(decision(3, "VIC", "appeal:PACT", "request:PACT:Art.4", "appeals for assistance under PACT Art.4", "",
                        Origin.PERSON, false).toBuilder().setTreaty("PACT"))
                .addHappenings(decision(3, "ALY", "diplomacy", "pass:diplomacy", "does nothing", "", Origin.AGENT, true))
                .addHappenings(Happening.newBuilder().setDay(3).setKind(Happening.Kind.DAY_ENDED)
                        .setText("R1 ATK 30% · killed today 12, in all 1246").setKilledToday(12).setKilledInAll(1246)
                        .addFronts(Happening.Front.newBuilder().setConflict("C0").setRegion("R1").setAttacker("ATK").setAttackerShare(0.3)))
                .addChanged(ind("day", 4)).addChanged(ind("regions.R1.control.ATK", 0.3)).addChanged(ind("regions.R1.control.VIC", 0.7))
                .addChanged(ind("beliefs.VIC.ALY", 0.3))
                .addHappenings(Happening.newBuilder().setDay(4).setKind(Happening.Kind.EVENT_FIRED).setEventId("later").setText("Winter comes"))
                .build();
    }
}
