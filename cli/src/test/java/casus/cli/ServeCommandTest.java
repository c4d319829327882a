package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void port_in_use_exits_with_bad_input_naming_the_address() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int status = Casus.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port",
                    Integer.toString(taken.getLocalPort()), "--data", data.toString(), "--facilitator-token", "a-long-enough-token");
            assertEquals(Casus.BAD_INPUT, status);
            assertTrue(err.toString().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), err.toString());
        }
    }

    @Test
    void short_facilitator_token_is_refused() {
        StringWriter err = new StringWriter();
        int status = Casus.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port", "0", "--data",
                data.toString(), "--facilitator-token", "short");
        assertEquals(Casus.BAD_INPUT, status);
        assertTrue(err.toString().contains("at least 8 characters"), err.toString());
    }
}
