package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.ServerSettings;
import casus.server.journal.SessionReplay;
import casus.server.testing.Happened;
import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ActionList;
import casus.v1.Briefing;
import casus.v1.ClientMessage;
import casus.v1.Decision;
import casus.v1.DecisionRecord;
import casus.v1.ErrorCode;
import casus.v1.ExportRecord;
import casus.v1.Happening;
import casus.v1.Joined;
import casus.v1.Origin;
import casus.v1.ReleaseControl;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionEnded;
import casus.v1.SessionMode;
import casus.v1.SessionPhase;
import casus.v1.SessionRecord;
import casus.v1.SubmitResult;
import casus.v1.TickUpdate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A turn-based session played to its end by two players, a spectator and the facilitator: the
 * tick runs when both players are ready; one player hands its state back to the agent in the
 * middle and takes another over with a briefing; everyone gets every update and the outcome; the
 * journal replays to the chronicle the live session wrote and to the record the facilitator
 * exports.
 */
class TurnBasedSessionIT {
    @TempDir
    Path data;

    @Test
    void session_played_to_the_end_by_two_players_a_spectator_and_the_facilitator() throws Exception {
        try (ServerFixture server = ServerFixture.start(data);
             TestClient facilitator = server.facilitator();
             TestClient alice = server.client("alice");
             TestClient bob = server.client("bob");
             TestClient carol = server.client("carol")) {
            Joined created = ServerFixture.create(facilitator, "border-2022", 11, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            String session = created.getSession().getSessionId();
            String code = created.getSession().getJoinCode();
            assertEquals(SessionPhase.WAITING, created.getSession().getPhase());
            assertFalse(created.getCatalogueList().isEmpty(), "the facilitator sees the shocks it may inject");

            Joined aliceJoined = alice.ok(Requests.join(code, Role.PLAYER)).getJoined();
            assertEquals(0, aliceJoined.getSituation().getDay());
            assertFalse(aliceJoined.getSituation().getEventsList().isEmpty(), "day 0's events are told on joining");
            bob.ok(Requests.join(code, Role.PLAYER));
            carol.ok(Requests.join(code.toLowerCase(), Role.SPECTATOR));

            Briefing arm = alice.ok(Requests.take(session, "ARM")).getBriefing();
            assertEquals("ARM", arm.getState());
            assertEquals(9, arm.getPreferencesCount());
            assertTrue(arm.getCommitmentsList().stream().anyMatch(c -> c.getText().startsWith("member of CSTO")), arm.toString());
            assertFalse(arm.getActions().getDecisionsList().isEmpty());
            bob.ok(Requests.take(session, "AZE"));
            carol.refused(Requests.take(session, "RUS"), ErrorCode.FORBIDDEN);
            bob.refused(Requests.take(session, "ARM"), ErrorCode.ALREADY_CONTROLLING);

            facilitator.ok(Requests.start(session));
            List<TickUpdate> seenByCarol = new ArrayList<>();
            boolean bobHandedBack = false;
            List<TickUpdate> seenByFacilitator = new ArrayList<>();
            boolean bobTookKazakhstan = false;
            int days = created.getSession().getDays();
            for (int day = 0; day < days; day++) {
                if (day == 6 && !bobHandedBack) {
                    bob.ok(ClientMessage.newBuilder().setReleaseControl(ReleaseControl.newBuilder().setSessionId(session)));
                    bobHandedBack = true;
                } else if (day == 9 && !bobTookKazakhstan) {
                    Briefing kaz = bob.ok(Requests.take(session, "KAZ")).getBriefing();
                    List<DecisionRecord> told = seenByFacilitator.subList(day - ServerSettings.DEFAULT_RECENT_DAYS, day).stream()
                            .flatMap(u -> u.getDecisionsList().stream()).filter(d -> d.getState().equals("KAZ")).toList();
                    assertFalse(told.isEmpty(), "a member of the CSTO decides on its appeal every day");
                    assertEquals(told, kaz.getRecentDecisionsList(), "the briefing recalls the agent's decisions of the last days");
                    assertTrue(kaz.getRecentDecisionsList().stream().allMatch(d -> d.getOrigin() == Origin.AGENT));
                    bobTookKazakhstan = true;
                }
                order(alice, session, "ARM", day);
                if (day < 6) {
                    order(bob, session, "AZE", day);
                } else if (day >= 9) {
                    order(bob, session, "KAZ", day);
                }
                TickUpdate forAlice = alice.tick(day, TestClient.WAIT);
                TickUpdate forFacilitator = facilitator.tick(day, TestClient.WAIT);
                TickUpdate forCarol = carol.tick(day, TestClient.WAIT);
                seenByCarol.add(forCarol);
                seenByFacilitator.add(forFacilitator);
                assertEquals(day, forAlice.getDay());
                assertEquals(forAlice.getHappeningsList(), forCarol.getHappeningsList(), "players and spectators see the same update");
                assertEquals(forAlice.getHappeningsList(), forFacilitator.getHappeningsList(), "and the facilitator the same happenings");
                assertEquals(0, forAlice.getShadowCount(), "a player never sees the agents' shadow decisions");
                for (Happening d : Happened.of(forFacilitator, Happening.Kind.DECISION)) {
                    if (d.getActor().equals("ARM")) {
                        assertEquals(Origin.PERSON, d.getOrigin(), d.toString());
                        assertTrue(forFacilitator.getShadowList().stream().anyMatch(x -> x.getState().equals("ARM")
                                && x.getDecision().equals(d.getDecision())), "the facilitator sees what the agent would have done");
                    }
                    if (d.getActor().equals("KAZ")) {
                        assertEquals(day >= 9 ? Origin.PERSON : Origin.AGENT, d.getOrigin(), "day " + day + ": " + d);
                    }
                    if (d.getActor().equals("AZE") && day >= 6) {
                        assertEquals(Origin.AGENT, d.getOrigin(), "the agent resumes AZE after it is handed back: " + d);
                    }
                }
            }
            for (TestClient c : List.of(alice, bob, carol, facilitator)) {
                SessionEnded end = c.push(ServerMessage::hasSessionEnded, TestClient.WAIT).getSessionEnded();
                assertEquals("the scenario's last day was played", end.getReason());
                assertTrue(end.getOutcome().getFlagsCount() > 0);
            }
            assertEquals(days, seenByCarol.size());
            assertTrue(seenByCarol.get(days - 1).getLast());

            SessionRecord exported = facilitator.ok(ClientMessage.newBuilder().setExportRecord(ExportRecord.newBuilder()
                    .setSessionId(session))).getSessionRecord();
            Path dir = data.resolve("sessions").resolve(session);
            assertEquals(SessionReplay.record(dir), exported, "the live export equals the record replayed offline");
            assertEquals(days, exported.getTicksCount());
            assertTrue(exported.getEnded());
            assertEquals(4, exported.getControlCount(), "ARM and AZE taken, AZE released, KAZ taken");
            String live = Files.readString(SessionReplay.chronicleFile(dir), StandardCharsets.UTF_8);
            assertTrue(live.contains("[player]"), live);
            assertEquals(live, SessionReplay.chronicle(dir), "the replay prints the live chronicle, byte for byte");
        }
    }

    /** Chooses for every decision of the day: the agent's advice, except that ARM passes on diplomacy. */
    private static void order(TestClient player, String session, String state, int day) {
        ActionList actions = player.ok(Requests.actions(session, state)).getActionList();
        assertEquals(day, actions.getDay());
        List<String> options = new ArrayList<>();
        for (Decision d : actions.getDecisionsList()) {
            String pick = d.getAdvice();
            if (state.equals("ARM") && d.getKey().equals("diplomacy")) {
                pick = "pass:diplomacy";
            }
            options.add(pick);
        }
        SubmitResult r = player.ok(Requests.submit(session, state, true, options.toArray(String[]::new))).getSubmitResult();
        assertTrue(r.getResultsList().stream().allMatch(x -> x.getAccepted()), r.toString());
        assertTrue(r.getReady());
    }
}
