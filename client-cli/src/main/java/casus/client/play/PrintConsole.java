package casus.client.play;

import casus.client.command.Console;
import casus.client.render.Palette;
import java.io.PrintWriter;
import java.util.List;

/** Plain text to a writer, for scripts and pipes: no colour, and updates printed in order, whole. */
public final class PrintConsole implements Console {
    /** Lines are wrapped at this width when nothing says otherwise. */
    public static final int WIDTH = 100;

    private final PrintWriter out;
    private final int width;

    public PrintConsole(PrintWriter out) {
        this(out, WIDTH);
    }

    public PrintConsole(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public void above(List<String> lines) {
        synchronized (out) {
            for (String l : lines) {
                out.println(l);
            }
            out.flush();
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public Palette palette() {
        return Palette.plain();
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
