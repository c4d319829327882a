package casus.client.testing;

import casus.client.Play;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

/** Runs {@code casus play} in this JVM, its standard input a string that is not a terminal, and keeps what it printed. */
public record PlayRun(int status, String out, String err) {
    public static PlayRun run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Play.execute(new StringReader(stdin), false, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new PlayRun(status, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}
