package casus.client.command;

import casus.client.net.ConnectionLostException;
import casus.client.net.RefusedException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Carries out command lines, typed or from a script: splits the line into words, runs the
 * command, and turns every refusal into one line: the client's own ("take: join a session
 * first"), the server's ("refused (STATE_TAKEN): ..."), or a lost connection.
 */
public final class Shell {
    private final CommandContext ctx;

    public Shell(CommandContext ctx) {
        this.ctx = ctx;
    }

    public CommandContext context() {
        return ctx;
    }

    public Outcome execute(String line) {
        List<String> words = Words.split(line.strip());
        if (words.isEmpty() || words.get(0).startsWith("#")) {
            return Outcome.DONE;
        }
        PrintWriter out = ctx.console().out();
        String verb = words.get(0);
        Commands.Entry e = Commands.find(verb);
        if (e == null) {
            return refuse(out, "no command '" + verb + "'" + suggestion(verb) + "; 'help' lists them");
        }
        CommandLine cl = Commands.commandLine(e, ctx);
        cl.setOut(out);
        cl.setErr(out);
        String[] refusal = {""};
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            refusal[0] = describe(e.name(), ex);
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            refusal[0] = e.name() + ": " + ex.getMessage() + "; 'help " + e.name() + "' tells how";
            return 2;
        });
        int status = cl.execute(words.subList(1, words.size()).toArray(new String[0]));
        out.flush();
        if (status != 0) {
            return refuse(out, refusal[0].isEmpty() ? e.name() + " failed" : refusal[0]);
        }
        return ctx.quitting() ? Outcome.QUIT : Outcome.DONE;
    }

    private Outcome refuse(PrintWriter out, String why) {
        out.println(ctx.console().palette().red(why));
        out.flush();
        return Outcome.refused(why);
    }

    static String describe(String verb, Exception ex) {
        if (ex instanceof RefusedException r) {
            return verb + ": refused (" + r.code() + "): " + r.getMessage();
        }
        if (ex instanceof UsageException) {
            return verb + ": " + ex.getMessage();
        }
        if (ex instanceof ConnectionLostException) {
            return verb + ": " + ex.getMessage();
        }
        return verb + ": failed: " + ex;
    }

    /** " (did you mean X?)" for a near miss of a command's name. */
    private static String suggestion(String typed) {
        List<String> near = new ArrayList<>();
        for (String n : Commands.names()) {
            if (distance(n, typed.toLowerCase(java.util.Locale.ROOT)) <= 2 || n.startsWith(typed.toLowerCase(java.util.Locale.ROOT))) {
                near.add(n);
            }
        }
        return near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
