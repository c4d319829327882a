package casus.engine.choice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.action.ChoiceSet;
import casus.engine.testing.FixedRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Quantal-response choice with a temperature. */
class LogitTest {

    static ChoiceSet withUtilities(double... utilities) {
        ChoiceSet set = new ChoiceSet();
        set.reset(ChoiceKind.DIPLOMACY, 0, -1);
        for (double u : utilities) {
            set.setUtility(set.add(ActionKind.PASS), u);
        }
        return set;
    }

    @Test
    void options_a_tenth_apart_are_chosen_e_squared_to_one_at_temperature_one_twentieth() {
        double[] p = new double[2];

        Logit.probabilities(withUtilities(0, 0.1), 0.05, p);

        assertEquals(Math.exp(2), p[1] / p[0], 1e-9);
        assertEquals(1, p[0] + p[1], 1e-12);
    }

    @Test
    void equal_utilities_are_equally_likely() {
        double[] p = new double[3];

        Logit.probabilities(withUtilities(0.4, 0.4, 0.4), 0.05, p);

        assertEquals(1 / 3.0, p[0], 1e-12);
        assertEquals(1 / 3.0, p[2], 1e-12);
    }

    @Test
    void the_draw_picks_the_option_whose_share_it_falls_in() {
        ChoiceSet set = withUtilities(0, 0.1);
        double p0 = 1 / (1 + Math.exp(2));

        assertEquals(0, Logit.choose(set, 0.05, new FixedRandom(p0 - 1e-6, 0)));
        assertEquals(1, Logit.choose(set, 0.05, new FixedRandom(p0 + 1e-6, 0)));
    }

    @Test
    void a_cold_chooser_takes_the_best_option() {
        ChoiceSet set = withUtilities(0.3, 0.5, 0.1);

        assertEquals(1, Logit.choose(set, 0.001, new FixedRandom(0.001, 0)));
        assertEquals(1, Logit.choose(set, 0.001, new FixedRandom(0.999, 0)));
    }

    @Test
    void huge_utilities_do_not_overflow() {
        double[] p = new double[2];

        Logit.probabilities(withUtilities(1e6, 1e6 - 0.1), 0.05, p);

        assertEquals(1 / (1 + Math.exp(-2)), p[0], 1e-9);
    }

    @Test
    void exactly_one_number_is_drawn_per_decision() {
        int[] draws = {0};
        RandomGenerator counting = new RandomGenerator() {
            @Override
            public long nextLong() {
                draws[0]++;
                return 0;
            }

            @Override
            public double nextDouble() {
                draws[0]++;
                return 0.5;
            }
        };

        Logit.choose(withUtilities(0, 0.1, 0.2, 0.3), 0.05, counting);

        assertEquals(1, draws[0]);
    }
}
