package casus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorTableTest {
    @Test
    void has_a_row_per_day_played_with_each_value_at_the_end_of_its_day() {
        IndicatorTable t = IndicatorTable.of(Records.war(), Baseline.opening(Records.opening()));

        assertEquals(3, t.rows());
        assertEquals(List.of(0, 1, 2), List.of(t.day(0), t.day(1), t.day(2)));
        assertEquals(40, t.value("casualties", 0));
        assertEquals(90, t.value("casualties", 2));
        assertEquals(0.0, t.value("conflicts.C0.intensity", 2));
    }

    @Test
    void values_that_never_changed_come_from_an_opening_baseline() {
        IndicatorTable t = IndicatorTable.of(Records.war(), Baseline.opening(Records.opening()));

        assertEquals(0.8, t.value("actors.VIC.stability", 2));
        assertEquals(0.7, t.value("beliefs.VIC.ALY", 0));
        assertEquals(0.6, t.value("treaties.PACT.credibility", 1));
    }

    @Test
    void a_later_snapshot_tells_unchanged_values_but_not_those_that_changed_before_it() {
        Baseline day2 = Baseline.at(2, List.of(Records.ind("actors.VIC.stability", 0.8), Records.ind("beliefs.VIC.ALY", 0.65),
                Records.ind("casualties", 90)));

        IndicatorTable t = IndicatorTable.of(Records.war(), day2);

        assertEquals(0.8, t.value("actors.VIC.stability", 0));
        assertTrue(Double.isNaN(t.value("beliefs.VIC.ALY", 0)), "changed on day 1, before the snapshot: unknown on day 0");
        assertEquals(0.65, t.value("beliefs.VIC.ALY", 1));
    }

    @Test
    void without_a_baseline_values_are_unknown_until_they_first_change() {
        IndicatorTable t = IndicatorTable.of(Records.war(), Baseline.none());

        assertTrue(Double.isNaN(t.value("beliefs.VIC.ALY", 0)));
        assertEquals(0.4, t.value("beliefs.VIC.ALY", 2));
        assertTrue(Double.isNaN(t.value("actors.VIC.stability", 2)));
    }

    @Test
    void keys_keep_the_baselines_order_then_the_order_they_first_appear() {
        IndicatorTable t = IndicatorTable.of(Records.war(), Baseline.opening(Records.opening()));

        assertEquals("day", t.keys().get(0));
        assertEquals(List.of("conflicts.C0.intensity", "conflicts.C0.severity"), t.keys().subList(8, 10));
    }
}
