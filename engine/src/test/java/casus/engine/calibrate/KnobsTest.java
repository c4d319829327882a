package casus.engine.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.model.Term;
import casus.engine.testing.TinySetting;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnobsTest {
    static final Setting TINY = TinySetting.setting();

    static String refusal(String spec) {
        return assertThrows(IllegalArgumentException.class, () -> Knobs.resolve(List.of(spec), List.of(TINY), id -> !id.equals("NEU")))
                .getMessage();
    }

    @Test
    void a_path_without_a_range_is_searched_over_its_allowed_range_from_its_value() {
        Knob k = Knobs.resolve(List.of("preferences.ATK.cost", "model.temperature=0.02:0.5"), List.of(TINY), id -> true).get(1);
        assertEquals(new Knob("model.temperature", 0.02, 0.5, 0.05, false), k);
        Knob w = Knobs.resolve(List.of("preferences.ATK.cost"), List.of(TINY), id -> true).get(0);
        assertEquals(0, w.low());
        assertEquals(3, w.high());
        assertEquals(1, w.start());
    }

    @Test
    void bad_paths_and_ranges_are_refused_naming_the_flag() {
        assertTrue(refusal("preferences.ATK.costs").startsWith("--params: unknown parameter 'preferences.ATK.costs' in every case; nearest: "
                + "preferences.ATK.cost"), refusal("preferences.ATK.costs"));
        assertTrue(refusal("actors.ATK.military_power").contains("not a preference"));
        assertEquals("--params: model.temperature: the range 0.1:0.5 excludes its hand-set value 0.05", refusal("model.temperature=0.1:0.5"));
        assertTrue(refusal("preferences.ATK.cost=0:4").contains("leaves the allowed range [0, 3]"));
        assertTrue(refusal("preferences.ATK.cost=2:1").contains("FROM below TO"));
        assertTrue(refusal("preferences.NEU.cost").contains("added by a scenario"));
        assertEquals("--params: preferences.ATK.cost is given twice", assertThrows(IllegalArgumentException.class,
                () -> Knobs.resolve(List.of("preferences.ATK.cost", "preferences.ATK.cost"), List.of(TINY), id -> true)).getMessage());
    }

    @Test
    void a_weight_that_differs_between_cases_is_refused() {
        SettingBuilder b = TinySetting.builder();
        b.id = "other";
        b.weights[TinySetting.ATK][Term.COST.ordinal()] = 2;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Knobs.resolve(List.of("preferences.ATK.cost"), List.of(TINY, b.build()), id -> true));
        assertTrue(e.getMessage().contains("is 1 in " + TINY.id() + " but 2 in other"), e.getMessage());
    }

    @Test
    void a_whole_number_constant_takes_whole_values() {
        Knob days = new Knob("model.review_days", 1, 60, 7, true);
        assertEquals(32, days.at(0.52));
        assertEquals(60, days.at(1));
        assertEquals(0.5, new Knob("x", 0, 2, 1, false).unit(1));
    }
}
