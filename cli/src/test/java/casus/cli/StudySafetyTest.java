package casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.studies.Manifest;
import casus.studies.StudyOutput;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a study leaves when it is stopped, and what merge and resume make of torn, partial or unfinished outputs. */
class StudySafetyTest {
    private static final String[] STUDY = {"batch", "--scenario", "border-2022", "--runs", "1000", "--seed", "3", "--set", "scenario.days=2", "--sweep",
        "actors.RUS.forces_committed_elsewhere=0.3:0.7:0.4"};

    @TempDir
    Path tmp;

    /**
     * Runs the study into {@code dir}, asking it to stop once {@code blocks} blocks are in, as a
     * signal would; the study has 32 blocks, at most 8 of them in flight.
     */
    private static StudyExecution stopAfter(Path dir, int blocks, String... extra) {
        BatchCommand batch = new BatchCommand();
        String[] args = new String[STUDY.length - 1 + extra.length];
        System.arraycopy(STUDY, 1, args, 0, STUDY.length - 1);
        System.arraycopy(extra, 0, args, STUDY.length - 1, extra.length);
        new CommandLine(batch).parseArgs(args);
        BatchCommand.Plan plan = batch.plan();
        Interruption stop = Interruption.manual();
        int[] seen = {0};
        StudyOutput output = StudyOutput.start(dir, plan.manifest(), plan.study(), plan.slice());
        return StudyExecution.run(plan.study(), plan.slice(), 2, new PrintWriter(new StringWriter()), output, b -> {
            if (++seen[0] == blocks) {
                stop.request();
            }
        }, stop);
    }

    private static JsonObject manifest(Path dir) {
        return JsonParser.parseString(Cli.read(dir.resolve(Manifest.FILE))).getAsJsonObject();
    }

    @Test
    void an_interrupted_study_keeps_whole_files_and_resumes_to_the_uninterrupted_study_byte_for_byte() throws IOException {
        Path whole = tmp.resolve("whole");
        assertEquals(0, Cli.run(BatchStudyCommandTest.concat(STUDY, "--out", whole.toString())).status());
        Path dir = tmp.resolve("stopped");
        try (StudyExecution e = stopAfter(dir, 3)) {
            assertTrue(e.interrupted());
        }
        assertEquals(List.of("manifest.json", "runs.csv", "tallies.jsonl"), Cli.files(dir));
        JsonObject m = manifest(dir);
        assertEquals("interrupted", m.get("state").getAsString());
        long done = m.getAsJsonArray("runs_covered").get(0).getAsJsonArray().get(1).getAsLong();
        assertEquals(1 + done, Cli.read(dir.resolve("runs.csv")).lines().count());
        assertEquals(2, m.getAsJsonArray("outputs").size());

        Cli again = Cli.run(BatchStudyCommandTest.concat(STUDY, "--out", dir.toString()));
        assertEquals(Casus.BAD_INPUT, again.status());
        assertTrue(again.err().contains("casus batch --resume " + dir), again.err());

        Cli resumed = Cli.run("batch", "--resume", dir.toString(), "--threads", "3");
        assertEquals(0, resumed.status(), resumed.err());
        BatchStudyCommandTest.assertSameFiles(whole, dir);
        assertTrue(Cli.run("batch", "--resume", dir.toString()).out().contains("nothing to resume"));
    }

    @Test
    void a_study_without_rows_stopped_mid_point_resumes_to_the_whole_study() throws IOException {
        Path whole = tmp.resolve("whole");
        assertEquals(0, Cli.run(BatchStudyCommandTest.concat(STUDY, "--no-runs-csv", "--out", whole.toString())).status());
        Path dir = tmp.resolve("stopped");
        try (StudyExecution e = stopAfter(dir, 1, "--no-runs-csv")) {
            assertTrue(e.interrupted());
        }
        assertEquals(List.of("manifest.json", "tallies.jsonl"), Cli.files(dir));
        assertEquals(0, Cli.run("batch", "--resume", dir.toString()).status());
        BatchStudyCommandTest.assertSameFiles(whole, dir);
    }

