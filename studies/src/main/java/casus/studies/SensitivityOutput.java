package casus.studies;

import casus.engine.study.Slice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sensitivity analysis's directory as its runs come in, kept by the rules of a batch study's
 * ({@link StudyOutput}): the manifest is written first, marked running with the runs planned; the
 * rows are appended to {@code runs.csv.part}, with a {@link Checkpoint} every few seconds saying
 * how many runs are in, for {@code casus status}; when the runs are done the file is renamed into
 * place and, once the analysis's files are written, the manifest marked finished with every
 * file's rows and SHA-256. Stopped by a signal, it renames what is done into place and marks the
 * manifest interrupted, so that the runs in can still be merged. An analysis is not resumed: a
 * shard that stopped is run again.
 */
public final class SensitivityOutput implements AutoCloseable {
    private static final long CHECKPOINT_NANOS = 2_000_000_000L;

    private final Path dir;
    private final Manifest manifest;
    private final Slice planned;
    private final DirectoryLock lock;
    private final PartFile rows;
    private final List<Outputs.Entry> files = new ArrayList<>();
    private long done;
    private long lastCheckpoint = System.nanoTime();

    private SensitivityOutput(Path dir, Manifest manifest, Slice planned, DirectoryLock lock, PartFile rows) {
        this.dir = dir;
        this.manifest = manifest;
        this.planned = planned;
        this.lock = lock;
        this.rows = rows;
        this.done = planned.from();
    }

    /** A new output of the runs of {@code slice} in {@code dir}, which must be new or empty; {@code header} opens {@code runs.csv}. */
    public static SensitivityOutput start(Path dir, Manifest manifest, Slice slice, String header) {
        OutputDirectory.prepare(dir);
        DirectoryLock lock = DirectoryLock.take(dir);
        Manifest running = manifest.running(slice);
        running.write(dir);
        PartFile rows = PartFile.create(dir, RunsCsv.FILE);
        rows.write(header + "\n");
        return new SensitivityOutput(dir, running, slice, lock, rows);
    }

    /** The rows of a block of runs, the runs in now ending at {@code end} (counted over the analysis). */
    public void rows(String text, long end) {
        rows.write(text);
        done = end;
        if (System.nanoTime() - lastCheckpoint >= CHECKPOINT_NANOS) {
            rows.flush();
            new Checkpoint(done, rows.bytes(), -1, -1, null).write(dir);
            lastCheckpoint = System.nanoTime();
        }
    }

    /** Renames {@code runs.csv} into place, every run planned being in; the analysis is then made from it. */
    public void runsDone() {
        files.add(rows.commit(true));
    }

    /** Marks the manifest finished, with {@code runs.csv} and the analysis's files. */
    public void finish(List<Outputs.Entry> analysis) {
        files.addAll(analysis);
        manifest.finished(Coverage.of(planned), files).write(dir);
        lock.release();
    }

    /** Ends an output stopped after the runs written so far: its rows renamed into place and the manifest marked interrupted. */
    public void interrupt() {
        files.add(rows.commit(true));
        manifest.interrupted(Coverage.of(new Slice(planned.from(), done)), files).write(dir);
        lock.release();
    }

    /** Leaves the output as a killed process would: the rows under their temporary name, the manifest running. */
    @Override
    public void close() {
        try {
            rows.close();
        } finally {
            lock.close();
        }
    }
}
