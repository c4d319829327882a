package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casus submit} and {@code casus status} on a real one-node Slurm cluster started for the
 * test ({@link SlurmCluster}): a study in four shards merges to the unsplit study byte for byte;
 * a shard whose task is cancelled while it runs is named by status and carried on by
 * {@code --resubmit} to the whole study; a sensitivity analysis in three shards merges to the
 * unsplit analysis byte for byte. ({@link InterruptionIT} shows that a study stopped by SIGTERM,
 * as Slurm's cancel stops it, resumes to the uninterrupted one byte for byte.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlurmIT {
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @TempDir
    static Path tmp;

    private static SlurmCluster cluster;

    @BeforeAll
    static void start() {
        String why = SlurmCluster.unavailable();
        Assumptions.assumeTrue(why == null, why);
        cluster = SlurmCluster.start(tmp.resolve("slurm"));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Cli casus(String... args) {
        return JarProcess.run(tmp.resolve("logs"), cluster.env(), args);
    }

    /** Waits for the merged study, failing with the status and the logs when it does not come. */
    private static void awaitMerged(Path dir) {
        boolean merged = JarProcess.until(() -> Files.exists(dir.resolve("merged/manifest.json")), LIMIT, () -> true);
        assertTrue(merged, "no merge in " + dir + ":\n" + casus("status", dir.toString()).out() + logs(dir));
    }

    private static String logs(Path dir) {
        StringBuilder b = new StringBuilder();
        for (String f : Cli.files(dir.resolve("logs"))) {
            b.append("--- ").append(f).append('\n').append(Cli.read(dir.resolve("logs").resolve(f)));
        }
        return b.toString();
    }

    private static String[] study(String... options) {
        return BatchStudyCommandTest.concat(new String[] {"--scenario", "border-2022"}, options);
    }

    @Test
    @Order(1)
    void a_study_in_four_shards_merges_to_the_unsplit_study_byte_for_byte() throws IOException {
        String[] study = study("--runs", "30", "--seed", "5", "--sweep", "actors.RUS.forces_committed_elsewhere=0.5:0.7:0.2");
        Path dir = tmp.resolve("four");
        Cli submitted = casus(BatchStudyCommandTest.concat(new String[] {"submit", "--shards", "4", "--out", dir.toString()}, study));
        assertEquals(0, submitted.status(), submitted.err());
        assertTrue(submitted.out().matches("(?s)submitted shards 1-4 of 4 as job \\d+, and the merge as job \\d+ once they all succeed\n.*"),
                submitted.out());
        awaitMerged(dir);
        Cli status = casus("status", dir.toString());
        assertEquals(4, status.out().lines().filter(l -> l.matches("[1-4] +done +15 of 15 .*")).count(), status.out());
        assertTrue(status.out().contains("The study is merged."), status.out());

        Path whole = tmp.resolve("four-whole");
        Cli unsplit = casus(BatchStudyCommandTest.concat(new String[] {"batch", "--out", whole.toString()}, study));
        assertEquals(0, unsplit.status(), unsplit.err());
        BatchStudyCommandTest.assertSameFiles(whole, dir.resolve("merged"));
    }

    @Test
    @Order(2)
    void a_shard_cancelled_while_it_runs_is_named_by_status_and_resubmitted_until_the_study_is_whole() throws IOException {
        // sized so that each shard runs for some seconds on this machine, the tasks one at a time (each takes every CPU)
        Cli probe = casus("batch", "--scenario", "border-2022", "--runs", "2000", "--format", "json", "--threads", Integer.toString(cluster.cpus()));
        assertEquals(0, probe.status(), probe.err());
        long perSecond = JsonParser.parseString(probe.out()).getAsJsonObject().get("runs_per_second").getAsLong();
        long runs = Math.max(8_000, Math.min(400_000, perSecond * 5 * 4));
        String[] study = study("--runs", Long.toString(runs), "--seed", "6");
        Path dir = tmp.resolve("cancelled");
        Cli submitted = casus(BatchStudyCommandTest.concat(new String[] {"submit", "--shards", "4", "--cpus", Integer.toString(cluster.cpus()), "--out",
            dir.toString()}, study));
        assertEquals(0, submitted.status(), submitted.err());
        String array = submitted.out().replaceAll("(?s).* as job (\\d+), .*", "$1");

        boolean started = JarProcess.until(() -> Files.exists(dir.resolve("shard-2/manifest.json")), LIMIT, () -> true);
        assertTrue(started, "shard 2 never started:\n" + logs(dir));
        assertEquals(0, cluster.slurm("scancel", array + "_2").status());
        assertTrue(JarProcess.until(() -> cluster.active().isEmpty(), LIMIT, () -> true), "the queue did not empty: " + cluster.active());

        Cli status = casus("status", dir.toString());
        assertEquals(0, status.status(), status.err());
        List<String> lines = status.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("2 +failed .*CANCELLED.*")), status.out());
        assertEquals(3, lines.stream().filter(l -> l.matches("[134] +done .*")).count(), status.out());
        assertTrue(status.out().contains("casus submit --resubmit " + dir), status.out());

        Cli again = casus("submit", "--resubmit", dir.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().startsWith("submitted shard 2 of 4 as job "), again.out());
        awaitMerged(dir);
        assertTrue(casus("status", dir.toString()).out().contains("The study is merged."));

        JsonObject merged = JsonParser.parseString(Cli.read(dir.resolve("merged/manifest.json"))).getAsJsonObject();
        assertTrue(merged.get("complete").getAsBoolean(), merged.get("runs_covered").toString());
        assertEquals(1 + runs, Cli.read(dir.resolve("merged/runs.csv")).lines().count());
        assertTrue(logs(dir).contains("casus: interrupted after "), "shard 2 was stopped by the cancel's SIGTERM:\n" + logs(dir));
    }

    @Test
    @Order(3)
    void a_sensitivity_analysis_in_three_shards_merges_to_the_unsplit_analysis_byte_for_byte() throws IOException {
        String[] analysis = {"sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--params", "actors.AZE.readiness",
            "actors.AZE.military_power", "--samples", "8", "--runs", "2", "--oat-runs", "8", "--bootstrap", "50"};
        Path dir = tmp.resolve("analysis");
        Cli submitted = casus(BatchStudyCommandTest.concat(new String[] {"submit", "--shards", "3", "--out", dir.toString(), "--"}, analysis));
        assertEquals(0, submitted.status(), submitted.err());
        awaitMerged(dir);
        Cli status = casus("status", dir.toString());
        assertEquals(3, status.out().lines().filter(l -> l.matches("[1-3] +done .*")).count(), status.out());
        assertTrue(status.out().contains("casus sensitivity in 3 shards") && status.out().contains("The study is merged."), status.out());

        Path whole = tmp.resolve("analysis-whole");
        Cli unsplit = casus(BatchStudyCommandTest.concat(analysis, "--out", whole.toString()));
        assertEquals(0, unsplit.status(), unsplit.err());
        BatchStudyCommandTest.assertSameFiles(whole, dir.resolve("merged"));
    }
}
