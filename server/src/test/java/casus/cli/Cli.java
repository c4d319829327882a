package casus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code casus} command line in this JVM and keeps what it printed and its exit status. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int status = Casus.execute(o, e, args);
        o.flush();
        e.flush();
        return new Cli(status, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}
