package casus.client.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.Play;
import casus.client.testing.LiveServer;
import casus.client.testing.PlayRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands from a script or standard input: run without a prompt, stopping at the first refused unless told to go on. */
class ScriptsIT {
    @TempDir
    Path dir;

    @Test
    void a_facilitator_sets_a_game_up_from_a_script_file() throws IOException {
        Path script = Files.writeString(dir.resolve("setup.casus"), """
                # Monday's rehearsal
                create border-2022 --seed 7 --mode realtime --tick-ms 500 --title "Monday rehearsal"

                speed 1000
                inject
                sessions
                """);
        try (LiveServer server = LiveServer.start(dir.resolve("data"))) {
            PlayRun r = PlayRun.run("", "--port", Integer.toString(server.port()), "--token", LiveServer.TOKEN, "--script", script.toString());

            assertEquals(0, r.status(), r::toString);
            assertTrue(r.out().contains("> create border-2022 --seed 7 --mode realtime --tick-ms 500 --title \"Monday rehearsal\"\n"
                    + "created session "), r.out());
            assertTrue(r.out().contains("> speed 1000\n"), r.out());
            assertTrue(r.out().contains("    notice tick length 1000 ms, deadline 0 ms\n"), "the server's notice prints as it comes:\n" + r.out());
            assertTrue(r.out().contains("pace: real time, a day every 1 s\n"), r.out());
            assertTrue(r.out().contains("kharkiv"), "inject lists the events:\n" + r.out());
            assertTrue(r.out().matches("(?s).*\\n[A-Z0-9]{4,}\\s+border-2022\\s+waiting to start\\s+0/21.*Monday rehearsal\\n.*"), r.out());
            assertFalse(r.out().contains("# Monday"), "comments are skipped");
            assertFalse(r.out().contains("\u001b["), "no colour in a script");
        }
    }

    @Test
    void stops_at_the_first_refused_command_with_status_2_naming_the_line() throws IOException {
        Path script = Files.writeString(dir.resolve("bad.casus"), "sessions\ntake ARM\nsessions\n");
        try (LiveServer server = LiveServer.start(dir.resolve("data"))) {
            PlayRun r = PlayRun.run("", "--port", Integer.toString(server.port()), "--script", script.toString());

            assertEquals(Play.BAD_INPUT, r.status(), r::toString);
            assertEquals("casus play: " + script + ":2: take: join a session first ('sessions' lists them)\n", r.err());
            assertEquals(2, r.out().split("> sessions", -1).length, "the third line never ran:\n" + r.out());
        }
    }

    @Test
    void goes_on_when_told_and_still_says_a_command_was_refused() {
        try (LiveServer server = LiveServer.start(dir.resolve("data"))) {
            PlayRun r = PlayRun.run("sessions\njoin NOPE\nsessions\n", "--port", Integer.toString(server.port()), "--keep-going");

            assertEquals(Play.BAD_INPUT, r.status(), r::toString);
            assertTrue(r.out().contains("join: refused (NO_SUCH_SESSION): no session 'NOPE'\n"), r.out());
            assertEquals(3, r.out().split("> sessions", -1).length, "both sessions ran:\n" + r.out());
            assertEquals("casus play: standard input: 1 command was refused\n", r.err());
        }
    }

    @Test
    void a_server_refusal_in_a_script_names_its_code() {
        try (LiveServer server = LiveServer.start(dir.resolve("data"))) {
            PlayRun r = PlayRun.run("create no-such-scenario\n", "--port", Integer.toString(server.port()), "--token", LiveServer.TOKEN);

            assertEquals(Play.BAD_INPUT, r.status(), r::toString);
            assertTrue(r.err().startsWith("casus play: standard input:1: create: refused (NO_SUCH_SCENARIO): "), r.err());
        }
    }
}
