package casus.engine.study;

import casus.engine.model.Parameter;
import casus.engine.model.Setting;
import casus.engine.run.Commands;
import casus.engine.run.Daily;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import casus.engine.run.Simulation;
import casus.engine.run.Workspace;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Runs a slice of a study on the caller's executor and streams its results. Runs are cut into
 * blocks of at most {@link #BLOCK} runs within one point; at most {@code window} blocks are in
 * flight at once, and finished blocks are handed to the listener strictly in run order, so
 * memory stays bounded however long the study and the results are the same for any number of
 * threads. The engine starts no threads: the executor is the caller's. A listener can stop the
 * study between blocks ({@link StudyListener#stopped()}); the runs heard are then a prefix of the
 * slice.
 */
public final class StudyRunner {
    /** The most runs a block holds. */
    public static final int BLOCK = 64;

    private StudyRunner() {
    }

    /**
     * Runs the runs of {@code slice}.
     *
     * @param window the most blocks in flight; a few per thread keeps every thread busy
     * @param encoder run on the worker for each finished block, its text kept in {@link Block#text()}; may be null
     * @return the end of the runs heard: {@code slice.to()}, or less when the listener stopped the study
     */
    public static long run(Study study, Slice slice, Executor executor, int window, Function<Block, String> encoder, StudyListener listener) {
        if (slice.to() > study.totalRuns()) {
            throw new StudyException("runs up to " + slice.to() + " asked of a study of " + study.totalRuns());
        }
        int runs = study.runs();
        ArrayDeque<CompletableFuture<Block>> inFlight = new ArrayDeque<>();
        long next = slice.from();
        int settingPoint = -1;
        Setting setting = null;
        int tallyPoint = -1;
        Tally tally = null;
        boolean stopped = false;
        while (true) {
            while (inFlight.size() < Math.max(1, window) && next < slice.to() && !stopped) {
                if (listener.stopped()) {
                    stopped = true;
                    break;
                }
                int point = (int) (next / runs);
                int runInPoint = (int) (next % runs);
                int size = (int) Math.min(BLOCK, Math.min(slice.to() - next, runs - runInPoint));
                if (point != settingPoint) {
                    setting = study.settingAt(point);
                    settingPoint = point;
                }
                Setting at = setting;
                long first = next;
                inFlight.add(CompletableFuture.supplyAsync(() -> compute(study, at, point, first, runInPoint, size, encoder), executor));
                next += size;
            }
            if (inFlight.isEmpty()) {
                break;
            }
            Block b = join(inFlight.poll());
            if (b.point != tallyPoint) {
                if (tally != null) {
                    listener.pointDone(tallyPoint, tally);
                }
                tally = new Tally(study.setting().actorCount());
                tallyPoint = b.point;
            }
            double[] metrics = new double[Metric.COUNT];
            for (int i = 0; i < b.size(); i++) {
                System.arraycopy(b.metrics, i * Metric.COUNT, metrics, 0, Metric.COUNT);
                tally.add(b.flags[i], b.brokers[i], metrics);
            }
            listener.block(b, tally);
        }
        if (tally != null) {
            listener.pointDone(tallyPoint, tally);
        }
        return next;
    }

    private static Block compute(Study study, Setting setting, int point, long first, int runInPoint, int size, Function<Block, String> encoder) {
        List<Parameter> drawn = study.drawn();
        Block b = new Block(point, first, runInPoint, size, drawn.size());
        Workspace workspace = new Workspace();
        for (int i = 0; i < size; i++) {
            long seed = study.seedOf(runInPoint + i);
            Simulation sim = study.factory().start(setting, seed, workspace);
            for (int k = 0; k < drawn.size(); k++) {
                b.drawn[i * drawn.size() + k] = drawn.get(k).number(sim.setting());
            }
            Outcome o;
            if (runInPoint + i < study.trajectories()) {
                double[] days = new double[setting.days() * Daily.COUNT];
                int day = 0;
                while (!sim.finished()) {
                    sim.tick(Commands.NONE);
                    Daily.read(sim.world(), days, day++ * Daily.COUNT);
                }
                b.daily[i] = java.util.Arrays.copyOf(days, day * Daily.COUNT);
                o = sim.outcome();
            } else {
                o = sim.runToEnd();
            }
            b.seeds[i] = seed;
            b.flags[i] = o.flags();
            b.brokers[i] = o.broker();
            System.arraycopy(o.metrics(), 0, b.metrics, i * Metric.COUNT, Metric.COUNT);
        }
        if (encoder != null) {
            b.text = encoder.apply(b);
        }
        return b;
    }

    private static Block join(CompletableFuture<Block> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
