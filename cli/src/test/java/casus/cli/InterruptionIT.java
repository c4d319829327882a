package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals sent to a real {@code casus batch --out DIR} process: SIGTERM and SIGINT stop it with a
 * resumable folder and one line, SIGKILL leaves one that resumes from its last checkpoint, and
 * every resumed study equals the uninterrupted one byte for byte. A sensitivity analysis stopped
 * by SIGTERM keeps the rows it wrote, for a partial merge.
 */
class InterruptionIT {
    private static final String[] STUDY = {"batch", "--scenario", "border-2022", "--runs", "6000", "--seed", "8", "--sweep",
        "beliefs.ARM.CSTO=0.3:0.5:0.2", "--threads", "2"};
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path whole;

    @BeforeAll
    static void uninterrupted() {
        whole = shared.resolve("whole");
        Cli r = JarProcess.run(shared.resolve("logs"), Map.of(), BatchStudyCommandTest.concat(STUDY, "--out", whole.toString()));
        assertEquals(0, r.status(), r.err());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Starts the study into {@code dir} and waits for rows to be written. */
    private JarProcess started(Path dir) {
        JarProcess p = JarProcess.start(tmp.resolve("logs"), Map.of(), BatchStudyCommandTest.concat(STUDY, "--out", dir.toString()));
        assertTrue(p.await(() -> size(dir.resolve("runs.csv.part")) > 20_000, LIMIT), "the study wrote no rows before it ended");
        return p;
    }

    private void stopsAndResumes(String signal, int status) throws IOException {
        Path dir = tmp.resolve("stopped");
        JarProcess p = started(dir);
        p.signal(signal);
        Cli r = p.waitFor(LIMIT);
        assertEquals(status, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("casus: interrupted after ") && r.err().contains("casus batch --resume " + dir), r.err());
        assertEquals(List.of("manifest.json", "runs.csv", "tallies.jsonl"), Cli.files(dir));
        assertTrue(Cli.read(dir.resolve("manifest.json")).contains("\"state\": \"interrupted\""));
        Cli resumed = JarProcess.run(tmp.resolve("logs"), Map.of(), "batch", "--resume", dir.toString(), "--threads", "2");
        assertEquals(0, resumed.status(), resumed.err());
        BatchStudyCommandTest.assertSameFiles(whole, dir);
    }

    @Test
    void sigterm_stops_the_study_with_exit_143_and_a_folder_that_resumes_to_the_whole_study() throws IOException {
        stopsAndResumes("TERM", 143);
    }

    @Test
    void sigint_stops_the_study_with_exit_130_and_a_folder_that_resumes_to_the_whole_study() throws IOException {
        Assumptions.assumeFalse(ignoresSigint(), "SIGINT is ignored by this process, and so by the processes it starts");
        stopsAndResumes("INT", 130);
    }

    @Test
    void a_killed_study_resumes_from_its_last_checkpoint_to_the_whole_study() throws IOException {
        Path dir = tmp.resolve("killed");
        JarProcess p = started(dir);
        assertTrue(p.await(() -> Files.exists(dir.resolve("checkpoint.json")), LIMIT), "no checkpoint before the study ended");
        p.signal("KILL");
        assertEquals(137, p.waitFor(LIMIT).status());
        assertTrue(Files.exists(dir.resolve("runs.csv.part")) && Cli.read(dir.resolve("manifest.json")).contains("\"state\": \"running\""));
        Cli status = JarProcess.run(tmp.resolve("logs"), Map.of(), "merge", "--out", tmp.resolve("m").toString(), dir.toString());
        assertEquals(Casus.BAD_INPUT, status.status());
        Cli resumed = JarProcess.run(tmp.resolve("logs"), Map.of(), "batch", "--resume", dir.toString(), "--threads", "2");
        assertEquals(0, resumed.status(), resumed.err());
        BatchStudyCommandTest.assertSameFiles(whole, dir);
    }

    @Test
    void a_signal_while_the_summaries_are_written_lets_them_finish() {
        Path dir = tmp.resolve("finishing");
        JarProcess p = JarProcess.start(tmp.resolve("logs"), Map.of(), "batch", "--scenario", "border-2022", "--set", "scenario.days=1", "--runs", "2",
                "--sweep", "beliefs.ARM.CSTO=0:1:0.01", "--sweep", "relations.RUS.AZE.interdependence=0:1:0.25", "--out", dir.toString());
        if (p.await(() -> Files.exists(dir.resolve("runs.csv")), LIMIT)) {
            p.signal("TERM");
        }
        Cli r = p.waitFor(LIMIT);
        // 143 when the signal came first; 0 when the process was already on its way out
        assertTrue(r.status() == 143 || r.status() == 0, r.toString());
        assertTrue(!r.err().contains("Exception"), r.err());
        assertTrue(Cli.read(dir.resolve("manifest.json")).contains("\"state\": \"finished\""));
        assertTrue(Files.exists(dir.resolve("report.md")));
    }

    @Test
    void sigterm_stops_a_sensitivity_analysis_with_the_rows_done_kept_for_a_partial_merge() {
        Path dir = tmp.resolve("analysis");
        JarProcess p = JarProcess.start(tmp.resolve("logs"), Map.of(), "sensitivity", "--scenario", "border-2022", "--outcome", "casualties",
                "--params", "actors.AZE.readiness", "actors.AZE.military_power", "--samples", "1024", "--runs", "8", "--threads", "2", "--out",
                dir.toString());
        assertTrue(p.await(() -> size(dir.resolve("runs.csv.part")) > 20_000, LIMIT), "the analysis wrote no rows before it ended");
        p.signal("TERM");
        Cli r = p.waitFor(LIMIT);
        assertEquals(143, r.status(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("casus: interrupted after "), r.err());
        assertEquals(List.of("manifest.json", "runs.csv"), Cli.files(dir));
        assertTrue(Cli.read(dir.resolve("manifest.json")).contains("\"state\": \"interrupted\""));
        Cli merged = JarProcess.run(tmp.resolve("logs"), Map.of(), "merge", "--allow-partial", "--out", tmp.resolve("m").toString(), dir.toString());
        assertEquals(0, merged.status(), merged.err());
        assertTrue(merged.out().contains("(partial)"), merged.out());
    }

    /** Whether this process ignores SIGINT (a job started in the background by a shell does), which its children inherit. */
    private static boolean ignoresSigint() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }
}
