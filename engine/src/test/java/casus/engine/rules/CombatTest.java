package casus.engine.rules;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.HOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.SettingBuilder;
import casus.engine.testing.FixedRandom;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Conflict;
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

        assertTrue(w.control(HOME, ATK) > 0);
        assertEquals(1, w.control(HOME, ATK) + w.control(HOME, DEF), 1e-12);
    }

    @Test
    void control_does_not_move_when_the_force_ratio_is_one_or_less() {
        World w = withPowers(20, 15);
        Conflict c = Worlds.attack(w, HOME);
        assertTrue(Forces.ratio(w, c, HOME, 1.0) <= 1);

        double deaths = Combat.resolve(w, c, FixedRandom.median());

        assertEquals(0, w.control(HOME, ATK));
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
            taken[i] = w.control(HOME, ATK);
        }

        assertTrue(taken[0] > taken[1] && taken[1] > 0, "open ground " + taken[0] + ", mountains " + taken[1]);
    }

    @Test
    void the_weaker_side_loses_more() {
        World strongAttacker = withPowers(60, 10);
        Combat.resolve(strongAttacker, Worlds.attack(strongAttacker, HOME), FixedRandom.median());
        assertTrue(strongAttacker.casualties(DEF) > strongAttacker.casualties(ATK));

        World weakAttacker = withPowers(10, 30);
        Combat.resolve(weakAttacker, Worlds.attack(weakAttacker, HOME), FixedRandom.median());
        assertTrue(weakAttacker.casualties(ATK) > weakAttacker.casualties(DEF));
    }

    @Test
    void the_losses_of_both_sides_add_up_to_the_days_deaths() {
        World w = withPowers(60, 10);
        double deaths = Combat.resolve(w, Worlds.attack(w, HOME), FixedRandom.median());

        assertEquals(deaths, w.totalCasualties(), 1e-9);
    }

    @Test
    void losses_wear_down_power() {
        World w = withPowers(60, 10);
        Combat.resolve(w, Worlds.attack(w, HOME), FixedRandom.median());

        assertTrue(w.power(ATK) < 60);
        assertTrue(w.power(DEF) < 10);
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
        Conflict c = w.openConflict("limited", ATK, new int[] {BELT}, 0.25, 1.0);

        for (int day = 0; day < 5; day++) {
            Combat.resolve(w, c, FixedRandom.median());
        }

        assertEquals(0.25, w.control(BELT, ATK), 1e-12);
    }

    @Test
    void nothing_happens_on_a_day_the_attacker_holds() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.attack(w, HOME);
        w.setIntensity(c, 0);

        assertEquals(0, Combat.resolve(w, c, FixedRandom.median()));
        assertEquals(0, w.control(HOME, ATK));
        assertEquals(0, w.totalCasualties());
    }

    @Test
    void nothing_happens_under_a_ceasefire() {
        World w = withPowers(60, 10);
        Conflict c = Worlds.attack(w, HOME);
        w.setPhase(c, Conflict.Phase.CEASEFIRE, -1);

        assertEquals(0, Combat.resolve(w, c, FixedRandom.median()));
        assertEquals(0, w.control(HOME, ATK));
    }

    @Test
    void a_blockade_weakens_those_who_hold_the_region() {
        World open = withPowers(60, 10);
        Conflict free = Worlds.attack(open, HOME);
        World cut = withPowers(60, 10);
        Conflict blockaded = Worlds.attack(cut, HOME);
        cut.setBlockade(HOME, 0.5);

        assertEquals(0.5 * Forces.contribution(open, free, DEF), Forces.contribution(cut, blockaded, DEF), 1e-12);
        assertTrue(Forces.ratio(cut, blockaded, HOME, 1) > Forces.ratio(open, free, HOME, 1));
    }
}
