package casus.engine.rules;

import static casus.engine.model.ModelConstant.AIR_DEFENCE_SHIELD;
import static casus.engine.model.ModelConstant.FIRE_BACK_DEFENCE;
import static casus.engine.model.ModelConstant.LETHALITY;
import static casus.engine.model.ModelConstant.LUCK;
import static casus.engine.model.ModelConstant.SEVERITY_DEATHS;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Numeric;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.Constants;
import casus.engine.testing.FixedRandom;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
import casus.engine.world.Presence;
import casus.engine.world.World;
import org.junit.jupiter.api.Test;

/** A day of fighting: ground, losses and gravity. */
class CombatTest {

    /** A world where ATK attacks HOME with the given powers on each side. */
    static World withPowers(double attacker, double defender) {
        SettingBuilder b = TinySetting.builder();
        b.power[ATK] = attacker;
        b.power[DEF] = defender;
        return Worlds.of(b);
    }

    @Test
    void control_moves_toward_the_attacker_when_the_force_ratio_exceeds_one() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.attack(w, HOME);
        assertTrue(Forces.ratio(w, c, HOME, 1.0) > 1);

        Combat.resolve(w, c, FixedRandom.median());

        assertTrue(w.territory().control(HOME, ATK) > 0);
        assertEquals(1, w.territory().control(HOME, ATK) + w.territory().control(HOME, DEF), 1e-12);
    }

    @Test
    void control_does_not_move_when_the_force_ratio_is_one_or_less() {
        World w = withPowers(20, 15);
        Conflict c = Worlds.attack(w, HOME);
        assertTrue(Forces.ratio(w, c, HOME, 1.0) <= 1);

        double deaths = Combat.resolve(w, c, FixedRandom.median());

        assertEquals(0, w.territory().control(HOME, ATK));
        assertTrue(deaths > 0, "a failed attack still costs lives");
    }

    @Test
    void more_defensive_terrain_slows_the_advance() {
        double[] taken = new double[2];
        double[] terrain = {0.1, 0.9};
        for (int i = 0; i < 2; i++) {
            SettingBuilder b = TinySetting.builder();
            b.power[ATK] = 100;
            b.terrain[HOME] = terrain[i];
            World w = Worlds.of(b);
            Combat.resolve(w, Worlds.attack(w, HOME), FixedRandom.median());
            taken[i] = w.territory().control(HOME, ATK);
        }

        assertTrue(taken[0] > taken[1] && taken[1] > 0, "open ground " + taken[0] + ", mountains " + taken[1]);
    }

    @Test
    void the_weaker_side_loses_more() {
        World strongAttacker = withPowers(60, 10);
        Combat.resolve(strongAttacker, Worlds.attack(strongAttacker, HOME), FixedRandom.median());
        assertTrue(strongAttacker.military().casualties(DEF) > strongAttacker.military().casualties(ATK));

        World weakAttacker = withPowers(10, 30);
        Combat.resolve(weakAttacker, Worlds.attack(weakAttacker, HOME), FixedRandom.median());
        assertTrue(weakAttacker.military().casualties(ATK) > weakAttacker.military().casualties(DEF));
    }

    @Test
    void the_losses_of_both_sides_add_up_to_the_days_deaths() {
        World w = withPowers(60, 10);
        double deaths = Combat.resolve(w, Worlds.attack(w, HOME), FixedRandom.median());

        assertEquals(deaths, w.military().totalCasualties(), 1e-9);
    }

    @Test
    void losses_wear_down_power() {
        World w = withPowers(60, 10);
        Combat.resolve(w, Worlds.attack(w, HOME), FixedRandom.median());

        assertTrue(w.military().power(ATK) < 60);
        assertTrue(w.military().power(DEF) < 10);
    }

    @Test
    void severity_rises_with_fighting() {
        World w = withPowers(25, 15);
        Conflict c = Worlds.attack(w, HOME);
        double before = c.severity();

        Combat.resolve(w, c, FixedRandom.median());
        double after = c.severity();
        Combat.resolve(w, c, FixedRandom.median());

        assertTrue(after > before);
        assertTrue(c.severity() > after && c.severity() < 1, "severity " + c.severity());
        assertEquals(1, c.fightingDays(), "a day of fighting counts once however often it is resolved");
    }

    @Test
    void the_attacker_takes_no_more_than_its_objective() {
        SettingBuilder b = TinySetting.builder();
        b.power[ATK] = 1000;
        b.area[BELT] = 10;
        World w = Worlds.of(b);
        Conflict c = w.wars().openConflict("limited", ATK, new int[] {BELT}, 0.25, 1.0);

        for (int day = 0; day < 5; day++) {
            Combat.resolve(w, c, FixedRandom.median());
        }

        assertEquals(0.25, w.territory().control(BELT, ATK), 1e-12);
    }

    @Test
    void nothing_happens_on_a_day_the_attacker_holds() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.attack(w, HOME);
        w.wars().setIntensity(c, 0);

        assertEquals(0, Combat.resolve(w, c, FixedRandom.median()));
        assertEquals(0, w.territory().control(HOME, ATK));
        assertEquals(0, w.military().totalCasualties());
    }

    @Test
    void nothing_happens_under_a_ceasefire() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.attack(w, HOME);
        w.wars().setPhase(c, Conflict.Phase.CEASEFIRE, -1, false);

        assertEquals(0, Combat.resolve(w, c, FixedRandom.median()));
        assertEquals(0, w.territory().control(HOME, ATK));
    }

    @Test
    void a_blockade_weakens_those_who_hold_the_region() {
        World open = withPowers(60, 10);
        Conflict free = Worlds.attack(open, HOME);
        World cut = withPowers(60, 10);
        Conflict blockaded = Worlds.attack(cut, HOME);
        cut.territory().setBlockade(HOME, 0.5);

        assertEquals(0.5 * Forces.contribution(open, free, DEF), Forces.contribution(cut, blockaded, DEF), 1e-12);
        assertTrue(Forces.ratio(cut, blockaded, HOME, 1) > Forces.ratio(open, free, HOME, 1));
    }

    static double k(ModelConstant c) {
        return Constants.k(c);
    }

    /** The luck of a median day of fighting. */
    static double luck() {
        return Numeric.lognormalLuck(k(LUCK), 0);
    }

    /** An ally's air-defence batteries over a region of DEF's. */
    static Presence airDefence(int region) {
        return new Presence(PAT, -1, region, DEF, 2, DeploymentKind.AIR_DEFENCE, 0);
    }

    // --- fire that seeks no ground ----------------------------------------------------------

    @Test
    void a_strike_takes_no_ground_and_kills_only_on_the_struck_side() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.strike(w, HOME);
        assertTrue(c.strike());
        double troops = w.military().availableTroops(ATK);

        double deaths = Combat.resolve(w, c, FixedRandom.median());

        assertEquals(k(LETHALITY) * troops * luck(), deaths, 1e-9);
        assertEquals(0, w.territory().control(HOME, ATK), "a strike seeks no ground, however strong the attacker");
        assertEquals(0, w.military().casualties(ATK));
        assertEquals(deaths, w.military().casualties(DEF), 1e-9);
        assertEquals(deaths / k(SEVERITY_DEATHS), c.severity(), 1e-12);
        assertEquals(1, c.fightingDays());
    }

    @Test
    void a_strike_kills_in_proportion_to_the_fire() {
        World full = withPowers(60, 10);
        double atFull = Combat.resolve(full, Worlds.strike(full, HOME), FixedRandom.median());
        World half = withPowers(60, 10);
        Conflict c = Worlds.strike(half, HOME);
        half.wars().setIntensity(c, 0.5);

        assertEquals(0.5 * atFull, Combat.resolve(half, c, FixedRandom.median()), 1e-9);
    }

    @Test
    void an_incident_outside_any_region_kills_the_forces_it_strikes() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.incident(w, DEF, 1.0);
        assertTrue(c.strike(), "an incident outside any region seeks no ground");

        double deaths = Combat.resolve(w, c, FixedRandom.median());

        assertTrue(deaths > 0);
        assertEquals(deaths, w.military().casualties(DEF), 1e-9);
        assertEquals(0, w.military().casualties(ATK));
        for (int r = 0; r < w.setting().regionCount(); r++) {
            assertEquals(0, w.territory().control(r, ATK), 1e-12);
        }
    }

    @Test
    void an_allys_air_defence_over_the_struck_region_shields_it() {
        World open = withPowers(60, 10);
        double unshielded = Combat.resolve(open, Worlds.strike(open, HOME), FixedRandom.median());
        World guarded = withPowers(60, 10);
        guarded.military().deploy(airDefence(HOME));

        double shielded = Combat.resolve(guarded, Worlds.strike(guarded, HOME), FixedRandom.median());

        assertEquals((1 - k(AIR_DEFENCE_SHIELD)) * unshielded, shielded, 1e-9);
    }

    @Test
    void air_defence_guarding_the_target_shields_it_outside_any_region() {
        World open = withPowers(60, 10);
        double unshielded = Combat.resolve(open, Worlds.incident(open, DEF, 1.0), FixedRandom.median());
        World guarded = withPowers(60, 10);
        guarded.military().deploy(new Presence(PAT, -1, -1, DEF, 2, DeploymentKind.AIR_DEFENCE, 0));

        double shielded = Combat.resolve(guarded, Worlds.incident(guarded, DEF, 1.0), FixedRandom.median());

        assertEquals((1 - k(AIR_DEFENCE_SHIELD)) * unshielded, shielded, 1e-9);
    }

    @Test
    void air_defence_guarding_someone_else_elsewhere_shields_nothing() {
        World open = withPowers(60, 10);
        double unshielded = Combat.resolve(open, Worlds.strike(open, HOME), FixedRandom.median());
        World elsewhere = withPowers(60, 10);
        elsewhere.military().deploy(new Presence(PAT, -1, BELT, ATK, 2, DeploymentKind.AIR_DEFENCE, 0));

        assertEquals(unshielded, Combat.resolve(elsewhere, Worlds.strike(elsewhere, HOME), FixedRandom.median()), 1e-9);
    }

    @Test
    void air_defence_does_not_stop_an_offensive_for_ground() {
        World open = withPowers(60, 10);
        double without = Combat.resolve(open, Worlds.attack(open, HOME), FixedRandom.median());
        World guarded = withPowers(60, 10);
        guarded.military().deploy(airDefence(HOME));

        assertEquals(without, Combat.resolve(guarded, Worlds.attack(guarded, HOME), FixedRandom.median()), 1e-9);
        assertEquals(open.territory().control(HOME, ATK), guarded.territory().control(HOME, ATK), 1e-12);
    }

    // --- fire back --------------------------------------------------------------------------

    @Test
    void firing_back_at_an_attacker_that_holds_kills_on_its_side_only() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.attack(w, HOME);
        w.wars().setIntensity(c, 0);
        w.wars().setCounterIntensity(c, 0.4, DEF);
        double facing = Math.min(Combat.defenceTroops(w, c), w.military().availableTroops(ATK) * 0.4);

        double deaths = Combat.resolve(w, c, FixedRandom.median());

        assertEquals(k(LETHALITY) * 0.4 * facing * luck(), deaths, 1e-9);
        assertTrue(deaths > 0);
        assertEquals(deaths, w.military().casualties(ATK), 1e-9);
        assertEquals(0, w.military().casualties(DEF));
        assertEquals(0, w.territory().control(HOME, ATK), "fire back takes no ground");
        assertTrue(w.wars().firedBack(DEF));
        assertTrue(w.military().power(ATK) < 60, "losses wear the attacker down");
        assertEquals(1, c.fightingDays());
    }

    @Test
    void firing_back_adds_to_the_attackers_losses_in_an_offensive() {
        World quiet = withPowers(60, 10);
        Combat.resolve(quiet, Worlds.attack(quiet, HOME), FixedRandom.median());
        World answered = withPowers(60, 10);
        Conflict c = Worlds.attack(answered, HOME);
        answered.wars().setCounterIntensity(c, 1, DEF);

        Combat.resolve(answered, c, FixedRandom.median());

        assertTrue(answered.military().casualties(ATK) > quiet.military().casualties(ATK));
        assertFalse(quiet.wars().firedBack(DEF));
    }

    @Test
    void firing_back_stiffens_the_defence_and_slows_the_advance() {
        World quiet = withPowers(60, 10);
        Conflict still = Worlds.attack(quiet, HOME);
        World answered = withPowers(60, 10);
        Conflict c = Worlds.attack(answered, HOME);
        answered.wars().setCounterIntensity(c, 1, DEF);

        assertEquals((1 + k(FIRE_BACK_DEFENCE)) * Forces.standingDefence(answered, c), Forces.defence(answered, c), 1e-9);
        assertTrue(Forces.expectedShift(answered, c, HOME, 1) < Forces.expectedShift(quiet, still, HOME, 1));
    }

    @Test
    void a_strike_answered_costs_both_sides() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.strike(w, BORDER);
        w.wars().setCounterIntensity(c, 0.4, DEF);

        Combat.resolve(w, c, FixedRandom.median());

        assertTrue(w.military().casualties(ATK) > 0);
        assertTrue(w.military().casualties(DEF) > 0);
        assertEquals(0, w.territory().control(BORDER, ATK));
    }

    @Test
    void nothing_happens_on_a_day_both_sides_hold() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.strike(w, HOME);
        w.wars().setIntensity(c, 0);
        w.wars().setCounterIntensity(c, 0, DEF);

        assertEquals(0, Combat.resolve(w, c, FixedRandom.median()));
        assertEquals(0, w.military().totalCasualties());
        assertEquals(0, c.severity());
        assertEquals(0, c.fightingDays());
        assertFalse(w.wars().firedBack(DEF));
    }
}
