package casus.engine.rules;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.EventDef;
import casus.engine.model.EventKind;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** What each kind of event does to the world, and what the chronicle says of it. */
class EventsTest {

    static EventDef event(EventKind kind, int actor, int[] regions, double intensity, double objective, double amount,
            double attribution, String text) {
        return new EventDef("e", 0, kind, actor, regions, intensity, objective, amount, attribution, text);
    }

    @Test
    void an_offensive_opens_a_conflict_already_grave_by_its_intensity() {
        World w = Worlds.tiny();

        Events.fire(w, event(EventKind.OFFENSIVE, ATK, new int[] {HOME, BELT}, 0.5, 1, 0, 0, ""));

        assertEquals(1, w.conflicts().size());
        Conflict c = w.conflict(0);
        assertEquals(ATK, c.attacker());
        assertTrue(c.targets(HOME) && c.targets(BELT));
        assertTrue(c.active());
        assertTrue(c.defends(DEF));
        assertEquals(Constants.k(ModelConstant.LAUNCH_SEVERITY) * 0.5, c.severity(), 1e-12);
        assertEquals(0, w.control(HOME, ATK), "no ground taken without an amount");
    }

    @Test
    void an_offensive_with_an_amount_seizes_ground_at_once() {
        World w = Worlds.tiny();

        Events.fire(w, event(EventKind.OFFENSIVE, ATK, new int[] {HOME}, 1, 1, 0.1, 0, ""));

        assertEquals(0.1, w.control(HOME, ATK), 1e-12);
        assertEquals(0.9, w.control(HOME, DEF), 1e-12);
        Conflict c = w.conflict(0);
        assertEquals(Constants.k(ModelConstant.LAUNCH_SEVERITY) + 0.1 * w.setting().area(HOME) / Constants.k(ModelConstant.SEVERITY_AREA), c.severity(), 1e-12);
    }

    @Test
    void an_offensive_seizes_no_more_than_its_objective() {
        World w = Worlds.tiny();

        Events.fire(w, event(EventKind.OFFENSIVE, ATK, new int[] {HOME}, 1, 0.05, 0.5, 0, ""));

        assertEquals(0.05, w.control(HOME, ATK), 1e-12);
    }

    @Test
    void unrest_shakes_the_government_and_is_blamed_as_told() {
        World w = Worlds.tiny();
        double before = w.stability(DEF);

        Events.fire(w, event(EventKind.UNREST, DEF, new int[0], 0.7, 0, 0.2, 0.6, ""));

        assertEquals(before - 0.2, w.stability(DEF), 1e-12);
        assertEquals(0.7, w.unrest(DEF), 1e-12);
        assertEquals(0.6, w.unrestAttribution(DEF), 1e-12);
    }

    @Test
    void unrest_without_an_intensity_is_full_unrest() {
        World w = Worlds.tiny();

        Events.fire(w, event(EventKind.UNREST, DEF, new int[0], 0, 0, 0, 0, ""));

        assertEquals(1, w.unrest(DEF), 1e-12);
    }

    @Test
    void a_redeployment_sets_the_forces_committed_elsewhere() {
        World w = Worlds.tiny();
        double ready = w.available(PAT);

        Events.fire(w, event(EventKind.FORCES_REDEPLOYED, PAT, new int[0], 0, 0, 0.8, 0, ""));

        assertEquals(0.8, w.committed(PAT), 1e-12);
        assertTrue(w.available(PAT) < ready);
    }

    @Test
    void an_arms_supply_raises_power_by_its_share() {
        World w = Worlds.tiny();
        double before = w.power(ATK);

        Events.fire(w, event(EventKind.ARMS_SUPPLY, ATK, new int[0], 0, 0, 0.3, 0, ""));

        assertEquals(before * 1.3, w.power(ATK), 1e-9);
    }

    @Test
    void a_blockade_cuts_off_its_regions() {
        World w = Worlds.tiny();

        Events.fire(w, event(EventKind.BLOCKADE, ATK, new int[] {HOME}, 0, 0, 0.6, 0, ""));

        assertEquals(0.6, w.blockade(HOME), 1e-12);
        assertEquals(0, w.blockade(BELT));
    }
}
