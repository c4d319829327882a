package casus.engine.world;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.MBB;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static casus.engine.testing.TinySetting.THD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Article;
import casus.engine.model.Obligation;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import org.junit.jupiter.api.Test;

/** Who takes part in each treaty, who leads it and how far it is believed; declared protection. */
class TreatiesTest {

    static Treaties of(Setting s) {
        return new Treaties(s, new Minds(s));
    }

    @Test
    void a_councils_credibility_is_the_mean_belief_its_active_members_hold_in_it() {
        SettingBuilder b = TinySetting.builder();
        int council = b.subject("BLOC");
        b.belief[DEF][council] = 0.2;
        b.belief[PAT][council] = 0.8;
        b.belief[MBA][council] = 0.6;
        b.belief[MBB][council] = 0.4;
        Treaties t = of(b.build());
        assertEquals(0.5, t.credibility(BLOC), 1e-12);

        t.suspend(BLOC, DEF);

        assertEquals(0.6, t.credibility(BLOC), 1e-12, "a suspended member's doubts no longer count");
    }

    @Test
    void a_bilateral_treatys_credibility_is_what_the_weaker_party_believes_of_the_leader() {
        SettingBuilder b = TinySetting.builder();
        b.belief[DEF][PAT] = 0.9;
        World w = Worlds.of(b);

        assertEquals(0.9, w.treaties().credibility(PACT), 1e-12);

        w.minds().setBelief(DEF, PAT, 0.3);

        assertEquals(0.3, w.treaties().credibility(PACT), 1e-12, "credibility follows the beliefs as they move");
    }

    @Test
    void the_leader_of_a_treaty_is_its_most_powerful_member_at_the_start_and_stays_so() {
        World w = Worlds.tiny();
        assertEquals(PAT, w.treaties().leader(BLOC));
        assertEquals(PAT, w.treaties().leader(PACT));
        assertEquals(THD, w.treaties().leader(TinySetting.AXIS));

        w.military().setPower(MBA, 10 * w.military().power(PAT));

        assertEquals(PAT, w.treaties().leader(BLOC));
    }

    @Test
    void suspension_is_recorded_for_the_outcome_and_touches_one_treaty() {
        Treaties t = of(TinySetting.setting());
        assertTrue(t.activeMember(BLOC, DEF));
        assertFalse(t.memberSuspended());

        t.suspend(BLOC, DEF);

        assertFalse(t.activeMember(BLOC, DEF));
        assertTrue(t.suspended(BLOC, DEF));
        assertTrue(t.memberSuspended());
        assertTrue(t.activeMember(PACT, DEF), "its other treaties still hold");
        assertFalse(t.suspended(BLOC, MBB));
    }

    @Test
    void only_members_take_part() {
        Treaties t = of(TinySetting.setting());

        assertFalse(t.activeMember(BLOC, ATK));
        assertFalse(t.activeMember(PACT, NEU));
    }

    @Test
    void protection_is_as_the_scenario_declares_it_one_way() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.protects(b, PAT, DEF);
        TinySetting.protects(b, NEU, DEF);

        Treaties t = of(b.build());

        assertTrue(t.protects(PAT, DEF));
        assertFalse(t.protects(DEF, PAT));
        assertEquals((1L << PAT) | (1L << NEU), t.protectors(DEF));
        assertEquals(0, t.protectors(ATK));
    }

    @Test
    void a_treaty_of_more_articles_than_a_bit_set_holds_is_refused() {
        SettingBuilder b = TinySetting.builder();
        for (int k = 0; k < Long.SIZE; k++) {
            b.articles.get(PACT).add(new Article("Art." + (k + 10), Obligation.CONSULTATION));
        }
        Setting s = b.build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of(s));
        assertTrue(e.getMessage().contains("PACT"), e.getMessage());
    }
}
