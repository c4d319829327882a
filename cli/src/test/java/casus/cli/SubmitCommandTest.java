package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.studies.Manifest;
import casus.studies.StudyOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitCommandTest {
    @TempDir
    Path tmp;

    private Path jar() throws IOException {
        Path jar = tmp.resolve("build/casus.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "a build");
        return jar;
    }

    @Test
    void dry_run_writes_a_job_array_of_the_shards_and_a_merge_running_the_copied_build() throws IOException {
        Path dir = tmp.resolve("study");
        Cli r = Cli.run("submit", "--shards", "3", "--cpus", "2", "--time", "30", "--partition", "short", "--out", dir.toString(), "--dry-run",
                "--jar", jar().toString(), "--scenario", "border-2022", "--runs", "10", "--set", "beliefs.ARM.CSTO=0.4");
        assertEquals(0, r.status(), r.err());
        assertEquals("a build", Files.readString(dir.resolve("casus.jar")));
        assertTrue(Files.isDirectory(dir.resolve("logs")));
        String study = Files.readString(dir.resolve("study.sbatch"));
        assertTrue(study.startsWith("#!/bin/bash\n"), study);
        for (String line : List.of("#SBATCH --array=1-3", "#SBATCH --cpus-per-task=2", "#SBATCH --time=30", "#SBATCH --signal=B:TERM@120", "#SBATCH --partition=short",
                "jar=" + dir.resolve("casus.jar"), "batch --resume \"$shard\" --threads 2",
                "batch --scenario border-2022 --runs 10 --set beliefs.ARM.CSTO=0.4 --shard \"$k/3\" --threads 2 --format none --out \"$shard\"")) {
            assertTrue(study.contains(line), line + " in\n" + study);
        }
        String merge = Files.readString(dir.resolve("merge.sbatch"));
        assertTrue(merge.contains("merge --out " + dir.resolve("merged") + " " + dir.resolve("shard-1") + " " + dir.resolve("shard-2") + " "
                + dir.resolve("shard-3")), merge);
        assertTrue(r.out().contains("sbatch"), r.out());

        Cli status = Cli.run("status", dir.toString());
        assertEquals(0, status.status(), status.err());
        assertTrue(status.out().contains("none yet"), status.out());
        assertEquals(3, status.out().lines().filter(l -> l.matches("[123] +missing.*never submitted")).count(), status.out());
    }

    @Test
    void dry_run_of_a_sensitivity_analysis_writes_shards_that_start_again_rather_than_resume() throws IOException {
        Path dir = tmp.resolve("analysis");
        Cli r = Cli.run("submit", "--shards", "3", "--cpus", "2", "--out", dir.toString(), "--dry-run", "--jar", jar().toString(), "--", "sensitivity",
                "--scenario", "border-2022", "--outcome", "casualties", "--params", "actors.AZE.readiness", "--samples", "8", "--runs", "2");
        assertEquals(0, r.status(), r.err());
        String study = Files.readString(dir.resolve("study.sbatch"));
        for (String line : List.of("#SBATCH --array=1-3", "#SBATCH --job-name=casus-sensitivity", "#SBATCH --cpus-per-task=2",
                "if grep -qs '\"state\": \"finished\"' \"$shard/manifest.json\"; then exit 0; fi",
                "if [ -e \"$shard\" ]; then mv -- \"$shard\" \"$shard.stopped-$SLURM_JOB_ID\"; fi",
                "sensitivity --scenario border-2022 --outcome casualties --params actors.AZE.readiness --samples 8 --runs 2 --shard \"$k/3\" "
                        + "--threads 2 --format none --out \"$shard\"")) {
            assertTrue(study.contains(line), line + " in\n" + study);
        }
        assertFalse(study.contains("--resume"), study);
        String merge = Files.readString(dir.resolve("merge.sbatch"));
        assertTrue(merge.contains("merge --out " + dir.resolve("merged") + " " + dir.resolve("shard-1") + " " + dir.resolve("shard-2") + " "
                + dir.resolve("shard-3")), merge);
        Cli status = Cli.run("status", dir.toString());
        assertTrue(status.out().contains("casus sensitivity in 3 shards"), status.out());
    }

    @Test
    void submit_refuses_an_analysis_it_cannot_read_or_split_so_finely_and_commands_that_do_not_split() throws IOException {
        Path jar = jar();
        Cli noOutcome = Cli.run("submit", "--shards", "2", "--out", tmp.resolve("a").toString(), "--dry-run", "--jar", jar.toString(), "--",
                "sensitivity", "--scenario", "border-2022");
        assertEquals(Casus.BAD_INPUT, noOutcome.status());
        assertTrue(noOutcome.err().contains("--outcome"), noOutcome.err());
        // 3 one-at-a-time points and 2 samples of Saltelli's 3 points, a run each
        Cli many = Cli.run("submit", "--shards", "10", "--out", tmp.resolve("b").toString(), "--dry-run", "--jar", jar.toString(), "--",
                "sensitivity", "--scenario", "border-2022", "--outcome", "casualties", "--params", "actors.AZE.readiness", "--samples", "2", "--runs",
                "1", "--oat-runs", "1");
        assertEquals(Casus.BAD_INPUT, many.status());
        assertTrue(many.err().contains("more shards than the study's 9 runs"), many.err());
        Cli other = Cli.run("submit", "--shards", "2", "--out", tmp.resolve("c").toString(), "--dry-run", "--jar", jar.toString(), "--",
                "validate", "--runs", "10");
        assertEquals(Casus.BAD_INPUT, other.status());
        assertTrue(other.err().contains("casus batch and casus sensitivity"), other.err());
        assertTrue(!Files.exists(tmp.resolve("a")) && !Files.exists(tmp.resolve("b")) && !Files.exists(tmp.resolve("c")));
    }

    @Test
    void the_study_may_come_before_submits_own_options_or_after_a_double_dash() throws IOException {
        Path jar = jar();
        Path first = tmp.resolve("first");
        Path dashed = tmp.resolve("dashed");
        assertEquals(0, Cli.run("submit", "--scenario", "border-2022", "--runs", "10", "--shards", "2", "--out", first.toString(), "--dry-run",
                "--jar", jar.toString()).status());
        assertEquals(0, Cli.run("submit", "--shards", "2", "--out", dashed.toString(), "--dry-run", "--jar", jar.toString(), "--", "batch",
                "--scenario", "border-2022", "--runs", "10").status());
        assertEquals(Files.readString(first.resolve("study.sbatch")).replace(first.toString(), "DIR"),
                Files.readString(dashed.resolve("study.sbatch")).replace(dashed.toString(), "DIR"));
        Cli none = Cli.run("submit", "--dry-run", "--jar", jar.toString(), "--scenario", "border-2022", "--runs", "10");
        assertEquals(Casus.BAD_INPUT, none.status());
        assertTrue(none.err().contains("--shards N, --out DIR"), none.err());
    }

    @Test
    void a_study_recording_trajectories_is_submitted_without_an_out_of_its_own() throws IOException {
        Path dir = tmp.resolve("days");
        Cli r = Cli.run("submit", "--shards", "2", "--out", dir.toString(), "--dry-run", "--jar", jar().toString(), "--scenario", "border-2022",
                "--runs", "10", "--trajectories", "3");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(dir.resolve("study.sbatch")).contains("--runs 10 --trajectories 3 --shard \"$k/2\""));
    }

    @Test
    void submit_refuses_options_the_shards_set_themselves() throws IOException {
        Path jar = jar();
        for (String own : List.of("--threads", "--shard", "--out", "--resume")) {
            Cli r = Cli.run("submit", "--shards", "2", "--out", tmp.resolve("s").toString(), "--dry-run", "--jar", jar.toString(), "--",
                    "--scenario", "border-2022", "--runs", "10", own, "2");
            assertEquals(Casus.BAD_INPUT, r.status(), own + ": " + r.out());
            assertTrue(r.err().contains(own), r.err());
        }
    }

    @Test
    void submit_refuses_a_bad_study_more_shards_than_runs_and_studies_it_cannot_split() throws IOException {
        Path jar = jar();
        Cli bad = Cli.run("submit", "--shards", "2", "--out", tmp.resolve("a").toString(), "--dry-run", "--jar", jar.toString(), "--scenario",
                "border-2022", "--runs", "10", "--set", "actors.RUS.forces_comitted_elsewhere=0.2");
        assertEquals(Casus.BAD_INPUT, bad.status());
        assertTrue(bad.err().contains("actors.RUS.forces_committed_elsewhere"), bad.err());
        Cli many = Cli.run("submit", "--shards", "11", "--out", tmp.resolve("b").toString(), "--dry-run", "--jar", jar.toString(), "--scenario",
                "border-2022", "--runs", "10");
        assertEquals(Casus.BAD_INPUT, many.status());
        assertTrue(many.err().contains("more shards than the study's 10 runs"), many.err());
        Cli journal = Cli.run("submit", "--shards", "2", "--out", tmp.resolve("c").toString(), "--dry-run", "--jar", jar.toString(), "--",
                "--journal", "x", "--runs", "10");
        assertEquals(Casus.BAD_INPUT, journal.status());
        assertTrue(journal.err().contains("recorded game"), journal.err());
        assertTrue(!Files.exists(tmp.resolve("a")) && !Files.exists(tmp.resolve("b")) && !Files.exists(tmp.resolve("c")));
    }

    @Test
    void submit_runs_from_a_jar_or_is_told_which() {
        Cli r = Cli.run("submit", "--shards", "2", "--out", tmp.resolve("s").toString(), "--dry-run", "--scenario", "border-2022", "--runs", "10");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("--jar"), r.err());
    }

    @Test
    void status_of_a_directory_that_was_not_submitted_exits_2() {
        Cli r = Cli.run("status", tmp.toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("submission.json"), r.err());
    }

    @Test
    void a_shard_stands_by_its_task_first_then_by_its_folder() {
        StudyOutput.Standing finished = new StudyOutput.Standing(Manifest.State.FINISHED, 50, 50);
        StudyOutput.Standing stopped = new StudyOutput.Standing(Manifest.State.INTERRUPTED, 20, 50);
        StudyOutput.Standing killed = new StudyOutput.Standing(Manifest.State.RUNNING, 10, 50);
        assertEquals(ShardStates.Kind.PENDING, ShardStates.shard(1, "7_1", "PENDING", null, true, false, true).kind());
        assertEquals(ShardStates.Kind.RUNNING, ShardStates.shard(1, "7_1", "RUNNING", killed, true, true, true).kind());
        assertEquals(ShardStates.Kind.DONE, ShardStates.shard(1, "7_1", "COMPLETED", finished, true, true, true).kind());
        assertEquals(ShardStates.Kind.DONE, ShardStates.shard(1, "7_1", null, finished, true, true, true).kind());
        ShardStates.Shard cancelled = ShardStates.shard(2, "7_2", "CANCELLED", stopped, true, true, true);
        assertEquals(ShardStates.Kind.FAILED, cancelled.kind());
        assertTrue(cancelled.note().contains("CANCELLED") && cancelled.note().contains("resumable"), cancelled.note());
        assertEquals(ShardStates.Kind.FAILED, ShardStates.shard(3, "7_3", null, killed, true, true, true).kind());
        assertEquals(ShardStates.Kind.UNKNOWN, ShardStates.shard(3, "7_3", null, killed, false, true, true).kind());
        assertEquals(ShardStates.Kind.FAILED, ShardStates.shard(4, "7_4", "FAILED", null, true, false, true).kind());
        assertEquals(ShardStates.Kind.MISSING, ShardStates.shard(4, "7_4", null, null, true, false, true).kind());
    }

    @Test
    void a_shard_of_an_analysis_that_did_not_finish_is_to_be_run_again_not_resumed() {
        ShardStates.Shard cancelled = ShardStates.shard(2, "7_2", "CANCELLED", new StudyOutput.Standing(Manifest.State.INTERRUPTED, 20, 50), true,
                true, false);
        assertEquals(ShardStates.Kind.FAILED, cancelled.kind());
        assertTrue(cancelled.note().contains("run again from the start") && !cancelled.note().contains("resumable"), cancelled.note());
        ShardStates.Shard killed = ShardStates.shard(3, "7_3", null, new StudyOutput.Standing(Manifest.State.RUNNING, 10, 50), true, true, false);
        assertTrue(killed.note().contains("run again from the start"), killed.note());
    }

    @Test
    void queue_lines_are_read_for_the_jobs_asked_after() {
        Map<String, String> states = Slurm.parse("12_1|COMPLETED\n12_2|CANCELLED by 0\n13|PENDING\n99_1|RUNNING\n12_[3-4]|PENDING\n", List.of("12", "13"));
        assertEquals(Map.of("12_1", "COMPLETED", "12_2", "CANCELLED", "13", "PENDING"), states);
        assertNull(states.get("99_1"));
        assertTrue(Slurm.waiting("PENDING") && Slurm.running("COMPLETING") && !Slurm.running("COMPLETED"));
    }
}
