package casus.engine.world;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.MBB;
import static casus.engine.testing.TinySetting.PACT;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import org.junit.jupiter.api.Test;

/** The state of a run and the invariants its operations keep. */
class WorldTest {

    @Test
    void a_councils_credibility_is_the_mean_belief_its_active_members_hold_in_it() {
        SettingBuilder b = TinySetting.builder();
        int council = b.subject("BLOC");
        b.belief[DEF][council] = 0.2;
        b.belief[PAT][council] = 0.8;
        b.belief[MBA][council] = 0.6;
        b.belief[MBB][council] = 0.4;
        World w = Worlds.of(b);
        assertEquals(0.5, w.credibility(BLOC), 1e-12);

        w.suspend(BLOC, DEF);

        assertEquals(0.6, w.credibility(BLOC), 1e-12, "a suspended member's doubts no longer count");
    }

    @Test
    void a_bilateral_treatys_credibility_is_what_the_weaker_party_believes_of_the_leader() {
        SettingBuilder b = TinySetting.builder();
        b.belief[DEF][PAT] = 0.9;
        World w = Worlds.of(b);

        assertEquals(0.9, w.credibility(PACT), 1e-12);

        w.minds().setBelief(DEF, PAT, 0.3);

        assertEquals(0.3, w.credibility(PACT), 1e-12);
    }

    @Test
    void the_leader_of_a_treaty_is_its_most_powerful_member() {
        World w = Worlds.tiny();

        assertEquals(PAT, w.leader(BLOC));
        assertEquals(PAT, w.leader(PACT));
    }

    @Test
    void beliefs_stability_and_unrest_are_kept_within_zero_and_one() {
        World w = Worlds.tiny();

        w.minds().setBelief(DEF, PAT, 1.7);
        w.setStability(DEF, -0.2);
        w.setUnrest(DEF, 3, -1);

        assertEquals(1, w.minds().belief(DEF, PAT));
        assertEquals(0, w.stability(DEF));
        assertEquals(1, w.unrest(DEF));
        assertEquals(0, w.unrestAttribution(DEF));
    }

    @Test
    void suspension_is_recorded_for_the_outcome() {
        World w = Worlds.tiny();
        assertTrue(w.activeMember(BLOC, MBB));

        w.suspend(BLOC, MBB);

        assertFalse(w.activeMember(BLOC, MBB));
        assertTrue(w.suspended(BLOC, MBB));
        assertTrue(w.memberSuspended());
    }
}
