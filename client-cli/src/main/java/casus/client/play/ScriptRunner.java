package casus.client.play;

import casus.client.command.Outcome;
import casus.client.command.Shell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Runs commands from a script or a pipe, one a line, without a prompt: each is echoed after
 * "> ", then carried out, while updates print as they come. Blank lines and lines starting with
 * # are skipped. Stops at the first refused command, unless told to go on.
 */
public final class ScriptRunner {
    /** Exit status: every command carried out. */
    public static final int OK = 0;
    /** Exit status: the connection was lost for good. */
    public static final int LOST = 1;
    /** Exit status: a command was refused. */
    public static final int REFUSED = 2;

    private final Shell shell;
    private final boolean keepGoing;

    public ScriptRunner(Shell shell, boolean keepGoing) {
        this.shell = shell;
        this.keepGoing = keepGoing;
    }

    /**
     * Runs every line of {@code in}.
     *
     * @param source the script's name, for messages: a file or "standard input"
     * @return {@link #OK}, {@link #REFUSED} (at the first refusal, or at the end when told to go on), or {@link #LOST}
     */
    public int run(BufferedReader in, String source, PrintWriter err) throws IOException {
        PrintWriter out = shell.context().console().out();
        int number = 0;
        int refused = 0;
        String line;
        while ((line = in.readLine()) != null) {
            number++;
            String command = line.strip();
            if (command.isEmpty() || command.startsWith("#")) {
                continue;
            }
            synchronized (out) {
                out.println("> " + command);
                out.flush();
            }
            Outcome o = shell.execute(command);
            if (o.quit()) {
                return refused == 0 ? OK : REFUSED;
            }
            if (shell.context().goneWhy() != null) {
                err.println("casus play: " + source + ":" + number + ": the connection is gone: " + shell.context().goneWhy());
                err.flush();
                return LOST;
            }
            if (!o.done()) {
                refused++;
                if (!keepGoing) {
                    err.println("casus play: " + source + ":" + number + ": " + o.refusal());
                    err.flush();
                    return REFUSED;
                }
            }
        }
        if (refused > 0) {
            err.println("casus play: " + source + ": " + refused + (refused == 1 ? " command was" : " commands were") + " refused");
            err.flush();
            return REFUSED;
        }
        return OK;
    }
}
