package casus.client.testing;

import java.io.Writer;

/** A writer whose text another thread may read and wait on while it is written. */
public final class SharedText extends Writer {
    private final StringBuilder text = new StringBuilder();

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        text.append(buf, off, len);
        notifyAll();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public synchronized String toString() {
        return text.toString();
    }

    /** Waits until the text contains {@code s}; fails the test after {@code millis}. */
    public synchronized void await(String s, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (text.indexOf(s) < 0) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("waited " + millis + " ms for \"" + s + "\"; the output was:\n" + text);
            }
            wait(left);
        }
    }
}
