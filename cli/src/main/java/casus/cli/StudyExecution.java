package casus.cli;

import casus.engine.study.Block;
import casus.engine.study.Slice;
import casus.engine.study.Study;
import casus.engine.study.StudyListener;
import casus.engine.study.StudyRunner;
import casus.engine.study.Tally;
import casus.studies.PointStats;
import casus.studies.StudyOutput;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a slice of a study on worker threads, with a progress bar on standard error, writing the
 * study's files when given an output, and handing every block to {@code alsoEach} as well.
 *
 * @param points each point's statistics, in the order the points were done
 * @param files the files the output wrote, or none without one
 */
record StudyExecution(List<PointStats> points, List<String> files, double runsPerSecond) {

    static StudyExecution run(Study study, Slice slice, int threads, PrintWriter err, StudyOutput output, Consumer<Block> alsoEach) {
        List<PointStats> points = new ArrayList<>();
        List<String> files = List.of();
        long start = System.nanoTime();
        try (Workers workers = new Workers(threads); Progress progress = Progress.start(err, slice.size())) {
            StudyRunner.run(study, slice, workers.executor(), 4 * threads, output == null ? null : output.encoder(), new StudyListener() {
                @Override
                public void block(Block b) {
                    if (output != null) {
                        output.block(b);
                    }
                    alsoEach.accept(b);
                    progress.advance(b.size());
                }

                @Override
                public void pointDone(int point, Tally tally) {
                    if (output != null) {
                        output.pointDone(point, tally);
                    }
                    points.add(PointStats.of(point, study.design().point(point), tally));
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            if (output != null) {
                files = output.finish();
            }
            return new StudyExecution(points, files, seconds <= 0 ? 0 : slice.size() / seconds);
        }
    }

    /** Says which files were written into {@code dir}: after a table, below it; otherwise on standard error, so machine-readable output stays clean. */
    void tellWritten(PrintWriter out, PrintWriter err, boolean table, java.nio.file.Path dir) {
        PrintWriter notice = table ? out : err;
        if (table) {
            out.println();
        }
        notice.println("wrote " + dir + ": " + String.join(", ", files));
        notice.flush();
    }
}
