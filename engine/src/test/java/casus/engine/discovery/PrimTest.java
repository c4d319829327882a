package casus.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * PRIM on synthetic runs whose box is known: three inputs uniform on [0, 1]; the outcome occurs
 * with chance 0.9 when x0 ≥ 0.6 and x1 ≤ 0.5, and 0.05 elsewhere; x2 does nothing.
 */
class PrimTest {
    static final int RUNS = 4000;

    @Test
    void prim_finds_the_box_the_outcome_lives_in() {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(3);
        double[][] x = new double[RUNS][3];
        boolean[] y = new boolean[RUNS];
        for (int r = 0; r < RUNS; r++) {
            for (int j = 0; j < 3; j++) {
                x[r][j] = rng.nextDouble();
            }
            boolean in = x[r][0] >= 0.6 && x[r][1] <= 0.5;
            y[r] = rng.nextDouble() < (in ? 0.9 : 0.05);
        }
        Prim.Result result = Prim.run(x, y, new Prim.Options(0.05, 0.05, 0.8, 1));
        Prim.Box box = result.boxes().get(0);
        assertTrue(box.reached());
        Prim.Step s = box.box();
        assertEquals(0.6, s.low()[0], 0.05, "x0's lower bound");
        assertEquals(0.5, s.high()[1], 0.05, "x1's upper bound");
        assertTrue(s.density() >= 0.8 && s.coverage() > 0.6, "density " + s.density() + ", coverage " + s.coverage());
        List<Prim.Limit> limits = box.limits();
        Prim.Limit x0 = limit(limits, 0);
        Prim.Limit x1 = limit(limits, 1);
        assertTrue(x0.lowCut() && !x0.highCut() && x1.highCut() && !x1.lowCut(), limits.toString());
        assertTrue(x0.pValue() < 1e-6 && x1.pValue() < 1e-6, "the true restrictions are significant: " + limits);
        Prim.Limit x2 = limits.stream().filter(l -> l.input() == 2).findFirst().orElse(null);
        assertTrue(x2 == null || x2.pValue() > 0.001, "a restriction of the idle input is not significant: " + x2);
        for (int i = 1; i < box.trajectory().size(); i++) {
            assertTrue(box.trajectory().get(i).runs() < box.trajectory().get(i - 1).runs(), "each step peels runs");
        }
    }

    /** Two disjoint boxes: covering finds the second after setting the first's runs aside. */
    @Test
    void covering_finds_a_second_box() {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(4);
        double[][] x = new double[RUNS][2];
        boolean[] y = new boolean[RUNS];
        for (int r = 0; r < RUNS; r++) {
            x[r][0] = rng.nextDouble();
            x[r][1] = rng.nextDouble();
            y[r] = x[r][0] <= 0.25 && x[r][1] <= 0.4 || x[r][0] >= 0.75 && x[r][1] >= 0.6;
        }
        Prim.Result result = Prim.run(x, y, new Prim.Options(0.05, 0.03, 0.9, 3));
        assertTrue(result.boxes().size() >= 2, "boxes " + result.boxes().size());
        double covered = result.boxes().get(0).box().coverage() + result.boxes().get(1).box().coverage();
        assertTrue(covered > 0.8, "the two boxes cover " + covered);
        assertFalse(overlap(result.boxes().get(0).box(), result.boxes().get(1).box()), "the second box is elsewhere");
    }

    @Test
    void upper_tail_of_the_binomial() {
        assertEquals(0.5, Prim.upperTail(1, 1, 0.5), 1e-12);
        assertEquals(0.25 + 0.5, Prim.upperTail(1, 2, 0.5), 1e-12);
        assertEquals(1.0 / 1024, Prim.upperTail(10, 10, 0.5), 1e-12);
    }

    private static Prim.Limit limit(List<Prim.Limit> limits, int input) {
        return limits.stream().filter(l -> l.input() == input).findFirst().orElseThrow(() -> new AssertionError("no limit on x" + input + ": " + limits));
    }

    private static boolean overlap(Prim.Step a, Prim.Step b) {
        for (int j = 0; j < a.low().length; j++) {
            if (a.high()[j] < b.low()[j] || b.high()[j] < a.low()[j]) {
                return false;
            }
        }
        return true;
    }
}
