package casus.studies;

import casus.engine.study.StudyException;
import casus.engine.study.Tally;
import casus.engine.study.TallyJson;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.ToLongFunction;

/**
 * Combines the outputs of shards of one study into one output: the rows and the recorded days
 * interleaved back into run order, the tallies of a point split between shards added together,
 * the runs covered joined, and the summaries, plots and report made again from the joined
 * tallies. Shards that together hold every run give exactly the files one unsplit study writes;
 * fewer give a partial output, when asked for, that can be merged again.
 *
 * <p>Every shard is checked before anything is written: its manifest must say it stopped (finished
 * or interrupted, not running or killed), and each of its files must still have the rows, bytes
 * and SHA-256 the manifest records. Nothing is left in the output directory when a merge fails.
 */
public final class Merger {
    private Merger() {
    }

    /**
     * Merges the outputs in {@code sources} into {@code out}.
     *
     * @param partial whether an output of fewer than all the study's runs is wanted
     * @param stopped asked between rows: once it says yes, the merge stops and removes what it wrote
     * @throws StudyException when an output is not whole, the outputs are of different studies, hold a run twice or, unless
     *     {@code partial}, leave runs out
     * @throws CancellationException when stopped
     */
    public static Manifest merge(List<Path> sources, Path out, boolean partial, BooleanSupplier stopped) {
        return merge(sources, out, partial, stopped, (joined, stop) -> {
            List<Outputs.Entry> files = new ArrayList<>();
            if (joined.rows()) {
                int runsPerPoint = joined.runsPerPoint();
                files.add(rows(sources, out, line -> RunsCsv.index(line, runsPerPoint), stop));
            }
            files.add(tallies(sources, out, joined.actors(), stop));
            if (joined.trajectories() > 0) {
                files.add(Trajectories.merge(sources, out, joined.runsPerPoint(), stop));
            }
            files.addAll(Derived.write(out, joined));
            return files;
        });
    }

    /** The files of a merged output but its manifest, written from the shards'. */
    public interface Contents {
        /** Writes them for the shards' manifest {@code joined}; returns what the manifest records of them. */
        List<Outputs.Entry> write(Manifest joined, BooleanSupplier stopped);
    }

    /**
     * Merges the outputs in {@code sources} into {@code out}, as {@link #merge(List, Path, boolean, BooleanSupplier)},
     * the files being written by {@code contents}: for another kind of study, whose files are its own.
     */
    public static Manifest merge(List<Path> sources, Path out, boolean partial, BooleanSupplier stopped, Contents contents) {
        Manifest joined = join(sources, partial);
        boolean existed = Files.exists(out);
        OutputDirectory.prepare(out);
        try {
            Manifest merged = joined.finished(joined.coverage(), contents.write(joined, stopped));
            merged.write(out);
            return merged;
        } catch (RuntimeException e) {
            OutputDirectory.discard(out, !existed);
            throw e;
        }
    }

    /**
     * The manifest of the outputs together, each checked.
     *
     * @throws StudyException as {@link #merge}
     */
    static Manifest join(List<Path> sources, boolean partial) {
        if (sources.isEmpty()) {
            throw new StudyException("nothing to merge: name the shards' directories");
        }
        List<Manifest> manifests = new ArrayList<>();
        for (Path dir : sources) {
            manifests.add(whole(dir));
        }
        Manifest first = manifests.get(0);
        List<Coverage> coverages = new ArrayList<>();
        for (int i = 0; i < manifests.size(); i++) {
            Manifest m = manifests.get(i);
            if (!first.sameStudy(m)) {
                throw new StudyException(sources.get(i) + " is not a shard of the same study as " + sources.get(0) + ": they differ in "
                        + String.join(", ", first.differences(m)));
            }
            coverages.add(m.coverage());
        }
        Coverage all = Coverage.union(coverages);
        if (!all.complete(first.totalRuns()) && !partial) {
            throw new StudyException(String.format(Locale.ROOT, "the outputs hold runs %s of the study's %,d: runs %s are in none of them (a shard "
                    + "missing or interrupted?); merge every shard, or give --allow-partial for a partial output", all, first.totalRuns(),
                    all.missing(first.totalRuns())));
        }
        for (int i = 0; i < manifests.size(); i++) {
            Outputs.verify(sources.get(i), manifests.get(i).outputs());
        }
        return first.with(all);
    }

    /** The manifest of an output that stopped and recorded its files. */
    private static Manifest whole(Path dir) {
        Manifest m = Manifest.read(dir);
        if (m.state() == Manifest.State.RUNNING) {
            throw new StudyException(dir + " is not finished: it is still running, or its process was killed; " + (m.analysis() == null
                    ? "finish it with 'casus batch --resume " + dir + "'" : "run that shard again into a new directory"));
        }
        if (!m.hasOutputs()) {
            throw new StudyException(dir + " was written by a Casus that did not record its files' digests, so it cannot be checked; run it "
                    + "again");
        }
        return m;
    }

