package casus.studies;

import casus.engine.study.Block;
import casus.engine.study.Slice;
import casus.engine.study.Study;
import casus.engine.study.StudyException;
import casus.engine.study.Tally;
import casus.engine.study.TallyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A study's directory as its runs come in. The manifest is written first, marked
 * {@link Manifest.State#RUNNING running} with the runs planned; rows are appended to
 * {@code runs.csv.part}, each point's tally to {@code tallies.jsonl.part} and the days of the runs
 * that record them to {@code trajectories.csv.part} as they arrive, so memory does not grow with
 * the runs; every few seconds a {@link Checkpoint} records how far the files are good. At {@link #finish} the files are renamed into place, the summaries, plots and
 * report derived, and the manifest rewritten as finished with every file's rows and SHA-256.
 * {@link #interrupt} instead renames what is done into place and marks the manifest
 * interrupted; {@link #resume} carries on from either, or from the last checkpoint of a process
 * that was killed.
 */
public final class StudyOutput implements AutoCloseable {
    private static final long CHECKPOINT_NANOS = 2_000_000_000L;

    private final Path dir;
    private final Manifest manifest;
    private final Study study;
    private final Slice planned;
    private final DirectoryLock lock;
    private final PartFile rows;
    private final PartFile tallies;
    private final PartFile days;
    private Carried carried;
    private long done;
    private long lastCheckpoint = System.nanoTime();
    private boolean closed;

    /** A point's tally from before a resume, to be added to the runs of the point still to come. */
    private record Carried(int point, Tally tally) {
    }

    private StudyOutput(Path dir, Manifest manifest, Study study, Slice planned, DirectoryLock lock, PartFile rows, PartFile tallies,
            PartFile days, long done, Carried carried) {
        this.dir = dir;
        this.manifest = manifest;
        this.study = study;
        this.planned = planned;
        this.lock = lock;
        this.rows = rows;
        this.tallies = tallies;
        this.days = days;
        this.done = done;
        this.carried = carried;
    }

    /**
     * A new output of the runs of {@code slice} in {@code dir}, which must be new or empty.
     *
     * @throws StudyException when {@code dir} holds anything, saying how to go on when it is a study's
     */
    public static StudyOutput start(Path dir, Manifest manifest, Study study, Slice slice) {
        if (Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            refuseOccupied(dir);
        }
        OutputDirectory.prepare(dir);
        DirectoryLock lock = DirectoryLock.take(dir);
        Manifest running = manifest.running(slice);
        running.write(dir);
        PartFile tallies = PartFile.create(dir, Tallies.FILE);
        PartFile rows = null;
        if (manifest.rows()) {
            rows = PartFile.create(dir, RunsCsv.FILE);
            rows.write(RunsCsv.header(manifest.factors(), manifest.drawn()) + "\n");
        }
        PartFile days = manifest.trajectories() > 0 ? Trajectories.create(dir) : null;
        return new StudyOutput(dir, running, study, slice, lock, rows, tallies, days, slice.from(), null);
    }

    private static void refuseOccupied(Path dir) {
        Manifest there = Manifest.read(dir);
        switch (there.state()) {
            case FINISHED -> throw new StudyException("--out " + dir + " already holds a study; give a new directory");
            case INTERRUPTED -> throw new StudyException(String.format(Locale.ROOT, "--out %s holds a study interrupted after %,d of its %,d runs; "
                    + "continue it with 'casus batch --resume %s', or give a new directory", dir, there.coverage().runs(), there.planned().size(),
                    dir));
            default -> throw new StudyException("--out " + dir + " holds a study that is running or was killed; continue it with 'casus batch "
                    + "--resume " + dir + "', or give a new directory");
        }
    }

    /**
     * Carries on the output in {@code dir}, which was interrupted or whose process was killed,
     * after checking that it is of the study {@code manifest} describes and that its files are as
     * the study left them. {@link #remaining()} gives the runs still to do.
     *
     * @throws StudyException when the directory holds another study, is finished, is in use, or its files were changed
     */
    public static StudyOutput resume(Path dir, Manifest manifest, Study study) {
        Manifest stored = Manifest.read(dir);
        if (stored.state() == Manifest.State.FINISHED) {
            throw new StudyException(dir + " is finished: there is nothing to resume");
        }
        if (!stored.sameStudy(manifest)) {
            throw new StudyException(dir + " was started by another build or from other files: its manifest differs in "
                    + String.join(", ", stored.differences(manifest)) + "; resume it with the build it was started with");
        }
        DirectoryLock lock = DirectoryLock.take(dir);
        try {
            Slice planned = stored.planned();
            Checkpoint at = stored.state() == Manifest.State.INTERRUPTED ? fromInterrupted(dir, stored, study, planned)
                    : fromKilled(dir, stored, planned);
            Manifest running = stored.running(planned);
            running.write(dir);
            PartFile tallies = at.tallyBytes() < 0 ? PartFile.create(dir, Tallies.FILE) : PartFile.append(dir, Tallies.FILE, at.tallyBytes());
            PartFile rows = null;
            if (stored.rows()) {
                if (at.rowBytes() < 0) {
                    rows = PartFile.create(dir, RunsCsv.FILE);
                    rows.write(RunsCsv.header(stored.factors(), stored.drawn()) + "\n");
                } else {
                    rows = PartFile.append(dir, RunsCsv.FILE, at.rowBytes());
                }
            }
            PartFile days = null;
            if (stored.trajectories() > 0) {
                days = at.dayBytes() < 0 ? Trajectories.create(dir) : Trajectories.append(dir, at.dayBytes());
            }
            Carried carried = at.open() == null ? null
                    : new Carried(TallyJson.point(TallyJson.parse(at.open())), TallyJson.read(TallyJson.parse(at.open()), stored.actors()));
            if (carried != null && at.done() >= pointEnd(carried.point(), planned, study)) {
                // the point was complete when the checkpoint was taken, but its line not yet written
                tallies.write(at.open() + "\n");
                carried = null;
            }
            StudyOutput out = new StudyOutput(dir, running, study, planned, lock, rows, tallies, days, at.done(), carried);
            out.checkpoint(null, null);
            return out;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The point of an interrupted output: its files checked and renamed back, the last point's tally carried when it is not complete. */
    private static Checkpoint fromInterrupted(Path dir, Manifest stored, Study study, Slice planned) {
        Outputs.verify(dir, stored.outputs());
        List<Slice> covered = stored.coverage().slices();
        long done = covered.isEmpty() ? planned.from() : covered.get(covered.size() - 1).to();
        long rowBytes = stored.rows() ? reopen(dir, RunsCsv.FILE) : -1;
        long tallyBytes = reopen(dir, Tallies.FILE);
        long dayBytes = stored.trajectories() > 0 ? Trajectories.reopen(dir) : -1;
        Tallies.Last last = Tallies.last(PartFile.partOf(dir.resolve(Tallies.FILE)));
        String open = null;
        if (last != null) {
            int point = TallyJson.point(TallyJson.parse(last.text()));
            if (done < pointEnd(point, planned, study)) {
                open = last.text();
                tallyBytes = last.offset();
            }
        }
        return new Checkpoint(done, rowBytes, tallyBytes, dayBytes, open);
    }

    /** The end of a point's runs in a slice. */
    private static long pointEnd(int point, Slice planned, Study study) {
        return Math.min(planned.to(), (long) (point + 1) * study.runs());
    }

    /** The point of an output whose process was killed: its last checkpoint, or its start when it has none. */
    private static Checkpoint fromKilled(Path dir, Manifest stored, Slice planned) {
        Checkpoint at = Checkpoint.read(dir);
        if (at == null) {
            return new Checkpoint(planned.from(), -1, -1, -1, null);
        }
        long rowBytes = stored.rows() ? reopen(dir, RunsCsv.FILE) : -1;
        long tallyBytes = reopen(dir, Tallies.FILE);
        long dayBytes = stored.trajectories() > 0 ? Trajectories.reopen(dir) : -1;
        if (rowBytes < at.rowBytes() || tallyBytes < at.tallyBytes() || dayBytes < at.dayBytes()) {
            throw new StudyException(dir + ": the files are shorter than its last checkpoint says they were; start the study again in a new "
                    + "directory");
        }
        return at;
    }

    /** Puts a file back under its temporary name to be written on; returns its size. */
    private static long reopen(Path dir, String name) {
        Path file = dir.resolve(name);
        Path part = PartFile.partOf(file);
        try {
            if (!Files.exists(part)) {
                if (!Files.exists(file)) {
                    throw new StudyException(dir + ": " + name + " is missing; start the study again in a new directory");
                }
                Files.move(file, part, StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.size(part);
        } catch (IOException e) {
            throw OutputDirectory.failed(file, e);
        }
    }

    /**
     * How far an output got: its state, the runs planned and how many of them are in (for one
     * still running, as of its last checkpoint).
     */
    public record Standing(Manifest.State state, long done, long planned) {
    }

    /** The standing of the output in {@code dir}, or null when it holds no study manifest. */
    public static Standing standing(Path dir) {
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            return null;
        }
        Manifest m = Manifest.read(dir);
        return switch (m.state()) {
            case FINISHED -> new Standing(m.state(), m.coverage().runs(), m.coverage().runs());
            case INTERRUPTED -> new Standing(m.state(), m.coverage().runs(), m.planned().size());
            case RUNNING -> {
                Checkpoint at = Checkpoint.read(dir);
                yield new Standing(m.state(), at == null ? 0 : at.done() - m.planned().from(), m.planned().size());
            }
        };
    }

    public Path directory() {
        return dir;
    }

    /** The runs still to do. */
    public Slice remaining() {
        return new Slice(done, planned.to());
    }

    /** What formats a block's rows on the worker, or null when no rows are written. */
    public Function<Block, String> encoder() {
        return manifest.rows() ? RunsCsv.encoder(study.design(), study.drawn().size(), manifest.actors()) : null;
    }

    /** A block of runs, with its point's tally so far (the runner's, of the runs since this process started). */
    public void block(Block b, Tally point) {
        if (rows != null) {
            rows.write(b.text());
        }
        if (days != null) {
            days.write(Trajectories.rows(b));
        }
        done = b.index(b.size() - 1) + 1;
        if (System.nanoTime() - lastCheckpoint >= CHECKPOINT_NANOS) {
            checkpoint(b, point);
        }
    }

    public void pointDone(int point, Tally tally) {
        if (carried != null && carried.point() == point) {
            tally.merge(carried.tally());
            carried = null;
        }
        tallies.write(TallyJson.write(point, study.design().point(point), tally, manifest.actors()) + "\n");
    }

    /**
     * Records how far the files are good: flushes them, and writes their sizes with the tally of
     * the point in progress (and whatever was carried into it).
     */
    private void checkpoint(Block last, Tally point) {
        if (rows != null) {
            rows.flush();
        }
        tallies.flush();
        if (days != null) {
            days.flush();
        }
        String open = null;
        if (last != null) {
            Tally t = new Tally(manifest.actors().size());
            t.merge(point);
            if (carried != null && carried.point() == last.point()) {
                t.merge(carried.tally());
            }
            open = TallyJson.write(last.point(), study.design().point(last.point()), t, manifest.actors());
        } else if (carried != null) {
            open = TallyJson.write(carried.point(), study.design().point(carried.point()), carried.tally(), manifest.actors());
        }
        new Checkpoint(done, rows == null ? -1 : rows.bytes(), tallies.bytes(), days == null ? -1 : days.bytes(), open).write(dir);
        lastCheckpoint = System.nanoTime();
    }

    /** The end of the runs written so far. */
    public long done() {
        return done;
    }

    /** Renames the files into place, writes the summaries, plots, report and the finished manifest; returns the files. */
    public List<String> finish() {
        // should the process be killed while the summaries are written, a resume goes straight to writing them again
        checkpoint(null, null);
        List<Outputs.Entry> files = commit();
        Manifest whole = manifest.finished(Coverage.of(planned), List.of());
        files.addAll(Derived.write(dir, whole));
        manifest.finished(Coverage.of(planned), files).write(dir);
        lock.release();
        return StudyFiles.list(manifest);
    }

    /**
     * Ends an output stopped after the runs up to {@link #done()}: its rows and tallies (the last
     * point's as it stood) renamed into place, and the manifest marked interrupted, with the runs
     * in and each file's rows and SHA-256, so that it can be resumed or merged.
     */
    public void interrupt() {
        if (carried != null) {
            // stopped before any run of the point it carried on
            tallies.write(TallyJson.write(carried.point(), study.design().point(carried.point()), carried.tally(), manifest.actors()) + "\n");
            carried = null;
        }
        List<Outputs.Entry> files = commit();
        manifest.interrupted(Coverage.of(new Slice(planned.from(), done)), files).write(dir);
        lock.release();
    }

    private List<Outputs.Entry> commit() {
        List<Outputs.Entry> files = new ArrayList<>();
        if (rows != null) {
            files.add(rows.commit(true));
        }
        files.add(tallies.commit(true));
        if (days != null) {
            files.add(Trajectories.compress(dir, days));
        }
        closed = true;
        return files;
    }

    /** Leaves the output as a killed process would: the files under their temporary names, resumable from the last checkpoint. */
    @Override
    public void close() {
        try {
            if (!closed) {
                closed = true;
                if (rows != null) {
                    rows.close();
                }
                tallies.close();
                if (days != null) {
                    days.close();
                }
            }
        } finally {
            lock.close();
        }
    }
}
