package casus.engine.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.engine.model.Setting;
import casus.engine.run.Flag;
import casus.engine.run.Metric;
import casus.engine.scenario.Scenarios;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TallyJsonTest {
    private static final Setting BORDER = Scenarios.load("border-2022");

    @Test
    void read_gives_back_the_tally_written() {
        for (int runs : new int[] {0, 3, Distribution.EXACT_LIMIT + 5}) {
            Tally t = tally(runs, 4);
            String line = TallyJson.write(12, t, BORDER);
            Tally back = TallyJson.read(TallyJson.parse(line), BORDER);
            assertEquals(line, TallyJson.write(12, back, BORDER));
            assertEquals(12, TallyJson.point(TallyJson.parse(line)));
            assertEquals(t.count(Flag.CEASEFIRE), back.count(Flag.CEASEFIRE));
            assertEquals(t.brokerCount(-1), back.brokerCount(-1));
            assertEquals(t.metric(Metric.CASUALTIES).percentile(0.5), back.metric(Metric.CASUALTIES).percentile(0.5), 0);
        }
    }

    @Test
    void write_does_not_depend_on_how_runs_were_merged() {
        Tally whole = tally(Distribution.EXACT_LIMIT + 100, 8);
        Tally a = tally(6_000, 8);
        Tally b = tally(Distribution.EXACT_LIMIT + 100, 8, 6_000);
        b.merge(a);
        assertEquals(TallyJson.write(0, whole, BORDER), TallyJson.write(0, b, BORDER));
    }

    private static Tally tally(int runs, long seed) {
        return tally(runs, seed, 0);
    }

    /** Runs {@code from} to {@code runs} of a made-up sequence: run i is the same whatever tally it lands in. */
    private static Tally tally(int runs, long seed, int from) {
        Tally t = new Tally(BORDER.actorCount());
        for (int i = from; i < runs; i++) {
            Random r = new Random(seed * 1_000_003 + i);
            double[] m = new double[Metric.COUNT];
            for (int k = 0; k < m.length; k++) {
                m[k] = k == 0 ? r.nextInt(5) : r.nextDouble() * 300;
            }
            t.add(r.nextLong() & 0x7FF, r.nextInt(BORDER.actorCount() + 1) - 1, m);
        }
        return t;
    }
}
