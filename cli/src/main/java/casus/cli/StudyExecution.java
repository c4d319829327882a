package casus.cli;

import casus.engine.study.Block;
import casus.engine.study.Slice;
import casus.engine.study.Study;
import casus.engine.study.StudyListener;
import casus.engine.study.StudyRunner;
import casus.engine.study.Tally;
import casus.engine.study.TallyJson;
import casus.studies.Outcomes;
import casus.studies.PointStats;
import casus.studies.StudyOutput;
import casus.studies.Tallies;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a slice of a study on worker threads, with a progress bar on standard error, writing the
 * study's files when given an output, handing every block to {@code alsoEach} as well, and
 * stopping at the next block when interrupted. The points' statistics are not kept: a study of
 * several points leaves its tallies in a file (the output's, or a temporary one deleted at
 * {@link #close()}), read back a point at a time by {@link #eachPoint}.
 */
final class StudyExecution implements AutoCloseable {
    private final PointStats single;
    private final Path tallies;
    private final boolean spooled;
    private final List<String> files;
    private final double runsPerSecond;
    private final long done;
    private final boolean interrupted;

    private StudyExecution(PointStats single, Path tallies, boolean spooled, List<String> files, double runsPerSecond, long done,
            boolean interrupted) {
        this.single = single;
        this.tallies = tallies;
        this.spooled = spooled;
        this.files = files;
        this.runsPerSecond = runsPerSecond;
        this.done = done;
        this.interrupted = interrupted;
    }

    static StudyExecution run(Study study, Slice slice, int threads, PrintWriter err, StudyOutput output, Consumer<Block> alsoEach, Interruption stop) {
        boolean onePoint = study.design().factors().isEmpty() && study.design().size() == 1;
        Path spool = output != null || onePoint ? null : spool();
        PointStats[] first = new PointStats[1];
        List<String> actors = actors(study);
        long start = System.nanoTime();
        try (Workers workers = new Workers(threads); Progress progress = Progress.start(err, slice.size());
                BufferedWriter spooled = spool == null ? null : Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
            long end = StudyRunner.run(study, slice, workers.executor(), 4 * threads, output == null ? null : output.encoder(), new StudyListener() {
                @Override
                public void block(Block b, Tally point) {
                    if (output != null) {
                        output.block(b, point);
                    }
                    alsoEach.accept(b);
                    progress.advance(b.size());
                }

                @Override
                public void pointDone(int point, Tally tally) {
                    if (output != null) {
                        output.pointDone(point, tally);
                    }
                    if (onePoint) {
                        first[0] = PointStats.of(point, study.design().point(point), tally);
                    } else if (spooled != null) {
                        write(spooled, TallyJson.write(point, study.design().point(point), tally, actors));
                    }
                }

                @Override
                public boolean stopped() {
                    return stop.requested();
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean stopped = end < slice.to();
            List<String> files = List.of();
            if (output != null) {
                if (stopped) {
                    output.interrupt();
                } else {
                    files = output.finish();
                }
            }
            Path tallies = spool != null ? spool : output == null ? null : output.directory().resolve(Tallies.FILE);
            return new StudyExecution(first[0], tallies, spool != null, files, seconds <= 0 ? 0 : (end - slice.from()) / seconds, end, stopped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the points' tallies in " + spool, e);
        } catch (RuntimeException | Error e) {
            if (output != null) {
                output.close();
            }
            delete(spool);
            throw e;
        }
    }

    private static Path spool() {
        try {
            Path p = Files.createTempFile("casus-points-", ".jsonl");
            try {
                p.toFile().deleteOnExit();
            } catch (IllegalStateException e) {
                // already shutting down on a signal: close() deletes it
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a file for the points' tallies", e);
        }
    }

    private static void write(BufferedWriter w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the points' tallies", e);
        }
    }

    static List<String> actors(Study study) {
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < study.setting().actorCount(); a++) {
            ids.add(study.setting().actorId(a));
        }
        return ids;
    }

    /** The one point's statistics, for a study of one point with no factors. */
    PointStats single() {
        return single;
    }

    double runsPerSecond() {
        return runsPerSecond;
    }

    /** The end of the runs done: the slice's end, or less when interrupted. */
    long done() {
        return done;
    }

    boolean interrupted() {
        return interrupted;
    }

    /** The outcomes a summary of the points has columns for (a first reading of the tallies). */
    List<Outcomes.Outcome> outcomes(List<String> actors) {
        if (single != null) {
            return Outcomes.of(List.of(single), actors);
        }
        Tally pooled = new Tally(actors.size());
        Tallies.readFile(tallies, actors, (point, values, tally, line) -> pooled.merge(tally));
        return Outcomes.of(pooled, actors);
    }

    /** Hears each point's statistics in point order, read back from the tallies. */
    void eachPoint(List<String> actors, Consumer<PointStats> each) {
        if (single != null) {
            each.accept(single);
            return;
        }
        Tallies.readFile(tallies, actors, (point, values, tally, line) -> each.accept(PointStats.of(point, values, tally)));
    }

    /** Says which files were written into {@code dir}: after a table, below it; otherwise on standard error, so machine-readable output stays clean. */
    void tellWritten(PrintWriter out, PrintWriter err, boolean table, Path dir) {
        PrintWriter notice = table ? out : err;
        if (table) {
            out.println();
        }
        notice.println("wrote " + dir + ": " + String.join(", ", files));
        notice.flush();
    }

    @Override
    public void close() {
        if (spooled) {
            delete(tallies);
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the system's own clean-up will have it
        }
    }
}
