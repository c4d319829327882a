package casus.client.testing;

import casus.client.command.Console;
import casus.client.render.Palette;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** A console that keeps what commands print and what arrived above the prompt. */
public final class RecordingConsole implements Console {
    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text, true);
    private final List<String> above = new ArrayList<>();
    private final Palette palette;
    private final int width;

    public RecordingConsole() {
        this(Palette.plain(), 100);
    }

    public RecordingConsole(Palette palette, int width) {
        this.palette = palette;
        this.width = width;
    }

    /** What commands printed so far. */
    public String printed() {
        out.flush();
        return text.toString();
    }

    public synchronized List<String> aboveLines() {
        return List.copyOf(above);
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public synchronized void above(List<String> lines) {
        above.addAll(lines);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public Palette palette() {
        return palette;
    }

    @Override
    public boolean interactive() {
        return false;
    }
}
