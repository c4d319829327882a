package casus.client.play;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.client.Play;
import casus.client.testing.LiveServer;
import casus.client.testing.PlayRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that is down, speaks another version or refuses the token: one line saying which, and status 2. */
class ConnectRefusalsIT {
    @TempDir
    Path dir;

    @Test
    void a_server_that_is_down_exits_2_with_one_line() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        PlayRun r = PlayRun.run("sessions\n", "--port", Integer.toString(port));

        assertEquals(Play.BAD_INPUT, r.status(), r::toString);
        assertEquals("casus play: cannot connect to 127.0.0.1:" + port + ": connection refused\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void a_server_of_another_protocol_version_exits_2_with_one_line() {
        try (LiveServer server = LiveServer.start(dir)) {
            PlayRun r = PlayRun.run("sessions\n", "--port", Integer.toString(server.port()), "--protocol-version", "2.0");

            assertEquals(Play.BAD_INPUT, r.status(), r::toString);
            assertEquals("casus play: the server at 127.0.0.1:" + server.port() + " does not speak this client's protocol 2.0: "
                    + "protocol 2.0 is not served; this server speaks 1.3 and any 1.x\n", r.err());
        }
    }

    @Test
    void a_refused_facilitator_token_exits_2_with_one_line() {
        try (LiveServer server = LiveServer.start(dir)) {
            PlayRun r = PlayRun.run("sessions\n", "--port", Integer.toString(server.port()), "--token", "not-the-token");

            assertEquals(Play.BAD_INPUT, r.status(), r::toString);
            assertEquals("casus play: the server at 127.0.0.1:" + server.port() + " refused the facilitator token: wrong facilitator token\n",
                    r.err());
        }
    }

    @Test
    void a_bad_flag_exits_2() {
        PlayRun r = PlayRun.run("", "--colour");

        assertEquals(Play.BAD_INPUT, r.status(), r::toString);
        assertEquals("casus play: Unknown option: '--colour'\ntry 'casus play --help'\n", r.err());
    }
}
