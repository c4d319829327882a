package casus.engine.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import casus.engine.batch.Seeds;
import casus.engine.model.Setting;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.run.Outcome;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StudyRunnerTest {
    private static final Setting BORDER = Scenarios.load("border-2022");
    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    private static Study study() {
        Design d = Design.grid(BORDER, List.of(Sweep.parse("actors.RUS.forces_committed_elsewhere=0.15:0.8:0.65")));
        return new Study(BORDER, d, 150, 7);
    }

    @Test
    void results_do_not_depend_on_threads_or_window() {
        Study s = study();
        Recorded oneThread = record(s, Slice.whole(s.totalRuns()), Runnable::run, 1);
        Recorded threeThreads = record(s, Slice.whole(s.totalRuns()), pool, 7);
        assertEquals(oneThread.rows, threeThreads.rows);
        assertEquals(oneThread.tallies, threeThreads.tallies);
        assertEquals(300, oneThread.rows.size());
    }

    @Test
    void shards_merged_equal_the_whole_study() {
        Study s = study();
        Recorded whole = record(s, Slice.whole(s.totalRuns()), pool, 4);
        List<String> rows = new ArrayList<>();
        Map<Integer, Tally> merged = new TreeMap<>();
        for (int k = 3; k >= 1; k--) {
            Recorded shard = record(s, Slice.shard(k, 3, s.totalRuns()), k == 2 ? Runnable::run : pool, k);
            rows.addAll(0, shard.rows);
            shard.raw.forEach((p, t) -> merged.merge(p, t, (a, b) -> {
                a.merge(b);
                return a;
            }));
        }
        assertEquals(whole.rows, rows);
        Map<Integer, String> text = new TreeMap<>();
        merged.forEach((p, t) -> text.put(p, TallyJson.write(p, t, BORDER)));
        assertEquals(whole.tallies, text);
    }

    @Test
    void a_runs_seed_and_point_repeat_it_alone() {
        Study s = study();
        List<Block> blocks = new ArrayList<>();
        StudyRunner.run(s, new Slice(140, 160), pool, 2, null, listener(blocks));
        for (Block b : blocks) {
            for (int i = 0; i < b.size(); i++) {
                Outcome alone = new Simulation(s.settingAt(b.point()), b.seed(i), Recorder.NONE).runToEnd();
                assertEquals(alone.flags(), b.flags(i));
                assertEquals(alone.broker(), b.broker(i));
                for (Metric m : Metric.values()) {
                    assertEquals(alone.metric(m), b.metric(i, m), 0);
                }
                assertEquals(s.seedOf(b.run(i)), b.seed(i));
            }
        }
    }

    @Test
    void a_single_point_study_tallies_each_run_as_it_plays_alone() {
        int runs = 200;
        Study s = new Study(BORDER, Design.single(), runs, 1);
        Tally[] tally = new Tally[1];
        StudyRunner.run(s, Slice.whole(runs), pool, 5, null, (p, t) -> tally[0] = t);
        Tally alone = new Tally(BORDER.actorCount());
        for (int i = 0; i < runs; i++) {
            alone.add(new Simulation(BORDER, Seeds.of(1, i), Recorder.NONE).runToEnd());
        }
        for (Flag f : Flag.values()) {
            assertEquals(alone.count(f), tally[0].count(f), f.key());
        }
        for (int b = Outcome.DIRECT; b < BORDER.actorCount(); b++) {
            assertEquals(alone.brokerCount(b), tally[0].brokerCount(b), "broker " + b);
        }
        for (Metric m : Metric.values()) {
            assertEquals(alone.metric(m).mean(), tally[0].metric(m).mean(), 1e-9 * Math.abs(alone.metric(m).mean()), m.key());
        }
    }

    @Test
    void drawn_facts_leave_out_what_a_factor_fixes() {
        Study s = study();
        assertEquals(List.of("events.strikes.amount"), s.drawn().stream().map(p -> p.path()).toList());
        List<Block> blocks = new ArrayList<>();
        StudyRunner.run(s, new Slice(0, 5), Runnable::run, 1, null, listener(blocks));
        double v = blocks.get(0).drawn(0, 0);
        assertEquals(true, v >= 0.0049 && v <= 0.0078, "drawn " + v);
    }

    @Test
    void run_refuses_a_slice_beyond_the_study() {
        Study s = study();
        assertThrows(StudyException.class, () -> StudyRunner.run(s, new Slice(0, 301), Runnable::run, 1, null, (p, t) -> { }));
    }

    @Test
    void encoder_runs_on_every_block_and_its_text_arrives_in_order() {
        Study s = study();
        List<Block> blocks = new ArrayList<>();
        StudyRunner.run(s, Slice.whole(s.totalRuns()), pool, 6, b -> Long.toString(b.index(0)), listener(blocks));
        long expected = 0;
        for (Block b : blocks) {
            assertEquals(Long.toString(expected), b.text());
            expected += b.size();
        }
        assertArrayEquals(new long[] {300}, new long[] {expected});
    }

    @Test
    void a_stopped_study_hears_a_prefix_of_its_runs_and_the_open_points_tally_as_it_stands() {
        Study s = study();
        List<Block> blocks = new ArrayList<>();
        Map<Integer, Long> tallied = new TreeMap<>();
        long[] asked = new long[1];
        long end = StudyRunner.run(s, new Slice(10, 300), pool, 3, null, new StudyListener() {
            @Override
            public void block(Block b, Tally point) {
                blocks.add(b);
            }

            @Override
            public void pointDone(int point, Tally tally) {
                tallied.put(point, tally.runs());
            }

            @Override
            public boolean stopped() {
                return ++asked[0] > 4;
            }
        });
        long next = 10;
        for (Block b : blocks) {
            assertEquals(next, b.index(0));
            next += b.size();
        }
        assertEquals(next, end);
        assertEquals(true, end > 10 && end < 300, "stopped at " + end);
        assertEquals(end - 10, tallied.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void a_study_stopped_before_it_starts_hears_nothing() {
        Study s = study();
        List<Block> blocks = new ArrayList<>();
        long end = StudyRunner.run(s, new Slice(20, 300), pool, 3, null, new StudyListener() {
            @Override
            public void block(Block b) {
                blocks.add(b);
            }

            @Override
            public void pointDone(int point, Tally tally) {
                blocks.add(null);
            }

            @Override
            public boolean stopped() {
                return true;
            }
        });
        assertEquals(20, end);
        assertEquals(List.of(), blocks);
    }

    private static StudyListener listener(List<Block> blocks) {
        return new StudyListener() {
            @Override
            public void block(Block b) {
                blocks.add(b);
            }

            @Override
            public void pointDone(int point, Tally tally) {
            }
        };
    }

    private record Recorded(List<String> rows, Map<Integer, String> tallies, Map<Integer, Tally> raw) {
    }

    private static Recorded record(Study s, Slice slice, java.util.concurrent.Executor ex, int window) {
        List<String> rows = new ArrayList<>();
        Map<Integer, String> tallies = new TreeMap<>();
        Map<Integer, Tally> raw = new TreeMap<>();
        StudyRunner.run(s, slice, ex, window, null, new StudyListener() {
            @Override
            public void block(Block b) {
                for (int i = 0; i < b.size(); i++) {
                    StringBuilder row = new StringBuilder();
                    row.append(b.point()).append(',').append(b.run(i)).append(',').append(b.seed(i)).append(',').append(b.flags(i)).append(',')
                            .append(b.broker(i));
                    for (Metric m : Metric.values()) {
                        row.append(',').append(b.metric(i, m));
                    }
                    row.append(',').append(b.drawn(i, 0));
                    rows.add(row.toString());
                }
            }

            @Override
            public void pointDone(int point, Tally tally) {
                tallies.put(point, TallyJson.write(point, tally, BORDER));
                raw.put(point, tally);
            }
        });
        return new Recorded(rows, tallies, raw);
    }
}
