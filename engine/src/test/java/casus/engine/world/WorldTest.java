package casus.engine.world;

import static casus.engine.testing.TinySetting.ACTORS;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Ask;
import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Obligation;
import casus.engine.model.SettlementDef;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's world: its parts, made from one setting, on one calendar. */
class WorldTest {

    @Test
    void every_part_dates_what_happens_by_the_worlds_one_day() {
        World w = Worlds.tiny();
        Worlds.passDays(w, 4);

        Conflict c = Worlds.attack(w, HOME);
        Request q = w.appeals().openRequest(DEF, BLOC, -1, 0, Obligation.COLLECTIVE_DEFENCE, Ask.MILITARY_AID, c.index(), 1, 1);
        Motion m = w.appeals().tableMotion(BLOC, q.index(), Motion.Kind.DEPLOYMENT);
        SettlementDef freeze = new SettlementDef("freeze", "the lines as they stand", List.of(), "");
        Proposal p = w.talks().propose(NEU, c.index(), freeze, false);
        w.wars().recordFighting(c);

        assertEquals(4, w.day());
        assertEquals(4, c.startDay());
        assertEquals(4, q.day());
        assertEquals(4, m.tabledDay());
        assertEquals(4, p.day());
        assertEquals(4, c.lastFightingDay());
    }

    @Test
    void combat_forces_that_arrive_join_the_defence_of_the_wars_where_they_arrive() {
        World w = Worlds.tiny();
        Conflict c = Worlds.attack(w, HOME);

        w.military().deploy(new Presence(PAT, -1, HOME, DEF, 1000, DeploymentKind.FORCES, 0));

        assertTrue(c.defends(PAT));
    }

    @Test
    void the_world_reads_its_model_constants_and_actors_from_its_setting() {
        World w = Worlds.tiny();

        assertEquals(ACTORS, w.actorCount());
        assertEquals(TinySetting.setting().k(ModelConstant.HORIZON_DAYS), w.k(ModelConstant.HORIZON_DAYS));
        assertEquals((int) w.k(ModelConstant.HORIZON_DAYS), w.whole(ModelConstant.HORIZON_DAYS));
        assertEquals(0, w.day());
    }
}
