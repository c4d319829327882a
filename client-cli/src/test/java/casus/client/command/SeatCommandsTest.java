package casus.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.FakeServer;
import casus.client.testing.RecordingConsole;
import casus.client.testing.Situations;
import casus.client.view.SessionView;
import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Role;
import casus.v1.SeatReclaimed;
import casus.v1.ServerMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seat key kept when a state is taken, 'reclaim' with it, and the facilitator's 'seat'. */
class SeatCommandsTest {
    static final String KEY = "k3y-of-ana-for-VIC-000000000000";

    @TempDir
    Path dir;
    final FakeServer server = new FakeServer();
    final RecordingConsole console = new RecordingConsole();
    final SessionView view = new SessionView();

    Shell shell(SeatKeys keys) {
        return new Shell(new CommandContext(server, view, console, keys));
    }

    void answersTake() {
        server.answer(ClientMessage.KindCase.TAKE_CONTROL, m -> ServerMessage.newBuilder()
                .setBriefing(Situations.briefing().toBuilder().setSeatKey(KEY)).build());
    }

    @Test
    void take_keeps_the_seat_key_in_a_file_only_its_owner_reads_and_release_forgets_it() throws Exception {
        SeatKeys keys = SeatKeys.in(dir.resolve("seats"));
        Shell shell = shell(keys);
        view.joined(Situations.joined(Role.PLAYER, ""));
        answersTake();

        assertTrue(shell.execute("take VIC").done(), console.printed());

        List<SeatKeys.Kept> kept = keys.of("fake:0", "wxyz");
        assertEquals(1, kept.size());
        assertEquals(new SeatKeys.Kept("fake:0", Situations.SESSION, Situations.CODE, "VIC", "ana", KEY, kept.get(0).keptAt()), kept.get(0));
        assertTrue(console.printed().contains("your seat key is kept: 'reclaim WXYZ' takes VIC back from another terminal"),
                console.printed());
        Path file = dir.resolve("seats").resolve(SeatKeys.file("fake:0", Situations.SESSION, "VIC"));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
        assertEquals(1, SeatKeys.in(dir.resolve("seats")).of("fake:0", Situations.SESSION).size(), "another run reads it");

        assertTrue(shell.execute("release").done());
        assertEquals(List.of(), keys.of("fake:0", "WXYZ"));
        assertFalse(Files.exists(file));
    }

    @Test
    void reclaim_sends_the_kept_key_and_plays_the_state_again() {
        SeatKeys keys = SeatKeys.memory();
        keys.keep("fake:0", Situations.SESSION, Situations.CODE, "VIC", "ana", KEY);
        server.answer(ClientMessage.KindCase.RECLAIM_SEAT, m -> ServerMessage.newBuilder().setSeatReclaimed(SeatReclaimed.newBuilder()
                .setJoined(Situations.joined(Role.PLAYER, "VIC")).setBriefing(Situations.briefing().toBuilder().setSeatKey(KEY))
                .setReplaced(true)).build());

        assertTrue(shell(keys).execute("reclaim").done(), console.printed());

        ClientMessage sent = server.requests().get(0);
        assertEquals(Situations.CODE, sent.getReclaimSeat().getJoinCode(), "the only session with a key kept");
        assertEquals(KEY, sent.getReclaimSeat().getSeatKey());
        assertEquals("VIC", view.controlled());
        assertEquals(Situations.SESSION, view.sessionId());
        assertTrue(console.printed().contains("you play VIC (Victim) again from day 3 in WXYZ; your other connection was closed"),
                console.printed());
    }

    @Test
    void a_key_that_opens_nothing_any_more_is_forgotten() {
        SeatKeys keys = SeatKeys.memory();
        keys.keep("fake:0", Situations.SESSION, Situations.CODE, "VIC", "ana", KEY);
        server.refuse(ClientMessage.KindCase.RECLAIM_SEAT, ErrorCode.BAD_SEAT_KEY, "this seat key opens no seat of session WXYZ");

        Outcome o = shell(keys).execute("reclaim wxyz");

        assertEquals("reclaim: refused (BAD_SEAT_KEY): this seat key opens no seat of session WXYZ", o.refusal());
        assertEquals(List.of(), keys.of("fake:0", "WXYZ"));
        assertEquals("reclaim: no seat key is kept for WXYZ on fake:0: a key is kept when you take a state ('take STATE'); without "
                + "one, the facilitator can hand you your seat ('seat STATE to NAME')", shell(keys).execute("reclaim WXYZ").refusal());
    }

    @Test
    void reclaim_skips_keys_kept_under_another_name() {
        SeatKeys keys = SeatKeys.memory();
        keys.keep("fake:0", Situations.SESSION, Situations.CODE, "VIC", "boris", KEY);

        Outcome o = shell(keys).execute("reclaim WXYZ");

        assertTrue(o.refusal().contains("are for other names: VIC (boris)"), o.refusal());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void join_says_when_a_seat_of_yours_can_be_reclaimed() {
        SeatKeys keys = SeatKeys.memory();
        keys.keep("fake:0", Situations.SESSION, Situations.CODE, "VIC", "ana", KEY);
        server.refuse(ClientMessage.KindCase.JOIN_SESSION, ErrorCode.NAME_TAKEN, "another player of session s-test is called ana");

        Outcome o = shell(keys).execute("join WXYZ");

        assertEquals("join: refused (NAME_TAKEN): another player of session s-test is called ana", o.refusal());
        assertTrue(console.printed().contains("you hold VIC in WXYZ: 'reclaim WXYZ' takes it back with its seat key"), console.printed());
    }

    @Test
    void seat_hands_a_seat_to_a_name_and_sets_what_it_does_while_its_player_is_away() {
        server.facilitator(true);
        view.joined(Situations.joined(Role.FACILITATOR, ""));
        Shell shell = shell(SeatKeys.memory());

        assertTrue(shell.execute("seat vic to dana").done(), console.printed());
        assertTrue(shell.execute("seat VIC away agent").done());
        assertTrue(shell.execute("seat VIC away hold").done());
        assertTrue(shell.execute("seat VIC away session").done());

        List<ClientMessage> sent = server.requests();
        assertEquals("VIC", sent.get(0).getHandSeat().getState());
        assertEquals("dana", sent.get(0).getHandSeat().getName());
        assertEquals(AbsentPolicy.AGENT_STANDS_IN, sent.get(1).getSetSeatAway().getAway());
        assertEquals(AbsentPolicy.HOLD, sent.get(2).getSetSeatAway().getAway());
        assertEquals(AbsentPolicy.ABSENT_POLICY_UNSPECIFIED, sent.get(3).getSetSeatAway().getAway());
        assertTrue(console.printed().contains("the agent plays VIC while its player is away"), console.printed());
        assertEquals("seat: 'seat STATE away' takes agent, hold or session, not 'maybe'", shell.execute("seat VIC away maybe").refusal());
        assertEquals("seat: 'seat STATE to NAME' or 'seat STATE away agent|hold|session', not 'for'",
                shell.execute("seat VIC for dana").refusal());
    }
}
