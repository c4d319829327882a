package casus.client.terminal;

import casus.client.command.CommandContext;
import casus.client.command.Outcome;
import casus.client.command.Shell;
import casus.client.command.Words;
import casus.client.view.SessionView;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The prompt: reads a line with history, editing and completion, carries it out, and again. The
 * prompt names the session and the state played. Ctrl-C clears the line being typed, or stops a
 * command that waits (watch, wait); Ctrl-D or 'quit' leaves.
 */
public final class InteractiveLoop {
    /** Exit status: the person left. */
    public static final int OK = 0;
    /** Exit status: the connection was lost for good. */
    public static final int LOST = 1;

    /** The line editor's own styles, for its completion lists. */
    static final String[] COMPLETION_STYLES = {LineReader.COMPLETION_STYLE_STARTING, LineReader.COMPLETION_STYLE_DESCRIPTION,
        LineReader.COMPLETION_STYLE_GROUP, LineReader.COMPLETION_STYLE_SELECTION, LineReader.COMPLETION_STYLE_BACKGROUND,
        LineReader.COMPLETION_STYLE_LIST_STARTING, LineReader.COMPLETION_STYLE_LIST_DESCRIPTION, LineReader.COMPLETION_STYLE_LIST_GROUP,
        LineReader.COMPLETION_STYLE_LIST_SELECTION, LineReader.COMPLETION_STYLE_LIST_BACKGROUND};

    private final Shell shell;
    private final TerminalConsole console;
    private final Path history;

    public InteractiveLoop(Shell shell, TerminalConsole console, Path history) {
        this.shell = shell;
        this.console = console;
        this.history = history;
    }

    public int run(String greeting) {
        CommandContext ctx = shell.context();
        Terminal terminal = console.terminal();
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("casus").parser(Words.parser())
                .completer(new PlayCompleter(ctx)).variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.HISTORY_SIZE, 2000).option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (!console.palette().enabled()) {
            // The line editor colours its completion lists itself: no colour means none there either.
            for (String style : COMPLETION_STYLES) {
                builder.variable(style, "");
            }
        }
        LineReader reader = builder.build();
        console.reader(reader);
        console.out().println(greeting);
        console.out().flush();
        Thread self = Thread.currentThread();
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(prompt(ctx.view()));
                } catch (UserInterruptException e) {
                    if (ctx.goneWhy() != null) {
                        return LOST;
                    }
                    continue;
                } catch (EndOfFileException e) {
                    return OK;
                }
                if (ctx.goneWhy() != null) {
                    return LOST;
                }
                Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, s -> self.interrupt());
                Outcome o;
                try {
                    o = shell.execute(line);
                } finally {
                    terminal.handle(Terminal.Signal.INT, before);
                    Thread.interrupted();
                }
                if (o.quit()) {
                    return OK;
                }
                if (ctx.goneWhy() != null) {
                    return LOST;
                }
            }
        } finally {
            console.reader(null);
            try {
                reader.getHistory().save();
            } catch (java.io.IOException | RuntimeException e) {
                // history is a convenience
            }
        }
    }

    /** "casus> ", "casus WXYZ> ", "casus WXYZ/STATE> ". */
    static String prompt(SessionView v) {
        String code = v.joinCode();
        String state = v.controlled();
        return "casus" + (code.isEmpty() ? "" : " " + code + (state.isEmpty() ? "" : "/" + state)) + "> ";
    }

    /** Wakes a prompt waiting for a line, so the loop sees the connection is gone. */
    public static void wake(Terminal t) {
        t.raise(Terminal.Signal.INT);
    }
}