    @Test
    void an_interrupted_study_recording_trajectories_compresses_them_and_resumes_to_the_same_file() throws IOException {
        Path whole = tmp.resolve("whole");
        assertEquals(0, Cli.run(BatchStudyCommandTest.concat(STUDY, "--trajectories", "3", "--out", whole.toString())).status());
        Path dir = tmp.resolve("stopped");
        try (StudyExecution e = stopAfter(dir, 3, "--trajectories", "3")) {
            assertTrue(e.interrupted());
        }
        assertEquals(List.of("manifest.json", "runs.csv", "tallies.jsonl", "trajectories.csv.gz"), Cli.files(dir));
        JsonObject file = manifest(dir).getAsJsonArray("outputs").get(2).getAsJsonObject();
        assertEquals("trajectories.csv.gz", file.get("file").getAsString());
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("trajectories.csv.gz")))) {
            long lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().count();
            assertTrue(lines > 1, "the days of the runs done are in");
            assertEquals(lines, file.get("rows").getAsLong(), "rows are the lines of the text");
        }

        assertEquals(0, Cli.run("batch", "--resume", dir.toString()).status());
        BatchStudyCommandTest.assertSameFiles(whole, dir);
    }

    @Test
    void merge_refuses_a_shard_whose_trajectories_were_cut_short() throws IOException {
        Path a = shard(1, "--trajectories", "2");
        Path b = shard(2, "--trajectories", "2");
        Path days = b.resolve("trajectories.csv.gz");
        byte[] bytes = Files.readAllBytes(days);
        Files.write(days, java.util.Arrays.copyOf(bytes, bytes.length - 12));
        Path out = tmp.resolve("merged");
        Cli r = Cli.run("merge", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(b.toString()) && r.err().contains("trajectories.csv.gz"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void resume_takes_the_study_from_the_manifest_and_refuses_other_options() {
        Path dir = tmp.resolve("stopped");
        stopAfter(dir, 2).close();
        Cli r = Cli.run("batch", "--resume", dir.toString(), "--runs", "10");
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("--runs"), r.err());
    }

    @Test
    void a_killed_study_resumes_from_its_start_when_it_left_no_checkpoint() throws IOException {
        Path whole = tmp.resolve("whole");
        assertEquals(0, Cli.run(BatchStudyCommandTest.concat(STUDY, "--out", whole.toString())).status());
        Path dir = tmp.resolve("killed");
        BatchCommand batch = new BatchCommand();
        new CommandLine(batch).parseArgs(List.of(STUDY).subList(1, STUDY.length).toArray(new String[0]));
        BatchCommand.Plan plan = batch.plan();
        StudyOutput output = StudyOutput.start(dir, plan.manifest(), plan.study(), plan.slice());
        output.close();
        Files.writeString(dir.resolve("runs.csv.part"), "point,run,seed\n0,0,12");
        assertEquals("running", manifest(dir).get("state").getAsString());

        Cli merge = Cli.run("merge", "--allow-partial", "--out", tmp.resolve("m").toString(), dir.toString());
        assertEquals(Casus.BAD_INPUT, merge.status());
        assertTrue(merge.err().contains("not finished"), merge.err());

        assertEquals(0, Cli.run("batch", "--resume", dir.toString()).status());
        BatchStudyCommandTest.assertSameFiles(whole, dir);
    }

    @Test
    void merge_refuses_a_shard_whose_rows_were_cut_short_naming_the_shard_and_file_and_writes_nothing() throws IOException {
        Path a = shard(1);
        Path b = shard(2);
        Path rows = b.resolve("runs.csv");
        List<String> lines = Files.readAllLines(rows);
        String kept = String.join("\n", lines.subList(0, lines.size() - 30)) + "\n" + lines.get(lines.size() - 30).substring(0, 17);
        Files.writeString(rows, kept);
        Path out = tmp.resolve("merged");
        Cli r = Cli.run("merge", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(b.toString()) && r.err().contains("runs.csv") && r.err().contains("rows"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void merge_refuses_a_torn_tallies_file_in_one_line_without_a_stack_trace() throws IOException {
        Path a = shard(1);
        Path b = shard(2);
        Path tallies = b.resolve("tallies.jsonl");
        String text = Files.readString(tallies);
        Files.writeString(tallies, text.substring(0, text.length() / 2));
        Path out = tmp.resolve("merged");
        Files.createDirectories(out);
        Cli r = Cli.run("merge", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("tallies.jsonl"), r.err());
        assertEquals(List.of(), Cli.files(out));
    }

    @Test
    void merge_refuses_a_shard_altered_after_it_was_written() throws IOException {
        Path a = shard(1);
        Path b = shard(2);
        Path rows = b.resolve("runs.csv");
        Files.writeString(rows, Files.readString(rows).replaceFirst(",none,", ",RUS,"));
        Cli r = Cli.run("merge", "--out", tmp.resolve("merged").toString(), a.toString(), b.toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("SHA-256") && r.err().contains("runs.csv"), r.err());
    }

    @Test
    void merging_fewer_than_all_shards_needs_allow_partial_and_says_it_is_partial() {
        Path a = shard(1);
        shard(2);
        Path out = tmp.resolve("merged");
        Cli r = Cli.run("merge", "--out", out.toString(), a.toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("--allow-partial") && r.err().contains("runs 1000–1999"), r.err());
        assertFalse(Files.exists(out));
        Cli partial = Cli.run("merge", "--allow-partial", "--out", out.toString(), a.toString());
        assertEquals(0, partial.status(), partial.err());
        assertTrue(partial.out().contains("(partial)"), partial.out());
        assertFalse(manifest(out).get("complete").getAsBoolean());
        assertTrue(Cli.read(out.resolve("report.md")).contains("Partial output"));
    }

    @Test
    void merge_refuses_an_output_whose_manifest_records_no_digests() throws IOException {
        Path a = shard(1);
        Path b = shard(2);
        JsonObject m = manifest(b);
        m.remove("outputs");
        Files.writeString(b.resolve(Manifest.FILE), m.toString());
        Cli r = Cli.run("merge", "--out", tmp.resolve("merged").toString(), a.toString(), b.toString());
        assertEquals(Casus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("digests"), r.err());
    }

    private Path shard(int k, String... extra) {
        Path dir = tmp.resolve("shard" + k);
        Cli r = Cli.run(BatchStudyCommandTest.concat(BatchStudyCommandTest.concat(STUDY, extra), "--shard", k + "/2", "--out", dir.toString()));
        assertEquals(0, r.status(), r.err());
        return dir;
    }
}
