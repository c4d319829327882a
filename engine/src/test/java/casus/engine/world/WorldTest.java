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

}
