package casus.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Expectation;
import casus.engine.model.FactChange;
import casus.engine.model.Roles;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validation with the engine's own rules, on the tiny crisis, for classes that hold by what the
 * outcomes mean rather than by how the rules weigh things.
 */
class ValidationWithRulesTest {
    static Report validate(Setting s) {
        return Validation.run(List.of(s), 20, 1, Runnable::run, () -> 0);
    }

    @Test
    void putting_the_only_offensive_after_the_end_turns_the_attackers_gain() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.offensive(b, "offensive", 0, 1.0, TinySetting.HOME);
        b.expectations.add(new Expectation("attacker_gained_territory", "true", "", List.of(new FactChange("events.offensive.day", "366")),
                "with no offensive there is nothing to gain"));

        Case c = validate(b.build()).cases().get(0);

        assertEquals(ExpectationClass.DISCRIMINATING, c.expectationClass());
        assertTrue(c.declared().works());
        assertEquals(1.0, c.declared().pOther(), 1e-12);
    }

    @Test
    void without_an_alliance_under_test_no_suspension_is_structural() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.offensive(b, "offensive", 0, 1.0, TinySetting.HOME);
        b.roles = new Roles(TinySetting.DEF, TinySetting.ATK, Roles.NONE);
        b.expectations.add(new Expectation("member_suspended", "false", ""));

        Report r = validate(b.build());

        assertEquals(ExpectationClass.STRUCTURAL, r.cases().get(0).expectationClass());
        assertEquals(r.search().get(0).candidates(), r.search().get(0).tried());
    }
}
