package casus.client.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.client.command.CommandContext;
import casus.client.testing.FakeServer;
import casus.client.testing.RecordingConsole;
import casus.client.testing.Situations;
import casus.client.view.SessionView;
import casus.v1.ClientMessage;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionList;
import java.util.List;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

class PlayCompleterTest {
    final FakeServer server = new FakeServer();
    final SessionView view = new SessionView();
    final PlayCompleter completer = new PlayCompleter(new CommandContext(server, view, new RecordingConsole()));

    List<String> values(String... words) {
        return completer.candidates(List.of(words), words.length - 1).stream().map(Candidate::value).toList();
    }

    @Test
    void completes_command_names() {
        assertEquals(true, values("ta").containsAll(List.of("take", "takeback", "sessions", "do")));
    }

    @Test
    void completes_join_codes_from_the_servers_list() {
        server.answer(ClientMessage.KindCase.LIST_SESSIONS, m -> ServerMessage.newBuilder()
                .setSessionList(SessionList.newBuilder().addSessions(Situations.info())).build());

        assertEquals(List.of("WXYZ"), values("join", ""));
    }

    @Test
    void completes_free_states_for_take_and_played_ones_for_takeback() {
        view.joined(Situations.joined(Role.FACILITATOR, ""));

        assertEquals(List.of("ATK", "ALY"), values("take", ""));
        assertEquals(List.of("VIC"), values("takeback", ""));
        assertEquals(List.of("ATK", "VIC", "ALY", "all"), values("msg", ""));
    }

    @Test
    void completes_the_words_of_seat_and_the_sessions_with_a_seat_key_for_reclaim() {
        view.joined(Situations.joined(Role.FACILITATOR, ""));

        assertEquals(List.of("ATK", "VIC", "ALY"), values("seat", ""));
        assertEquals(List.of("to", "away"), values("seat", "VIC", ""));
        assertEquals(List.of("agent", "hold", "session"), values("seat", "VIC", "away", ""));
        assertEquals(List.of("alice"), values("seat", "VIC", "to", ""));

        casus.client.command.SeatKeys keys = casus.client.command.SeatKeys.memory();
        keys.keep("fake:0", Situations.SESSION, Situations.CODE, "VIC", "ana", "key");
        PlayCompleter withKeys = new PlayCompleter(new CommandContext(server, view, new RecordingConsole(), keys));
        assertEquals(List.of("WXYZ"), withKeys.candidates(List.of("reclaim", ""), 1).stream().map(Candidate::value).toList());
    }

    @Test
    void completes_an_option_part_by_part() {
        view.joined(Situations.joined(Role.PLAYER, "VIC"));
        view.actions(Situations.actions());

        assertEquals(List.of("request", "pass", "condemn"), values("do", ""));
        assertEquals(List.of("PACT"), values("do", "request", ""));
        assertEquals(List.of("Art.4"), values("do", "request", "PACT", ""));
        assertEquals(List.of("appeal", "diplomacy"), values("do", "pass", ""));
    }

    @Test
    void asks_for_todays_options_when_it_has_none() {
        view.joined(Situations.joined(Role.PLAYER, "VIC"));
        server.answer(ClientMessage.KindCase.LIST_ACTIONS, m -> ServerMessage.newBuilder().setActionList(Situations.actions()).build());

        assertEquals(List.of("request", "pass", "condemn"), values("do", "c"), "the line editor keeps those that match");
        assertEquals(ClientMessage.KindCase.LIST_ACTIONS, server.requests().get(0).getKindCase());
    }

    @Test
    void completes_option_names_and_the_values_of_options_that_have_few() {
        assertEquals(true, values("create", "border", "--m").contains("--mode"));
        assertEquals(List.of("turn", "realtime"), values("create", "x", "--mode", ""));
        assertEquals(List.of("day", "running", "end"), values("wait", ""));
    }

    @Test
    void completes_injectable_events_and_help_topics() {
        view.joined(Situations.joined(Role.FACILITATOR, ""));

        assertEquals(List.of("arms"), values("inject", ""));
        assertEquals(true, values("help", "").contains("report"));
    }
}
