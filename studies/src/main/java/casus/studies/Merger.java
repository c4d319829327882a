package casus.studies;

import casus.engine.study.StudyException;
import casus.engine.study.Tally;
import casus.engine.study.TallyJson;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToLongFunction;

/**
 * Combines the outputs of shards of one study into one output: the rows interleaved back into
 * run order, the tallies of a point split between shards added together, the runs covered
 * joined, and the summaries, plots and report made again from the joined tallies. Shards that
 * together hold every run give exactly the files one unsplit study writes; fewer give a partial
 * output that can be merged again.
 */
public final class Merger {
    private Merger() {
    }

    /**
     * Merges the outputs in {@code sources} into {@code out}.
     *
     * @throws StudyException when the outputs are of different studies or hold a run twice
     */
    public static Manifest merge(List<Path> sources, Path out) {
        Manifest merged = join(sources);
        OutputDirectory.prepare(out);
        if (merged.rows()) {
            int runsPerPoint = merged.runsPerPoint();
            rows(sources, out, line -> RunsCsv.index(line, runsPerPoint));
        }
        tallies(sources, out, merged.actors());
        if (merged.trajectories() > 0) {
            Trajectories.merge(sources, out, merged.runsPerPoint());
        }
        merged.write(out);
        Derived.write(out, merged);
        return merged;
    }

    /**
     * The manifest of the shards' outputs together.
     *
     * @throws StudyException when there are none, or they are of different studies or hold a run twice
     */
    public static Manifest join(List<Path> sources) {
        if (sources.isEmpty()) {
            throw new StudyException("nothing to merge: name the shards' directories");
        }
        List<Manifest> manifests = new ArrayList<>();
        for (Path dir : sources) {
            manifests.add(Manifest.read(dir));
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
        return first.with(Coverage.union(coverages));
    }

    /** One open file and its next line. */
    private static final class Cursor {
        final BufferedReader in;
        final int source;
        String line;
        long key;

        Cursor(BufferedReader in, int source) {
            this.in = in;
            this.source = source;
        }
    }

    /** Interleaves the shards' {@code runs.csv} rows into run order, each row's study-wide run index given by {@code index}. */
    public static void rows(List<Path> sources, Path out, ToLongFunction<String> index) {
        List<BufferedReader> readers = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve(RunsCsv.FILE), StandardCharsets.UTF_8)) {
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
                Cursor c = new Cursor(r, i);
                if (advanceRow(c, index)) {
                    queue.add(c);
                }
            }
            w.write(header == null ? "" : header);
            w.write('\n');
            long last = -1;
            while (!queue.isEmpty()) {
                Cursor c = queue.poll();
                if (c.key <= last) {
                    throw new StudyException("run " + c.key + " appears twice, or out of order, in " + sources.get(c.source).resolve(RunsCsv.FILE));
                }
                last = c.key;
                w.write(c.line);
                w.write('\n');
                if (advanceRow(c, index)) {
                    queue.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge " + RunsCsv.FILE, e);
        } finally {
            readers.forEach(Merger::closeQuietly);
        }
    }

    private static boolean advanceRow(Cursor c, ToLongFunction<String> index) throws IOException {
        c.line = c.in.readLine();
        if (c.line == null) {
            return false;
        }
        c.key = index.applyAsLong(c.line);
        return true;
    }

    private static void tallies(List<Path> sources, Path out, List<String> actors) {
        List<BufferedReader> readers = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve(Tallies.FILE), StandardCharsets.UTF_8)) {
            PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparingLong((Cursor c) -> c.key).thenComparingInt(c -> c.source));
            for (int i = 0; i < sources.size(); i++) {
                BufferedReader r = Files.newBufferedReader(sources.get(i).resolve(Tallies.FILE), StandardCharsets.UTF_8);
                readers.add(r);
                Cursor c = new Cursor(r, i);
                if (advanceTally(c)) {
                    queue.add(c);
                }
            }
            while (!queue.isEmpty()) {
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
                        t.merge(TallyJson.read(TallyJson.parse(same.get(k).line), actors));
                    }
                    w.write(TallyJson.write((int) same.get(0).key, TallyJson.values(o), t, actors));
                }
                w.write('\n');
                for (Cursor c : same) {
                    if (advanceTally(c)) {
                        queue.add(c);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge " + Tallies.FILE, e);
        } finally {
            readers.forEach(Merger::closeQuietly);
        }
    }

    private static boolean advanceTally(Cursor c) throws IOException {
        c.line = c.in.readLine();
        if (c.line == null) {
            return false;
        }
        c.key = TallyJson.point(TallyJson.parse(c.line));
        return true;
    }

    private static void closeQuietly(BufferedReader r) {
        try {
            r.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
