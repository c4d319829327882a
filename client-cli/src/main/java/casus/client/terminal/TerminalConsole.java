package casus.client.terminal;

import casus.client.command.Console;
import casus.client.render.Palette;
import java.io.PrintWriter;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * The terminal a person types at. Updates that arrive while they type are printed above the
 * prompt by the line editor, which then draws the prompt and the half-typed line again, intact.
 */
public final class TerminalConsole implements Console {
    /** The width used when the terminal does not say. */
    static final int FALLBACK_WIDTH = 100;

    private final Terminal terminal;
    private final Palette palette;
    private volatile LineReader reader;

    public TerminalConsole(Terminal terminal, Palette palette) {
        this.terminal = terminal;
        this.palette = palette;
    }

    /** Colour when the terminal can show it and the person has not turned it off. */
    public static Palette palette(Terminal t, java.util.Map<String, String> env, boolean noColor) {
        Integer colours = t.getNumericCapability(InfoCmp.Capability.max_colors);
        return Palette.choose(true, t.getType(), colours == null ? 0 : colours, env, noColor);
    }

    void reader(LineReader r) {
        this.reader = r;
    }

    @Override
    public PrintWriter out() {
        return terminal.writer();
    }

    @Override
    public void above(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String block = String.join("\n", lines);
        LineReader r = reader;
        if (r != null) {
            r.printAbove(block);
        } else {
            PrintWriter w = terminal.writer();
            w.println(block);
            w.flush();
        }
    }

    @Override
    public int width() {
        int w = terminal.getWidth();
        return w <= 0 ? FALLBACK_WIDTH : w;
    }

    @Override
    public Palette palette() {
        return palette;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    public Terminal terminal() {
        return terminal;
    }
}
