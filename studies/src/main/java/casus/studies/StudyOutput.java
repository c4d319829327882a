package casus.studies;

import casus.engine.study.Block;
import casus.engine.study.Study;
import casus.engine.study.Tally;
import casus.engine.study.TallyJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A study's directory as its runs come in: rows appended to {@code runs.csv} and each point's
 * tally to {@code tallies.jsonl} as they arrive, so memory does not grow with the runs; then, at
 * {@link #finish}, the manifest and everything derived from the tallies.
 */
public final class StudyOutput implements AutoCloseable {
    private final Path dir;
    private final Manifest manifest;
    private final Study study;
    private final BufferedWriter rows;
    private final BufferedWriter tallies;
    private final BufferedWriter days;

    public StudyOutput(Path dir, Manifest manifest, Study study) {
        this.dir = OutputDirectory.prepare(dir);
        this.manifest = manifest;
        this.study = study;
        try {
            tallies = Files.newBufferedWriter(dir.resolve(Tallies.FILE), StandardCharsets.UTF_8);
            if (manifest.rows()) {
                rows = Files.newBufferedWriter(dir.resolve(RunsCsv.FILE), StandardCharsets.UTF_8);
                rows.write(RunsCsv.header(manifest.factors(), manifest.drawn()));
                rows.write('\n');
            } else {
                rows = null;
            }
            if (manifest.trajectories() > 0) {
                days = Trajectories.open(dir);
                days.write(Trajectories.header());
                days.write('\n');
            } else {
                days = null;
            }
        } catch (IOException e) {
            throw OutputDirectory.failed(dir, e);
        }
    }

    /** What formats a block's rows on the worker, or null when no rows are written. */
    public Function<Block, String> encoder() {
        return manifest.rows() ? RunsCsv.encoder(study.design(), study.drawn().size(), manifest.actors()) : null;
    }

    public void block(Block b) {
        if (rows != null) {
            try {
                rows.write(b.text());
            } catch (IOException e) {
                throw OutputDirectory.failed(dir.resolve(RunsCsv.FILE), e);
            }
        }
        if (days != null) {
            try {
                Trajectories.write(days, b);
            } catch (IOException e) {
                throw OutputDirectory.failed(dir.resolve(Trajectories.FILE), e);
            }
        }
    }

    public void pointDone(int point, Tally tally) {
        try {
            tallies.write(TallyJson.write(point, study.design().point(point), tally, manifest.actors()));
            tallies.write('\n');
        } catch (IOException e) {
            throw OutputDirectory.failed(dir.resolve(Tallies.FILE), e);
        }
    }

    /** Closes the streams and writes the manifest, summaries, plots and report; returns the files. */
    public List<String> finish() {
        close();
        manifest.write(dir);
        Derived.write(dir, manifest);
        return StudyFiles.list(manifest);
    }

    @Override
    public void close() {
        try {
            tallies.close();
            if (rows != null) {
                rows.close();
            }
            if (days != null) {
                days.close();
            }
        } catch (IOException e) {
            throw OutputDirectory.failed(dir, e);
        }
    }
}
