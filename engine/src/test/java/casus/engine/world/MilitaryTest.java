package casus.engine.world;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.MBA;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Aim;
import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.Domain;
import casus.engine.model.Roles;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each actor's armed forces and those it keeps abroad, and the invariants they keep. */
class MilitaryTest {
    private static final Setting TINY = TinySetting.setting();

    static Conflict offensiveOn(int... regions) {
        return new Conflict(0, "offensive", ATK, Roles.NONE, Aim.SEIZE, Domain.LAND, regions, 1, 1, 0);
    }

    @Test
    void casualties_never_fall() {
        Military m = new Military(TINY);
        m.addCasualties(DEF, 10);

        assertThrows(IllegalArgumentException.class, () -> m.addCasualties(DEF, -1));
        assertThrows(IllegalArgumentException.class, () -> m.addCasualties(DEF, Double.NaN));
        assertEquals(10, m.casualties(DEF));
    }

    @Test
    void the_total_of_casualties_is_every_actors_together() {
        Military m = new Military(TINY);

        m.addCasualties(DEF, 10);
        m.addCasualties(ATK, 2.5);

        assertEquals(12.5, m.totalCasualties());
    }

    @Test
    void power_is_never_set_below_zero() {
        Military m = new Military(TINY);

        assertThrows(IllegalArgumentException.class, () -> m.setPower(DEF, -1));
        assertThrows(IllegalArgumentException.class, () -> m.setPower(DEF, Double.NaN));
        assertEquals(TINY.power(DEF), m.power(DEF));
    }

    @Test
    void power_grows_and_wears_by_shares_of_itself() {
        Military m = new Military(TINY);

        m.raisePower(DEF, 0.5);
        m.raisePower(DEF, -0.2);

        assertEquals(TINY.power(DEF) * 1.5 * 0.8, m.power(DEF), 1e-12);
    }

    @Test
    void what_is_ready_here_is_power_and_troops_by_readiness_less_what_is_committed_elsewhere() {
        Military m = new Military(TINY);

        m.setCommitted(PAT, 1.5);
        assertEquals(1, m.committed(PAT), "a share");
        assertEquals(0, m.available(PAT));

        m.setCommitted(PAT, 0.25);
        assertEquals(TINY.power(PAT) * TINY.readiness(PAT) * 0.75, m.available(PAT), 1e-9);
        assertEquals(TINY.troops(PAT) * TINY.readiness(PAT) * 0.75, m.availableTroops(PAT), 1e-9);
    }

    @Test
    void the_scenarios_forces_abroad_are_there_from_the_start_without_counting_as_deployed() {
        SettingBuilder b = TinySetting.builder();
        b.deployments.add(new DeploymentDef(PAT, ENCLAVE, 2000, DeploymentKind.PEACEKEEPERS));
        b.deployments.add(new DeploymentDef(MBA, HOME, 500, DeploymentKind.BASE));

        Military m = new Military(b.build());

        assertEquals(2, m.presenceCount());
        assertEquals(new Presence(PAT, -1, ENCLAVE, -1, 2000, DeploymentKind.PEACEKEEPERS, 0), m.presence(0));
        assertEquals(2000, m.peacekeepers(PAT, ENCLAVE));
        assertFalse(m.peacekeepersDeployed(), "the run's outcome counts only peacekeepers it sent");
    }

    @Test
    void peacekeepers_are_counted_by_actor_and_region_as_they_arrive() {
        Military m = new Military(TINY);

        m.deploy(new Presence(PAT, -1, ENCLAVE, -1, 1500, DeploymentKind.PEACEKEEPERS, 3));
        m.deploy(new Presence(PAT, -1, ENCLAVE, -1, 500, DeploymentKind.PEACEKEEPERS, 4));
        m.deploy(new Presence(-1, 1, -1, DEF, 800, DeploymentKind.PEACEKEEPERS, 4));

        assertEquals(2000, m.peacekeepers(PAT, ENCLAVE));
        assertEquals(0, m.peacekeepers(PAT, HOME));
        assertEquals(0, m.peacekeepers(-1, ENCLAVE), "a treaty's peacekeepers belong to no actor");
        assertEquals(0, m.peacekeepers(PAT, -1));
        assertTrue(m.peacekeepersDeployed());
        assertEquals(3, m.presences().size());
        assertThrows(UnsupportedOperationException.class, () -> m.presences().clear());
    }

    @Test
    void only_combat_forces_arriving_in_a_region_are_told() {
        Military m = new Military(TINY);
        List<Integer> told = new ArrayList<>();
        m.whenForcesArrive(told::add);

        m.deploy(new Presence(PAT, -1, ENCLAVE, -1, 1500, DeploymentKind.PEACEKEEPERS, 1));
        m.deploy(new Presence(PAT, -1, HOME, DEF, 10, DeploymentKind.AIR_DEFENCE, 1));
        m.deploy(new Presence(PAT, -1, -1, DEF, 500, DeploymentKind.FORCES, 1));
        m.deploy(new Presence(MBA, -1, HOME, DEF, 500, DeploymentKind.FORCES, 2));

        assertEquals(List.of(HOME), told);
    }

    @Test
    void peacekeepers_that_take_up_arms_fight_where_the_war_is_and_are_peacekeepers_no_longer() {
        Military m = new Military(TINY);
        m.deploy(new Presence(PAT, -1, ENCLAVE, -1, 1500, DeploymentKind.PEACEKEEPERS, 1));
        m.deploy(new Presence(PAT, -1, HOME, -1, 700, DeploymentKind.PEACEKEEPERS, 1));
        m.deploy(new Presence(MBA, -1, ENCLAVE, -1, 300, DeploymentKind.PEACEKEEPERS, 1));

        m.armPeacekeepers(PAT, offensiveOn(ENCLAVE), 5);

        assertEquals(new Presence(PAT, -1, ENCLAVE, -1, 1500, DeploymentKind.FORCES, 5), m.presence(0));
        assertEquals(0, m.peacekeepers(PAT, ENCLAVE));
        assertEquals(700, m.peacekeepers(PAT, HOME), "away from the war they keep the peace");
        assertEquals(300, m.peacekeepers(MBA, ENCLAVE), "others' peacekeepers stay what they are");
        assertEquals(3, m.presenceCount());
    }
}
