package casus.client.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import casus.client.testing.LiveServer;
import casus.client.testing.ScriptedClient;
import casus.client.testing.Tmux;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * casus play in a real pseudo-terminal, under tmux, against a real server: Tab completes
 * commands, join codes, states and options; an update that arrives while a line is being typed
 * prints above the prompt and the line stays as it was; colour at a terminal, none with NO_COLOR.
 */
class TerminalIT {
    @TempDir
    Path dir;

    @BeforeAll
    static void tmuxIsHere() {
        assumeTrue(Tmux.available(), "tmux is not installed here; .ci/run installs it");
    }

    static String jar() {
        String jar = System.getProperty("casus.play.jar", "target/casus-play.jar");
        assertTrue(Files.isRegularFile(Path.of(jar)), "no client jar at " + jar + "; it is built in the package phase");
        return Path.of(jar).toAbsolutePath().toString();
    }

    String[] client(int port, String... env) {
        List<String> c = new java.util.ArrayList<>(List.of(env));
        c.addAll(List.of("HOME=" + dir, System.getProperty("java.home") + "/bin/java", "-jar", jar(), "--port", Integer.toString(port),
                "--name", "tess"));
        return c.toArray(new String[0]);
    }

    static boolean prompt(List<String> rows, String expected) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!rows.get(i).isBlank()) {
                return rows.get(i).stripTrailing().equals(expected);
            }
        }
        return false;
    }

    @Test
    void tab_completes_and_updates_print_above_the_line_being_typed() throws Exception {
        try (LiveServer server = LiveServer.start(dir.resolve("data"));
             ScriptedClient facilitator = ScriptedClient.facilitator(server.port());
             Tmux terminal = Tmux.start(dir, client(server.port(), "-u", "NO_COLOR"))) {
            // Listed, so that a client that has not joined it may complete its code.
            facilitator.send("create border-2022 --seed 2 --listed");
            String code = facilitator.await(v -> !v.joinCode().isEmpty()).joinCode();
            terminal.awaitText("'help' lists the commands; Tab completes them.");
            terminal.await(rows -> prompt(rows, "casus>"), "the prompt", 20_000);

            terminal.type("jo");
            terminal.keys("Tab");
            terminal.await(rows -> prompt(rows, "casus> join"), "join completed", 10_000);

            terminal.type(code.substring(0, 3));
            terminal.keys("Tab");
            terminal.await(rows -> prompt(rows, "casus> join " + code), "the join code completed", 10_000);
            terminal.keys("Enter");
            terminal.awaitText("joined " + code + " as player");
            terminal.await(rows -> prompt(rows, "casus " + code + ">"), "the session's prompt", 10_000);

            terminal.type("take AR");
            terminal.keys("Tab");
            terminal.await(rows -> prompt(rows, "casus " + code + "> take ARM"), "the free state completed", 10_000);
            terminal.keys("Enter");
            terminal.awaitText("you play ARM (Armenia) from day 0");
            terminal.await(rows -> prompt(rows, "casus " + code + "/ARM>"), "the prompt of a player", 10_000);

            terminal.type("do ");
            terminal.keys("Tab");
            String doPrompt = "casus " + code + "/ARM> do";
            terminal.await(rows -> offered(rows, doPrompt, "request", "realign"), "today's options offered", 10_000);
            terminal.type("rea");
            terminal.keys("Tab");
            terminal.await(rows -> prompt(rows, "casus " + code + "/ARM> do realign"), "an option's name completed", 10_000);
            terminal.keys("Tab");
            terminal.await(rows -> offered(rows, doPrompt + " realign", "USA", "FRA"), "its arguments offered", 10_000);
            terminal.keys("C-u");

            terminal.type("msg AZE hold the line");
            terminal.await(rows -> prompt(rows, "casus " + code + "/ARM> msg AZE hold the line"), "the half-typed line", 10_000);
            facilitator.send("step");
            List<String> rows = terminal.awaitText("-- day 0 · 2022-09-13");
            rows = terminal.await(r -> prompt(r, "casus " + code + "/ARM> msg AZE hold the line"), "the line redrawn intact", 10_000);
            int update = indexOf(rows, "-- day 0 · 2022-09-13");
            int line = lastNonBlank(rows);
            assertTrue(update < line, "the update is above the prompt:\n" + String.join("\n", rows));
            for (int i = update; i < line; i++) {
                assertFalse(rows.get(i).contains("msg AZE hold"), "the typed line is not mixed into the update:\n" + String.join("\n", rows));
            }

            terminal.keys("Enter");
            terminal.awaitText("sent to AZE");
            facilitator.awaitOutput("ARM (tess) to AZE: hold the line");

            String prompt = "casus " + code + "/ARM>";
            terminal.await(r -> prompt(r, prompt), "a fresh prompt", 10_000);
            terminal.keys("Up");
            terminal.await(r -> prompt(r, prompt + " msg AZE hold the line"), "the last line recalled", 10_000);
            terminal.keys("C-u");
            terminal.type("wait end");
            terminal.keys("Enter");
            terminal.await(r -> lastNonBlank(r) >= 0 && r.get(lastNonBlank(r)).contains("> wait end"), "wait waiting", 10_000);
            terminal.keys("C-c");
            terminal.awaitText("wait: interrupted");
            terminal.await(r -> prompt(r, prompt), "the prompt after Ctrl-C", 10_000);
            terminal.type("half a line");
            terminal.keys("C-c");
            terminal.await(r -> prompt(r, prompt), "the half line cleared by Ctrl-C", 10_000);

            terminal.keys("C-d");
            for (int i = 0; i < 200 && !terminal.exited(); i++) {
                Thread.sleep(50);
            }
            assertTrue(terminal.exited(), "Ctrl-D leaves the client");
            assertTrue(Files.readString(dir.resolve(".casus_history")).contains("msg AZE hold the line"), "the history is kept in $HOME");
        }
    }

    @Test
    void colour_at_a_terminal_that_has_it_and_none_with_NO_COLOR() throws Exception {
        try (LiveServer server = LiveServer.start(dir.resolve("data"));
             ScriptedClient facilitator = ScriptedClient.facilitator(server.port())) {
            facilitator.send("create border-2022");
            String code = facilitator.await(v -> !v.joinCode().isEmpty()).joinCode();
            String coloured;
            String plain;
            try (Tmux terminal = Tmux.start(dir, client(server.port(), "-u", "NO_COLOR", "TERM=xterm-256color"))) {
                coloured = statusOf(terminal, code);
            }
            try (Tmux terminal = Tmux.start(dir, client(server.port(), "NO_COLOR=1", "TERM=xterm-256color"))) {
                plain = statusOf(terminal, code);
            }
            assertTrue(coloured.contains("\u001b["), "colour at a terminal:\n" + coloured);
            assertFalse(plain.contains("\u001b["), "none with NO_COLOR:\n" + plain);
            assertEquals(coloured.replaceAll("\u001b\\[[0-9;]*m", "").lines().filter(l -> l.contains("Escalation")).toList(),
                    plain.lines().filter(l -> l.contains("Escalation")).toList());
        }
    }

    /** The screen after a completion list and a status, with its styles. */
    static String statusOf(Tmux terminal, String code) throws Exception {
        terminal.await(rows -> prompt(rows, "casus>"), "the prompt", 20_000);
        terminal.type("join " + code + " --spectate");
        terminal.keys("Enter");
        terminal.await(rows -> prompt(rows, "casus " + code + ">"), "the session's prompt", 10_000);
        terminal.type("take ");
        terminal.keys("Tab");
        terminal.awaitText("Azerbaijan");
        terminal.keys("C-u");
        terminal.type("status");
        terminal.keys("Enter");
        terminal.awaitText("Escalation");
        terminal.awaitText("Players");
        String screen = terminal.screenWithStyles();
        quit(terminal);
        return screen;
    }

    /** Leaves the client and waits until it has exited (it saves its history on the way out). */
    static void quit(Tmux terminal) throws Exception {
        terminal.type("quit");
        terminal.keys("Enter");
        for (int i = 0; i < 200 && !terminal.exited(); i++) {
            Thread.sleep(50);
        }
        assertTrue(terminal.exited(), "quit leaves the client");
    }

    /**
     * Whether every candidate is listed below the last row that starts with the line typed, in
     * whatever columns the list is laid out.
     */
    static boolean offered(List<String> rows, String typed, String... candidates) {
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(typed)) {
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        String below = String.join("\n", rows.subList(at + 1, rows.size()));
        return java.util.Arrays.stream(candidates).allMatch(below::contains);
    }

    static int indexOf(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    static int lastNonBlank(List<String> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!rows.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
