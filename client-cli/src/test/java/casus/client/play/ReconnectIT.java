package casus.client.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.LiveServer;
import casus.client.testing.ScriptedClient;
import casus.client.testing.TcpProxy;
import java.nio.file.Path;
import java.time.Duration;
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
                assertEquals(port, second.port(), "the second server listens where the first did");
                alice.awaitOutput("reconnected to 127.0.0.1:" + port);
                alice.await(v -> v.controlled().equals("ARM") && v.joinCode().equals(code));
                alice.send("who");
                alice.awaitOutput("<- you");
                assertTrue(alice.output().contains("ARM  Armenia            alice  <- you"), alice.output());
                assertEquals(0, alice.finish(), alice.output() + alice.errors());
            }
        }
    }

    @Test
    void a_player_back_after_the_grace_period_takes_the_seat_kept_for_them_back_with_its_key() throws Exception {
        try (LiveServer server = LiveServer.start(dir.resolve("data"), 0, Duration.ofSeconds(1));
             TcpProxy network = new TcpProxy(server.port());
             ScriptedClient facilitator = ScriptedClient.facilitator(server.port());
             ScriptedClient alice = ScriptedClient.player(network.port(), "alice")) {
            facilitator.send("create border-2022");
            String code = facilitator.await(v -> !v.joinCode().isEmpty()).joinCode();
            alice.send("join " + code, "take ARM");
            alice.await(v -> v.controlled().equals("ARM"));

            network.refuse(true);
            network.cut();
            facilitator.awaitOutput("alice is away; ARM is kept for them, and the day waits for them");
            network.refuse(false);

            alice.awaitOutput("the server had forgotten this client, so it joins again");
            alice.awaitOutput("back in " + code + " at day 0; you play ARM again, with your seat key");
            facilitator.awaitOutput("ARM's player alice is back, with the seat key");
            alice.await(v -> v.controlled().equals("ARM"));
            assertEquals(0, alice.finish(), alice.output() + alice.errors());
        }
    }

    @Test
    void a_server_that_stays_down_ends_the_client_with_status_1() throws Exception {
        LiveServer server = LiveServer.start(dir.resolve("data"));
        try (ScriptedClient alice = ScriptedClient.player(server.port(), "alice", Duration.ofSeconds(1))) {
            alice.send("sessions");
            alice.awaitOutput("no sessions yet");
            server.close();

            alice.awaitOutput("disconnected: could not reconnect to 127.0.0.1:" + server.port() + " within 1 s");
            alice.send("who");
            assertEquals(ScriptRunner.LOST, alice.finish(), alice.output() + alice.errors());
        }
    }
}
