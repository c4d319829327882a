package casus.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.FakeServer;
import casus.client.testing.RecordingConsole;
import casus.client.testing.Situations;
import casus.client.view.SessionView;
import casus.v1.ClientMessage;
import casus.v1.ErrorCode;
import casus.v1.Role;
import casus.v1.ServerMessage;
import org.junit.jupiter.api.Test;

class ShellTest {
    final FakeServer server = new FakeServer();
    final RecordingConsole console = new RecordingConsole();
    final SessionView view = new SessionView();
    final Shell shell = new Shell(new CommandContext(server, view, console));

    @Test
    void an_unknown_command_is_refused_with_the_nearest_names() {
        Outcome o = shell.execute("tak VIC");

        assertFalse(o.done());
        assertEquals("no command 'tak' (did you mean take or say or takeback?); 'help' lists them", o.refusal());
    }

    @Test
    void the_client_refuses_what_needs_a_session_before_one_is_joined() {
        Outcome o = shell.execute("take VIC");

        assertEquals("take: join a session first ('sessions' lists them)", o.refusal());
        assertTrue(server.requests().isEmpty(), "nothing was sent");
    }

    @Test
    void a_missing_argument_is_refused_with_where_to_look() {
        Outcome o = shell.execute("join");

        assertEquals("join: Missing required parameter: 'CODE'; 'help join' tells how", o.refusal());
    }

    @Test
    void the_servers_refusal_is_one_line_with_its_code() {
        view.joined(Situations.joined(Role.PLAYER, ""));
        server.refuse(ClientMessage.KindCase.TAKE_CONTROL, ErrorCode.STATE_TAKEN, "VIC is controlled by bob");

        Outcome o = shell.execute("take vic");

        assertEquals("take: refused (STATE_TAKEN): VIC is controlled by bob", o.refusal());
        assertEquals("VIC", server.requests().get(0).getTakeControl().getState(), "the state's id in any case");
        assertTrue(console.printed().contains("take: refused (STATE_TAKEN): VIC is controlled by bob\n"));
    }

    @Test
    void a_state_that_is_not_in_the_session_is_refused_naming_those_that_are() {
        view.joined(Situations.joined(Role.PLAYER, ""));

        assertEquals("take: no state 'XYZ' in this session (states: ATK, VIC, ALY)", shell.execute("take XYZ").refusal());
    }

    @Test
    void do_sends_the_option_its_words_name() {
        view.joined(Situations.joined(Role.PLAYER, "VIC"));
        server.answer(ClientMessage.KindCase.SUBMIT_ACTIONS, m -> ServerMessage.newBuilder().setSubmitResult(casus.v1.SubmitResult.newBuilder()
                .setDay(3).addResults(casus.v1.ChoiceResult.newBuilder().setAccepted(true)
                        .setChoice(m.getSubmitActions().getChoices(0).toBuilder().setDecision("appeal:PACT")))).build());

        Outcome o = shell.execute("do request PACT Art.4");

        assertTrue(o.done(), o.refusal());
        assertEquals("request:PACT:Art.4", server.requests().get(0).getSubmitActions().getChoices(0).getOption());
        assertTrue(console.printed().contains("VIC appeal:PACT -> request:PACT:Art.4 (day 3)"), console.printed());
    }

    @Test
    void do_takes_the_decision_after_the_option() {
        view.joined(Situations.joined(Role.PLAYER, "VIC"));
        server.answer(ClientMessage.KindCase.SUBMIT_ACTIONS, m -> ServerMessage.newBuilder().setSubmitResult(casus.v1.SubmitResult.newBuilder()
                .setDay(3).addResults(casus.v1.ChoiceResult.newBuilder().setAccepted(true).setChoice(m.getSubmitActions().getChoices(0)))).build());

        assertTrue(shell.execute("do pass appeal PACT --decision appeal:PACT --ready").done());

        casus.v1.SubmitActions s = server.requests().get(0).getSubmitActions();
        assertEquals("pass:appeal:PACT", s.getChoices(0).getOption());
        assertEquals("appeal:PACT", s.getChoices(0).getDecision());
        assertTrue(s.getReady());
    }

    @Test
    void a_message_keeps_its_words_even_when_they_look_like_flags() {
        view.joined(Situations.joined(Role.PLAYER, "VIC"));

        assertTrue(shell.execute("msg ATK,ALY -- stop now --please").done());

        casus.v1.SendMessage m = server.requests().get(0).getSendMessage();
        assertEquals(java.util.List.of("ATK", "ALY"), m.getToList());
        assertEquals("-- stop now --please", m.getText());
    }

    @Test
    void quit_ends_the_session_of_commands() {
        assertTrue(shell.execute("exit").quit());
    }

    @Test
    void help_lists_every_command_by_group() {
        shell.execute("help");

        String s = console.printed();
        for (Commands.Entry e : Commands.all()) {
            assertTrue(s.contains("  " + e.name() + " "), "help lists " + e.name() + ":\n" + s);
        }
        assertTrue(s.contains("Facilitating (with the token)"));
    }
}
