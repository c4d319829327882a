package casus.client.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program in a real pseudo-terminal, under a tmux server of its own: keys are sent to it as a
 * person would type them, and what its screen shows is read back.
 */
public final class Tmux implements AutoCloseable {
    public static final int WIDTH = 120;
    public static final int HEIGHT = 40;
    static final String SESSION = "play";

    private final String socket;

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** Whether tmux can be run here. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts {@code command} (run by env, so it may begin with VAR=VALUE and -u VAR) in a new terminal. */
    public static Tmux start(Path workDir, String... command) throws IOException, InterruptedException {
        Tmux t = new Tmux("casus-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        List<String> args = new ArrayList<>(List.of("-f", "/dev/null", "new-session", "-d", "-s", SESSION, "-x", Integer.toString(WIDTH),
                "-y", Integer.toString(HEIGHT), "-c", workDir.toString(), "env"));
        args.addAll(Arrays.asList(command));
        t.tmux(args.toArray(new String[0]));
        return t;
    }

    /** Types text, or presses keys named as tmux names them ("Tab", "Enter", "C-u"). */
    public void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(Arrays.asList(keys));
        tmux(args.toArray(new String[0]));
    }

    /** Types text literally: nothing in it is taken for a key's name. */
    public void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", SESSION, "-l", text);
    }

    /** The screen as a person sees it, one string a row. */
    public List<String> screen() throws IOException, InterruptedException {
        return List.of(tmux("capture-pane", "-p", "-t", SESSION).split("\n", -1));
    }

    /** The screen with the escape sequences of its colours and emphasis. */
    public String screenWithStyles() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-e", "-t", SESSION);
    }

    /** The last row that is not blank: where the prompt is. */
    public String lastLine() throws IOException, InterruptedException {
        List<String> rows = screen();
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!rows.get(i).isBlank()) {
                return rows.get(i).stripTrailing();
            }
        }
        return "";
    }

    /** Waits until the screen satisfies a condition; fails with the screen after {@code millis}. */
    public List<String> await(Predicate<List<String>> condition, String what, long millis) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + millis;
        List<String> rows = screen();
        while (!condition.test(rows)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("waited " + millis + " ms for " + what + "; the screen:\n" + String.join("\n", rows));
            }
            Thread.sleep(50);
            rows = screen();
        }
        return rows;
    }

    /** Waits until some row of the screen contains {@code text}. */
    public List<String> awaitText(String text) throws IOException, InterruptedException {
        return await(rows -> rows.stream().anyMatch(r -> r.contains(text)), "\"" + text + "\"", 20_000);
    }

    /** Whether the program in the terminal has exited. */
    public boolean exited() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("tmux", "-L", socket, "has-session", "-t", SESSION).redirectErrorStream(true).start();
            p.waitFor(10, TimeUnit.SECONDS);
            return p.exitValue() != 0;
        } catch (IOException e) {
            return true;
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        Process p = new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
