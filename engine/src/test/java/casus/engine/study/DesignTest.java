package casus.engine.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class DesignTest {
    private static final Setting BORDER = Scenarios.load("border-2022");

    @Test
    void grid_is_the_cross_product_with_the_first_sweep_slowest() {
        Design d = Design.grid(BORDER, List.of(Sweep.parse("actors.RUS.forces_committed_elsewhere=0.2:0.4:0.1"),
                Sweep.parse("relations.RUS.AZE.interdependence=0.3:0.5:0.2")));
        assertEquals(6, d.size());
        double[][] expected = {{0.2, 0.3}, {0.2, 0.5}, {0.3, 0.3}, {0.3, 0.5}, {0.4, 0.3}, {0.4, 0.5}};
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], d.point(i), 0, "point " + i);
        }
        assertEquals("actors.RUS.forces_committed_elsewhere", d.factors().get(0).path());
    }

    @Test
    void sweep_steps_in_decimal_so_values_are_as_written() {
        Design d = Design.grid(BORDER, List.of(Sweep.parse("beliefs.ARM.CSTO=0:0.3:0.1")));
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3}, new double[] {d.value(0, 0), d.value(1, 0), d.value(2, 0), d.value(3, 0)}, 0);
    }

    @Test
    void sweep_stops_at_the_last_step_within_to() {
        assertEquals(3, Sweep.parse("x=0:1:0.4").values().size());
    }

    @Test
    void sweep_out_of_range_is_refused_with_the_range() {
        StudyException e = assertThrows(StudyException.class,
                () -> Design.grid(BORDER, List.of(Sweep.parse("actors.RUS.readiness=0.5:1.5:0.5"))));
        assertTrue(e.getMessage().contains("actors.RUS.readiness") && e.getMessage().contains("[0, 1]"), e.getMessage());
    }

    @Test
    void sweep_of_an_unknown_path_names_the_nearest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Design.grid(BORDER, List.of(Sweep.parse("actors.RUS.forces_comitted_elsewhere=0:1:0.5"))));
        assertTrue(e.getMessage().contains("actors.RUS.forces_committed_elsewhere"), e.getMessage());
    }

    @Test
    void sweep_of_a_whole_number_parameter_refuses_fractions() {
        assertThrows(StudyException.class, () -> Design.grid(BORDER, List.of(Sweep.parse("scenario.days=1:3:0.5"))));
    }

    @Test
    void sweep_of_an_actor_parameter_is_refused() {
        assertThrows(StudyException.class, () -> Design.grid(BORDER, List.of(Sweep.parse("regions.SYUNIK.de_jure=0:1:1"))));
    }

    @Test
    void sweep_malformed_is_refused() {
        assertThrows(StudyException.class, () -> Sweep.parse("beliefs.ARM.CSTO=0:1"));
        assertThrows(StudyException.class, () -> Sweep.parse("beliefs.ARM.CSTO=0:1:0"));
        assertThrows(StudyException.class, () -> Sweep.parse("beliefs.ARM.CSTO=1:0:0.1"));
        assertThrows(StudyException.class, () -> Sweep.parse("beliefs.ARM.CSTO=a:1:0.1"));
    }

    @Test
    void latin_keeps_one_point_per_stratum_within_the_range() {
        int n = 20;
        Design d = Design.latin(BORDER, List.of(Sample.parse("actors.RUS.forces_committed_elsewhere=0.2:0.6")), n,
                RandomGeneratorFactory.of("L64X128MixRandom").create(9));
        int[] hits = new int[n];
        for (int i = 0; i < n; i++) {
            double v = d.value(i, 0);
            assertTrue(v >= 0.2 && v <= 0.6, "value " + v);
            hits[Math.min(n - 1, (int) ((v - 0.2) / 0.4 * n))]++;
        }
        for (int h : hits) {
            assertEquals(1, h);
        }
    }

    @Test
    void cross_of_a_grid_and_a_sample_has_every_pair() {
        Design grid = Design.grid(BORDER, List.of(Sweep.parse("beliefs.ARM.CSTO=0:1:0.5")));
        Design lhs = Design.latin(BORDER, List.of(Sample.parse("beliefs.ARM.RUS=0:1")), 4, RandomGeneratorFactory.of("L64X128MixRandom").create(2));
        Design both = Design.cross(grid, lhs);
        assertEquals(12, both.size());
        assertEquals(0.5, both.value(4, 0), 0);
        assertEquals(lhs.value(0, 0), both.value(4, 1), 0);
    }

    @Test
    void cross_refuses_a_path_varied_twice() {
        Design a = Design.grid(BORDER, List.of(Sweep.parse("beliefs.ARM.CSTO=0:1:0.5")));
        assertThrows(StudyException.class, () -> Design.cross(a, a));
    }
}
