package casus.client.testing;

import java.io.Reader;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Standard input for a client in a test: lines are fed as the test goes; closing it is the end of input. */
public final class LineFeed extends Reader {
    private static final String END = new String("end of input");

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private String current = "";
    private int at;
    private boolean ended;

    public void send(String line) {
        lines.add(line + "\n");
    }

    /** No more lines: the client reads the end of its input. */
    public void end() {
        lines.add(END);
    }

    @Override
    public int read(char[] buf, int off, int len) {
        if (ended) {
            return -1;
        }
        if (at == current.length()) {
            try {
                String next = lines.take();
                if (next == END) {
                    ended = true;
                    return -1;
                }
                current = next;
                at = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        int n = Math.min(len, current.length() - at);
        current.getChars(at, at + n, buf, off);
        at += n;
        return n;
    }

    @Override
    public void close() {
        end();
    }
}
