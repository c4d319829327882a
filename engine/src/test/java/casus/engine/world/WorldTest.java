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

}
