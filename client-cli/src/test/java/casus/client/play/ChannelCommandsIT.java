package casus.client.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.LiveServer;
import casus.client.testing.ScriptedClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Channels from the terminal: a treaty's channel, the facilitator's white cell, a refusal, history, and the report. */
class ChannelCommandsIT {
    @TempDir
    Path dir;

    @Test
    void players_write_to_their_channels_and_the_facilitator_opens_a_white_cell() throws Exception {
        try (LiveServer server = LiveServer.start(dir);
             ScriptedClient facilitator = ScriptedClient.facilitator(server.port());
             ScriptedClient ana = ScriptedClient.player(server.port(), "ana");
             ScriptedClient boris = ScriptedClient.player(server.port(), "boris")) {
            facilitator.send("create border-2022 --deadline-s 600");
            String code = facilitator.await(v -> !v.joinCode().isEmpty()).joinCode();
            ana.send("join " + code, "take ARM");
            ana.await(v -> v.controlled().equals("ARM"));
            boris.send("join " + code, "take AZE");
            boris.await(v -> v.controlled().equals("AZE"));

            ana.send("channels");
            ana.awaitOutput("#CSTO");
            ana.send("say CSTO Article 4, now");
            ana.awaitOutput("sent to #CSTO");
            facilitator.awaitOutput("ARM (ana) to #CSTO: Article 4, now");

            facilitator.send("channel create white-cell facilitator ARM AZE");
            facilitator.awaitOutput("#white-cell: ARM, AZE, the facilitator");
            boris.awaitOutput("the facilitator opened channel white-cell: ARM, AZE and the facilitator");
            facilitator.send("say white-cell talks at noon");
            ana.awaitOutput("to #white-cell: talks at noon");
            boris.send("say white-cell we come");
            ana.awaitOutput("AZE (boris) to #white-cell: we come");
            facilitator.send("channel remove white-cell AZE");
            boris.awaitOutput("its members are now ARM and the facilitator");
            ana.send("history white-cell");
            ana.awaitOutput("#white-cell  ARM, the facilitator\nday 0 (2022-09-13)\n");

            boris.send("say #CSTO let me in");
            assertTrue(boris.finish() != 0, boris.output());
            assertTrue(boris.errors().contains("you are not a member of CSTO"), boris.errors());
            facilitator.send("channel close white-cell", "end", "report --out " + dir.resolve("report"));
            facilitator.awaitOutput("wrote " + dir.resolve("report").resolve("report.md"));
            String md = Files.readString(dir.resolve("report").resolve("report.md"));
            assertTrue(md.contains("| 0 | ARM (ana) | #CSTO (ARM, RUS, KAZ, BLR, KGZ, TJK) | Article 4, now |"), md);
            assertTrue(md.contains("| 0 | AZE (boris) | #white-cell (ARM, AZE) | we come |"), md);
            assertTrue(md.contains("| #white-cell | the facilitator's | ARM, the facilitator | 2 | closed |"), md);
            assertEquals(0, ana.finish(), ana.output() + ana.errors());
            assertEquals(0, facilitator.finish(), facilitator.output() + facilitator.errors());
        }
    }
}
