package casus.client.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.command.SeatKeys;
import casus.client.testing.LiveServer;
import casus.client.testing.ScriptedClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two terminals of one person share the seat keys' folder: the second takes the seat back with
 * 'reclaim' and the first is closed; the facilitator hands a seat to a named player, and sets
 * what a seat does while its player is away.
 */
class SeatKeysIT {
    @TempDir
    Path dir;

    @Test
    void a_second_terminal_reclaims_the_seat_and_the_facilitator_hands_seats_and_sets_their_away_policy() throws Exception {
        SeatKeys keys = SeatKeys.in(dir.resolve("seats"));
        try (LiveServer server = LiveServer.start(dir.resolve("data"), 0, Duration.ofSeconds(1));
             ScriptedClient facilitator = ScriptedClient.facilitator(server.port());
             ScriptedClient first = ScriptedClient.player(server.port(), "ana", keys)) {
            ScriptedClient boris = ScriptedClient.player(server.port(), "boris");
            facilitator.send("create border-2022");
            String code = facilitator.await(v -> !v.joinCode().isEmpty()).joinCode();
            first.send("join " + code, "take ARM");
            first.await(v -> v.controlled().equals("ARM"));
            first.awaitOutput("your seat key is kept: 'reclaim " + code + "' takes ARM back");
            boris.send("join " + code);
            boris.awaitOutput("joined " + code);

            try (ScriptedClient second = ScriptedClient.player(server.port(), "ana", SeatKeys.in(dir.resolve("seats")))) {
                second.send("reclaim " + code.toLowerCase());
                second.await(v -> v.controlled().equals("ARM"));
                second.awaitOutput("you play ARM (Armenia) again from day 0 in " + code + "; your other connection was closed");
                first.awaitOutput("disconnected: ana reclaimed ARM with the seat key from another connection");

                facilitator.send("seat ARM away agent", "seat ARM to boris");
                facilitator.awaitOutput("the agent plays ARM while its player is away");
                boris.await(v -> v.controlled().equals("ARM"));
                boris.awaitOutput("the facilitator hands you ARM (Armenia): you play it from day 0");
                second.await(v -> v.controlled().isEmpty());
                second.send("reclaim " + code);
                second.awaitOutput("reclaim: no seat key is kept for " + code);
                assertEquals(java.util.List.of(), keys.of("127.0.0.1:" + server.port(), code), "the key that stopped working is forgotten");
            }
            // boris's laptop closes, for longer than the grace period.
            boris.close();
            facilitator.awaitOutput("boris is away; ARM is kept for them, and the agent plays it meanwhile");
            facilitator.send("who");
            facilitator.awaitOutput("boris (away: the agent plays)");
            assertTrue(facilitator.output().contains("handed ARM to boris"), facilitator.output());
        }
    }
}
