package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Joined;
import casus.v1.KickClient;
import casus.v1.MemberInfo;
import casus.v1.Role;
import casus.v1.SeatBoard;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import casus.v1.StepSession;
import casus.v1.WhoControls;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facilitator's tools for a room: everyone listed, anyone kicked, several days stepped, the seat board pushed. */
class FacilitatorToolsIT {
    @TempDir
    Path data;

    private static Map<String, MemberInfo> members(TestClient c, String session) {
        return c.ok(ClientMessage.newBuilder().setWhoControls(WhoControls.newBuilder().setSessionId(session))).getControlList()
                .getMembersList().stream().collect(Collectors.toMap(MemberInfo::getName, m -> m));
    }

    private static ClientMessage.Builder step(String session, int days, int toDay) {
        return ClientMessage.newBuilder().setStepSession(StepSession.newBuilder().setSessionId(session).setDays(days).setToDay(toDay));
    }

    @Test
    void who_lists_every_member_the_board_says_who_is_ready_and_several_days_are_stepped() {
        try (ServerFixture server = ServerFixture.start(data);
             TestClient facilitator = server.facilitator();
             TestClient ana = server.client("ana");
             TestClient bob = server.client("bob");
             TestClient carl = server.client("carl")) {
            Joined created = ServerFixture.create(facilitator, "border-2022", 1, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            String session = created.getSession().getSessionId();
            String code = created.getSession().getJoinCode();
            ana.ok(Requests.join(code, Role.PLAYER));
            ana.ok(Requests.take(session, "ARM"));
            bob.ok(Requests.join(code, Role.SPECTATOR));
            carl.ok(Requests.join(code, Role.PLAYER));

            Map<String, MemberInfo> here = members(ana, session);
            assertEquals(List.of("ana", "bob", "carl", "facilitator"), here.keySet().stream().sorted().toList());
            assertEquals("ARM", here.get("ana").getState());
            assertEquals(Role.SPECTATOR, here.get("bob").getRole());
            assertEquals("", here.get("carl").getState());
            assertEquals(Role.FACILITATOR, here.get("facilitator").getRole());

            facilitator.ok(Requests.start(session));
            SeatBoard waiting = bob.push(m -> m.hasSeats() && m.getSeats().getWaitingFor().contains("ARM (ana) to be ready"),
                    TestClient.WAIT).getSeats();
            assertFalse(waiting.getSeats(0).getReady());
            ana.ok(Requests.submit(session, "ARM", false));
            ana.ok(Requests.submit(session, "ARM", true));
            SeatBoard ready = bob.push(m -> m.hasSeats() && m.getSeats().getSeatsList().stream()
                    .anyMatch(c -> c.getState().equals("ARM") && c.getReady()), TestClient.WAIT).getSeats();
            assertEquals("ana", ready.getSeatsList().stream().filter(c -> c.getState().equals("ARM")).findFirst().orElseThrow()
                    .getController());
            bob.tick(0, TestClient.WAIT);

            facilitator.ok(step(session, 3, 0));
            assertEquals(3, bob.tick(3, TestClient.WAIT).getDay(), "three days stepped at once");
            facilitator.ok(step(session, 0, 6));
            ServerMessage sixth = bob.push(m -> m.hasTickUpdate() && m.getTickUpdate().getDay() == 5, TestClient.WAIT);
            assertTrue(sixth.getTickUpdate().getTiming().getNextDueUnixMicros() == 0, "a turn with no deadline is due at no set time");
            assertTrue(facilitator.refused(step(session, 0, 3), ErrorCode.WRONG_PHASE).contains("played already"));
            assertTrue(facilitator.refused(step(session, 999, 0), ErrorCode.WRONG_PHASE).contains("are left to play"));

            facilitator.ok(ClientMessage.newBuilder().setKickClient(KickClient.newBuilder().setClientId(here.get("bob").getClientId())));
            assertEquals(ErrorCode.KICKED, bob.push(ServerMessage::hasError, TestClient.WAIT).getError().getCode());
            assertTrue(bob.awaitClosed(TestClient.WAIT), "a spectator is kicked as a player is");
        }
    }

    @Test
    void refusals_say_why_in_plain_words_and_orders_for_a_day_played_are_refused() {
        try (ServerFixture server = ServerFixture.start(data);
             TestClient facilitator = server.facilitator();
             TestClient ana = server.client("ana")) {
            Joined created = ServerFixture.create(facilitator, "border-2022", 1, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            String session = created.getSession().getSessionId();
            ana.ok(Requests.join(created.getSession().getJoinCode(), Role.PLAYER));
            ana.ok(Requests.take(session, "ARM"));
            facilitator.ok(Requests.start(session));
            ana.ok(Requests.submit(session, "ARM", true, "request:CSTO:Art.4:military-aid"));
            ana.tick(0, TestClient.WAIT);

            casus.v1.SubmitResult again = ana.ok(Requests.submit(session, "ARM", false, "request:CSTO:Art.4:military-aid")).getSubmitResult();
            String why = again.getResults(0).getReason();
            assertEquals(ErrorCode.ILLEGAL_ACTION, again.getResults(0).getCode());
            assertTrue(why.contains("ARM made that appeal already on day 0"), why);
            assertTrue(why.contains("today it may: ") && !why.contains("legal:"), why);

            String[][] refusals = {
                {"request:SHUSHA:defence clause:military-aid", "ARM is not a member of SHUSHA"},
                {"request:CSTO:Art.9:military-aid", "CSTO has no article Art.9"},
                {"vote-yes:M7", "no vote M7 is open"},
                {"accept:P99", "no ceasefire proposal P99 has been made"},
            };
            for (String[] r : refusals) {
                casus.v1.ChoiceResult refused = ana.ok(Requests.submit(session, "ARM", false, r[0])).getSubmitResult().getResults(0);
                assertEquals(ErrorCode.ILLEGAL_ACTION, refused.getCode(), r[0] + ": " + refused);
                assertTrue(refused.getReason().contains(" is not among ARM's options on day 1: " + r[1] + ";"), refused.getReason());
            }

            ClientMessage.Builder stale = Requests.submit(session, "ARM", true);
            stale.getSubmitActionsBuilder().setDay(0);
            assertTrue(ana.refused(stale, ErrorCode.WRONG_PHASE).contains("day 0 has played; the coming day is day 1"));
        }
    }
}
