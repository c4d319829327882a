package casus.client.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.LiveServer;
import casus.client.testing.ScriptedClient;
import casus.client.testing.TcpProxy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dropped connection comes back on its own, with the resume token, and says so; the player keeps the state. */
class ReconnectIT {
    @TempDir
    Path dir;

    @Test
    void a_cut_connection_reconnects_and_the_player_keeps_its_state() throws Exception {
        try (LiveServer server = LiveServer.start(dir.resolve("data"));
             TcpProxy network = new TcpProxy(server.port());
             ScriptedClient facilitator = ScriptedClient.facilitator(server.port());
             ScriptedClient alice = ScriptedClient.player(network.port(), "alice")) {
            facilitator.send("create border-2022");
            String code = facilitator.await(v -> !v.joinCode().isEmpty()).joinCode();
            alice.send("join " + code, "take ARM");
            alice.await(v -> v.controlled().equals("ARM"));

            network.cut();

            alice.awaitOutput("connection lost");
            alice.awaitOutput("reconnected to 127.0.0.1:" + network.port() + "; the server kept your place");
            alice.awaitOutput("back in " + code + " at day 0; you still play ARM");
            facilitator.awaitOutput("ARM's player alice is back");
            alice.send("who", "msg all still here");
            alice.awaitOutput("sent to everyone");
            assertTrue(alice.output().contains("ARM  Armenia            alice  <- you"), alice.output());
            facilitator.awaitOutput("alice) to everyone: still here");
            assertEquals(0, alice.finish(), alice.output() + alice.errors());
        }
    }

    @Test
    void a_restarted_server_gives_the_player_its_state_back() throws Exception {
        Path data = dir.resolve("data");
        LiveServer first = LiveServer.start(data);
        int port = first.port();
        try (ScriptedClient facilitator = ScriptedClient.facilitator(port);
             ScriptedClient alice = ScriptedClient.player(port, "alice")) {
            facilitator.send("create border-2022");
            String code = facilitator.await(v -> !v.joinCode().isEmpty()).joinCode();
            alice.send("join " + code, "take ARM");
            alice.await(v -> v.controlled().equals("ARM"));

            first.close();
            alice.awaitOutput("connection lost (the server is shutting down); reconnecting...");
            try (LiveServer second = LiveServer.start(data, port)) {
                alice.awaitOutput("reconnected to 127.0.0.1:" + port);
                alice.await(v -> v.controlled().equals("ARM") && v.joinCode().equals(code));
                alice.send("who");
                alice.awaitOutput("<- you");
                assertTrue(alice.output().contains("ARM  Armenia            alice  <- you"), alice.output());
                assertEquals(0, alice.finish(), alice.output() + alice.errors());
            }
        }
    }
}
