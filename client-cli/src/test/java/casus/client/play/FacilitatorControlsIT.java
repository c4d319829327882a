package casus.client.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.LiveServer;
import casus.client.testing.ScriptedClient;
import casus.v1.SessionPhase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facilitator paces a session and takes a state back; a player hands one back and leaves. */
class FacilitatorControlsIT {
    @TempDir
    Path dir;

    @Test
    void the_facilitator_steps_pauses_resumes_sets_the_pace_and_takes_a_state_back() throws Exception {
        try (LiveServer server = LiveServer.start(dir);
             ScriptedClient facilitator = ScriptedClient.facilitator(server.port());
             ScriptedClient ana = ScriptedClient.player(server.port(), "ana")) {
            facilitator.send("create border-2022 --deadline-s 600");
            String code = facilitator.await(v -> !v.joinCode().isEmpty()).joinCode();
            ana.send("join " + code, "take ARM");
            ana.await(v -> v.controlled().equals("ARM"));

            facilitator.send("start", "step", "wait day 1", "pause");
            facilitator.await(v -> v.day() == 1 && v.phase() == SessionPhase.PAUSED);
            ana.await(v -> v.phase() == SessionPhase.PAUSED);
            facilitator.send("step", "wait day 2", "step 2", "wait day 4", "step --to 5", "wait day 5", "resume", "speed --deadline-s 90",
                    "speed", "takeback ARM");
            ana.await(v -> v.controlled().isEmpty());
            facilitator.awaitOutput("stepped: 2 days play now");
            facilitator.send("who");
            facilitator.awaitOutput("also here:");
            facilitator.awaitOutput("player, no state");
            facilitator.awaitOutput("the agent plays ARM again");
            ana.awaitOutput("notice the facilitator takes ARM back from ana");
            assertTrue(facilitator.output().contains("> speed\nturn by turn, orders due within 90 s\n"), facilitator.output());
            assertEquals(SessionPhase.RUNNING, facilitator.view().phase());

            ana.send("take AZE", "release", "leave", "sessions");
            ana.awaitOutput("left " + code);
            ana.awaitOutput("> sessions");
            assertTrue(ana.output().contains("you play AZE (Azerbaijan) from day 5"), ana.output());
            assertTrue(ana.output().contains("the agent plays AZE again"), ana.output());
            facilitator.awaitOutput("notice ana hands AZE back to the agent");
            assertEquals(0, ana.finish(), ana.output() + ana.errors());
            facilitator.send("end", "report --out " + dir.resolve("report"));
            facilitator.awaitOutput("wrote " + dir.resolve("report").resolve("report.md"));
            String md = java.nio.file.Files.readString(dir.resolve("report").resolve("report.md"));
            assertTrue(md.contains("| ARM (Armenia) | ana | 0 | 4 | taken back by the facilitator |"), md);
            assertTrue(md.contains("| AZE (Azerbaijan) | ana | 5 | none played | handed it back | 0 |  |"), md);
            assertEquals(0, facilitator.finish(), facilitator.output() + facilitator.errors());
        }
    }
}
