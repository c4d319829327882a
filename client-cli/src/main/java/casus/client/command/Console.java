package casus.client.command;

import casus.client.render.Palette;
import java.io.PrintWriter;
import java.util.List;

/** Where the client writes: a terminal a person reads, or plain standard output for a script. */
public interface Console {
    /** Where commands print their output. */
    PrintWriter out();

    /**
     * Prints lines that arrived on their own (updates, notices, messages): above the prompt and
     * the line being typed, which stay as they were; or simply in order when nobody types.
     */
    void above(List<String> lines);

    /** The screen's width in columns, for wrapping; 0 when there is no limit. */
    int width();

    Palette palette();

    /** Whether a person types at a prompt. */
    boolean interactive();
}
