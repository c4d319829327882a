package casus.engine.world;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.model.Term;
import casus.engine.testing.TinySetting;
import org.junit.jupiter.api.Test;

/** What actors want, believe and feel toward each other, and the bounds these keep. */
class MindsTest {
    private static final Setting TINY = TinySetting.setting();

    @Test
    void minds_start_as_the_scenario_gives_them() {
        SettingBuilder b = TinySetting.builder();
        b.weights[DEF][Term.COST.ordinal()] = 2.5;
        b.belief[DEF][PAT] = 0.9;

        Minds m = new Minds(b.build());

        assertEquals(2.5, m.weight(DEF, Term.COST.ordinal()));
        assertEquals(0.9, m.belief(DEF, PAT));
        assertEquals(-0.9, m.alignment(DEF, ATK));
    }

    @Test
    void beliefs_are_kept_within_zero_and_one() {
        Minds m = new Minds(TINY);

        m.setBelief(DEF, PAT, 1.7);
        m.setBelief(ATK, PAT, -0.2);

        assertEquals(1, m.belief(DEF, PAT));
        assertEquals(0, m.belief(ATK, PAT));
    }

    @Test
    void alignment_is_kept_within_minus_one_and_one_however_it_moves() {
        Minds m = new Minds(TINY);

        m.setAlignment(DEF, PAT, 1.5);
        m.shiftAlignment(DEF, ATK, -0.5);
        m.shiftAlignment(NEU, DEF, 0.3);

        assertEquals(1, m.alignment(DEF, PAT));
        assertEquals(-1, m.alignment(DEF, ATK));
        assertEquals(0.5, m.alignment(NEU, DEF), 1e-12);
        assertEquals(0.1, m.alignment(DEF, NEU), 1e-12, "an alignment is one actor's toward another");
    }

    @Test
    void turning_toward_a_partner_warms_both_ways_and_is_remembered_by_the_one_who_turned() {
        Minds m = new Minds(TINY);

        m.realign(DEF, NEU, 0.2);

        assertEquals(0.3, m.alignment(DEF, NEU), 1e-12);
        assertEquals(0.4, m.alignment(NEU, DEF), 1e-12);
        assertTrue(m.realigned(DEF, NEU));
        assertFalse(m.realigned(NEU, DEF));
    }

    @Test
    void the_one_who_asked_learns_more_than_onlookers_and_nobody_learns_of_itself() {
        Minds m = new Minds(TINY);

        m.learn(DEF, PAT, -1, 1, 1);

        double asked = m.belief(DEF, PAT) - 0.5;
        double looked = m.belief(MBA, PAT) - 0.5;
        assertTrue(asked > looked && looked > 0, asked + " then " + looked);
        assertEquals(0.5, m.belief(PAT, PAT), "the one that answered does not learn of itself");
        assertEquals(0.5, m.belief(DEF, NEU), "nor does anyone learn of others");
    }
}
