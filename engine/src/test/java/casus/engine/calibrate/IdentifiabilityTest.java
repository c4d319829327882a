package casus.engine.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiabilityTest {
    static final List<Knob> KNOBS = List.of(new Knob("a", 0, 4, 1, false), new Knob("b", 0, 4, 1, false), new Knob("c", 0, 4, 1, false));

    static Evaluation at(double objective, double... values) {
        return new Evaluation(0, "fit", values, objective, new double[] {objective}, new double[][] {{}});
    }

    @Test
    void a_profile_spans_the_bins_within_the_threshold_of_the_best() {
        // the objective is 10 (a - 2)^2: bins of width 1; within 1.92 of the best only the bins around 2
        List<Evaluation> all = new ArrayList<>();
        for (double a = 0.05; a < 4; a += 0.1) {
            all.add(at(10 * (a - 2) * (a - 2), a, 1, 4 - a));
        }
        Profile p = Identifiability.profile(KNOBS, 0, new double[4], all, 0.025, 1.95);
        assertEquals(1, p.low(), 1e-12);
        assertEquals(3, p.high(), 1e-12);
        assertEquals(0.5, p.width(), 1e-12);
        assertTrue(p.loose(), "half the range is loose");
        Profile unseen = Identifiability.profile(KNOBS, 1, new double[4], all, 0.025, 1);
        assertEquals(1, unseen.low(), 1e-12, "b was only ever 1: bins never seen are not within the threshold");
        assertEquals(2, unseen.high(), 1e-12);
        List<Evaluation> indifferent = new ArrayList<>();
        for (double c = 0.05; c < 4; c += 0.1) {
            indifferent.add(at(3, 2, 1, c));
        }
        assertTrue(Identifiability.profile(KNOBS, 2, new double[4], indifferent, 3, 2).flat(), "the objective does not care about c");
    }

    @Test
    void knobs_whose_near_best_values_go_together_trade_off() {
        List<Evaluation> near = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double a = i / 10.0;
            near.add(at(1, a, 2 - a, (i * 7 % 20) / 10.0));
        }
        near.add(at(50, 0, 0, 0));
        List<TradeOff> t = Identifiability.tradeOffs(KNOBS, near, 1);
        assertEquals(1, t.size());
        assertEquals("a", t.get(0).first());
        assertEquals("b", t.get(0).second());
        assertEquals(-1, t.get(0).correlation(), 1e-9);
        assertEquals(20, t.get(0).near());
        assertTrue(Identifiability.tradeOffs(KNOBS, near.subList(0, 5), 1).isEmpty(), "too few to judge");
    }
}
