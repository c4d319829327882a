package casus.engine.rules;

import casus.engine.model.ModelConstant;
import casus.engine.testing.Constants;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Aim;
import casus.engine.model.Domain;
import casus.engine.model.EventDef;
import casus.engine.model.EventKind;
import casus.engine.model.Roles;
import casus.engine.model.UnrestKind;
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

        assertEquals(1, w.wars().conflicts().size());
        Conflict c = w.wars().conflict(0);
        assertEquals(ATK, c.attacker());
        assertTrue(c.targets(HOME) && c.targets(BELT));
        assertTrue(c.active());
        assertTrue(c.defends(DEF));
        assertEquals(Constants.k(ModelConstant.LAUNCH_SEVERITY) * 0.5, c.severity(), 1e-12);
        assertEquals(0, w.territory().control(HOME, ATK), "no ground taken without an amount");
    }

    @Test
    void an_offensive_with_an_amount_seizes_ground_at_once() {
        World w = Worlds.tiny();

        Events.fire(w, event(EventKind.OFFENSIVE, ATK, new int[] {HOME}, 1, 1, 0.1, 0, ""));

        assertEquals(0.1, w.territory().control(HOME, ATK), 1e-12);
        assertEquals(0.9, w.territory().control(HOME, DEF), 1e-12);
        Conflict c = w.wars().conflict(0);
        assertEquals(Constants.k(ModelConstant.LAUNCH_SEVERITY) + 0.1 * w.setting().area(HOME) / Constants.k(ModelConstant.SEVERITY_AREA), c.severity(), 1e-12);
    }

    @Test
    void an_offensive_seizes_no_more_than_its_objective() {
        World w = Worlds.tiny();

        Events.fire(w, event(EventKind.OFFENSIVE, ATK, new int[] {HOME}, 1, 0.05, 0.5, 0, ""));

        assertEquals(0.05, w.territory().control(HOME, ATK), 1e-12);
    }

    @Test
    void unrest_shakes_the_government_and_is_blamed_as_told() {
        World w = Worlds.tiny();
        double before = w.regimes().stability(DEF);

        Events.fire(w, event(EventKind.UNREST, DEF, new int[0], 0.7, 0, 0.2, 0.6, ""));

        assertEquals(before - 0.2, w.regimes().stability(DEF), 1e-12);
        assertEquals(0.7, w.regimes().unrest(DEF), 1e-12);
        assertEquals(0.6, w.regimes().unrestAttribution(DEF), 1e-12);
    }

    @Test
    void unrest_without_an_intensity_is_full_unrest() {
        World w = Worlds.tiny();

        Events.fire(w, event(EventKind.UNREST, DEF, new int[0], 0, 0, 0, 0, ""));

        assertEquals(1, w.regimes().unrest(DEF), 1e-12);
    }

    @Test
    void a_redeployment_sets_the_forces_committed_elsewhere() {
        World w = Worlds.tiny();
        double ready = w.military().available(PAT);

        Events.fire(w, event(EventKind.FORCES_REDEPLOYED, PAT, new int[0], 0, 0, 0.8, 0, ""));

        assertEquals(0.8, w.military().committed(PAT), 1e-12);
        assertTrue(w.military().available(PAT) < ready);
    }

    @Test
    void an_arms_supply_raises_power_by_its_share() {
        World w = Worlds.tiny();
        double before = w.military().power(ATK);

        Events.fire(w, event(EventKind.ARMS_SUPPLY, ATK, new int[0], 0, 0, 0.3, 0, ""));

        assertEquals(before * 1.3, w.military().power(ATK), 1e-9);
    }

    @Test
    void a_blockade_cuts_off_its_regions() {
        World w = Worlds.tiny();

        Events.fire(w, event(EventKind.BLOCKADE, ATK, new int[] {HOME}, 0, 0, 0.6, 0, ""));

        assertEquals(0.6, w.territory().blockade(HOME), 1e-12);
        assertEquals(0, w.territory().blockade(BELT));
    }

    /** An event with every field stated. */
    static EventDef full(EventKind kind, int actor, int[] regions, double intensity, double amount, int target, Aim aim, UnrestKind unrest,
            Domain domain, int killed) {
        return new EventDef("e", 0, kind, actor, regions, intensity, 1, amount, 0, "", target, aim, unrest, domain, killed);
    }

    static EventDef unrest(UnrestKind kind, double intensity) {
        return full(EventKind.UNREST, DEF, new int[0], intensity, 0, Roles.NONE, Aim.SEIZE, kind, Domain.LAND, 0);
    }

    @Test
    void a_strike_across_the_border_opens_a_conflict_that_seeks_no_ground() {
        World w = Worlds.tiny();

        Events.fire(w, full(EventKind.OFFENSIVE, ATK, new int[] {BORDER}, 0.5, 0, Roles.NONE, Aim.STRIKE, UnrestKind.PROTEST, Domain.LAND, 0));

        Conflict c = w.wars().conflict(0);
        assertEquals(Aim.STRIKE, c.aim());
        assertTrue(c.strike());
        assertTrue(c.defends(DEF));
        assertEquals(DEF, w.wars().principalDefender(c));
        assertEquals(Constants.k(ModelConstant.LAUNCH_SEVERITY) * 0.5, c.severity(), 1e-12);
    }

    @Test
    void an_incident_strikes_the_targets_forces_outside_any_region_and_kills_at_once() {
        World w = Worlds.tiny();

        Events.fire(w, full(EventKind.INCIDENT, ATK, new int[0], 0, 0, NEU, Aim.STRIKE, UnrestKind.PROTEST, Domain.AIR, 40));

        Conflict c = w.wars().conflict(0);
        assertEquals(0, c.regionCount());
        assertEquals(NEU, c.target());
        assertEquals(Domain.AIR, c.domain());
        assertEquals(NEU, w.wars().principalDefender(c));
        assertTrue(c.defends(NEU));
        assertEquals(40, w.military().casualties(NEU), 1e-12);
        assertEquals(0, w.military().casualties(ATK));
        assertEquals(Constants.k(ModelConstant.LAUNCH_SEVERITY) + 40 / Constants.k(ModelConstant.SEVERITY_DEATHS), c.severity(), 1e-12);
        assertEquals(1, c.fightingDays());
        assertEquals(0, c.intensity(), "whether more follows is the attacker's choice");
    }

    @Test
    void unrest_sets_its_kind() {
        World w = Worlds.tiny();

        Events.fire(w, unrest(UnrestKind.RIOT, 0.5));

        assertEquals(UnrestKind.RIOT, w.regimes().unrestKind(DEF));
    }

    @Test
    void milder_unrest_on_top_does_not_change_what_the_government_faces() {
        World w = Worlds.tiny();
        Events.fire(w, unrest(UnrestKind.RIOT, 0.5));

        Events.fire(w, unrest(UnrestKind.PROTEST, 0.3));

        assertEquals(UnrestKind.RIOT, w.regimes().unrestKind(DEF));
        assertEquals(0.5, w.regimes().unrest(DEF), 1e-12, "unrest never falls by an event");

        Events.fire(w, unrest(UnrestKind.INSURGENCY, 0.8));

        assertEquals(UnrestKind.INSURGENCY, w.regimes().unrestKind(DEF));
        assertEquals(0.8, w.regimes().unrest(DEF), 1e-12);
    }

    @Test
    void the_blame_laid_abroad_never_falls_by_an_event() {
        World w = Worlds.tiny();
        Events.fire(w, event(EventKind.UNREST, DEF, new int[0], 0.5, 0, 0, 0.7, ""));

        Events.fire(w, event(EventKind.UNREST, DEF, new int[0], 0.5, 0, 0, 0.2, ""));

        assertEquals(0.7, w.regimes().unrestAttribution(DEF), 1e-12);
    }

    @Test
    void unrest_in_calm_opens_a_new_crisis_at_home() {
        World w = Worlds.tiny();
        w.regimes().repress(DEF, true);
        w.regimes().concede(DEF);

        Events.fire(w, unrest(UnrestKind.PROTEST, 0.5));

        assertFalse(w.regimes().repressing(DEF));
        assertFalse(w.regimes().conceded(DEF));
        assertTrue(w.regimes().crisisAtHome(DEF));
    }

    @Test
    void more_unrest_in_a_crisis_keeps_the_governments_course() {
        World w = Worlds.tiny();
        Events.fire(w, unrest(UnrestKind.PROTEST, 0.5));
        w.regimes().repress(DEF, true);

        Events.fire(w, unrest(UnrestKind.PROTEST, 0.6));

        assertTrue(w.regimes().repressing(DEF));
    }

    @Test
    void communal_violence_burns_in_its_regions_and_shakes_the_government() {
        World w = Worlds.tiny();
        w.regimes().repress(DEF, true);
        double before = w.regimes().stability(DEF);

        Events.fire(w, full(EventKind.COMMUNAL_VIOLENCE, DEF, new int[] {HOME}, 0.6, 0.1, Roles.NONE, Aim.SEIZE, UnrestKind.PROTEST, Domain.LAND, 0));

        assertEquals(0.6, w.regimes().communal(HOME), 1e-12);
        assertEquals(0, w.regimes().communal(BORDER));
        assertEquals(0.6, w.regimes().communalIn(DEF), 1e-12);
        assertEquals(before - 0.1, w.regimes().stability(DEF), 1e-12);
        assertFalse(w.regimes().repressing(DEF), "a new crisis at home");
        assertEquals(0, w.regimes().unrest(DEF), "violence between communities is not unrest against the government");
        assertTrue(w.regimes().crisisAtHome(DEF));
    }

    @Test
    void communal_violence_does_not_die_down_by_a_milder_event() {
        World w = Worlds.tiny();
        EventDef fierce = full(EventKind.COMMUNAL_VIOLENCE, DEF, new int[] {HOME}, 0.6, 0, Roles.NONE, Aim.SEIZE, UnrestKind.PROTEST, Domain.LAND, 0);
        Events.fire(w, fierce);

        Events.fire(w, fierce.withIntensity(0.2));

        assertEquals(0.6, w.regimes().communal(HOME), 1e-12);
    }
}