    /** One open file and its next line. */
    private static final class Cursor {
        final BufferedReader in;
        final int source;
        final Path file;
        String line;
        long key;
        long n;

        Cursor(BufferedReader in, int source, Path file) {
            this.in = in;
            this.source = source;
            this.file = file;
        }

        boolean next() throws IOException {
            line = in.readLine();
            n++;
            return line != null;
        }
    }

    /**
     * Interleaves the shards' {@code runs.csv} rows into run order, each row's study-wide run index
     * given by {@code index}; returns what the manifest records of the file.
     */
    public static Outputs.Entry rows(List<Path> sources, Path out, ToLongFunction<String> index, BooleanSupplier stopped) {
        List<BufferedReader> readers = new ArrayList<>();
        try (PartFile w = PartFile.create(out, RunsCsv.FILE)) {
            PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparingLong((Cursor c) -> c.key));
            String header = null;
            for (int i = 0; i < sources.size(); i++) {
                BufferedReader r = Files.newBufferedReader(sources.get(i).resolve(RunsCsv.FILE), StandardCharsets.UTF_8);
                readers.add(r);
                String h = r.readLine();
                if (header == null) {
                    header = h;
                } else if (!header.equals(h)) {
                    throw new StudyException(sources.get(i).resolve(RunsCsv.FILE) + " has other columns than " + sources.get(0).resolve(RunsCsv.FILE));
                }
                Cursor c = new Cursor(r, i, sources.get(i).resolve(RunsCsv.FILE));
                c.n = 1;
                if (advanceRow(c, index)) {
                    queue.add(c);
                }
            }
            w.write(header == null ? "" : header);
            w.write("\n");
            long last = -1;
            while (!queue.isEmpty()) {
                stop(stopped);
                Cursor c = queue.poll();
                if (c.key <= last) {
                    throw new StudyException("run " + c.key + " appears twice, or out of order, in " + sources.get(c.source).resolve(RunsCsv.FILE));
                }
                last = c.key;
                w.write(c.line);
                w.write("\n");
                if (advanceRow(c, index)) {
                    queue.add(c);
                }
            }
            return w.commit(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge " + RunsCsv.FILE, e);
        } finally {
            readers.forEach(Merger::closeQuietly);
        }
    }

    private static boolean advanceRow(Cursor c, ToLongFunction<String> index) throws IOException {
        if (!c.next()) {
            return false;
        }
        try {
            c.key = index.applyAsLong(c.line);
        } catch (RuntimeException e) {
            throw new StudyException(c.file + ": line " + c.n + " is not a run's row: the file was cut short or changed");
        }
        return true;
    }

    private static Outputs.Entry tallies(List<Path> sources, Path out, List<String> actors, BooleanSupplier stopped) {
        List<BufferedReader> readers = new ArrayList<>();
        try (PartFile w = PartFile.create(out, Tallies.FILE)) {
            PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparingLong((Cursor c) -> c.key).thenComparingInt(c -> c.source));
            for (int i = 0; i < sources.size(); i++) {
                BufferedReader r = Files.newBufferedReader(sources.get(i).resolve(Tallies.FILE), StandardCharsets.UTF_8);
                readers.add(r);
                Cursor c = new Cursor(r, i, sources.get(i).resolve(Tallies.FILE));
                if (advanceTally(c)) {
                    queue.add(c);
                }
            }
            while (!queue.isEmpty()) {
                stop(stopped);
                List<Cursor> same = new ArrayList<>();
                same.add(queue.poll());
                while (!queue.isEmpty() && queue.peek().key == same.get(0).key) {
                    same.add(queue.poll());
                }
                if (same.size() == 1) {
                    w.write(same.get(0).line);
                } else {
                    JsonObject o = TallyJson.parse(same.get(0).line);
                    Tally t = TallyJson.read(o, actors);
                    for (int k = 1; k < same.size(); k++) {
                        Cursor c = same.get(k);
                        t.merge(Tallies.tally(c.file, c.n, TallyJson.parse(c.line), actors));
                    }
                    w.write(TallyJson.write((int) same.get(0).key, TallyJson.values(o), t, actors));
                }
                w.write("\n");
                for (Cursor c : same) {
                    if (advanceTally(c)) {
                        queue.add(c);
                    }
                }
            }
            return w.commit(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge " + Tallies.FILE, e);
        } finally {
            readers.forEach(Merger::closeQuietly);
        }
    }

    private static boolean advanceTally(Cursor c) throws IOException {
        if (!c.next()) {
            return false;
        }
        c.key = Tallies.point(c.file, c.n, Tallies.parse(c.file, c.n, c.line));
        return true;
    }

    /** Ends a merge that was asked to stop. */
    static void stop(BooleanSupplier stopped) {
        if (stopped.getAsBoolean()) {
            throw new CancellationException("the merge was stopped");
        }
    }

    private static void closeQuietly(BufferedReader r) {
        try {
            r.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
