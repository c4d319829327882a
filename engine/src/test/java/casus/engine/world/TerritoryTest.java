package casus.engine.world;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.testing.TinySetting;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Who holds the ground, and the invariants moving it keeps. */
class TerritoryTest {
    private static final Setting TINY = TinySetting.setting();

    @Test
    void control_moves_without_changing_the_sum_and_never_below_zero() {
        Territory t = new Territory(TINY);

        double moved = t.shiftControl(HOME, DEF, ATK, 1.5);

        assertEquals(1, moved, 1e-12);
        assertEquals(0, t.control(HOME, DEF), 1e-12);
        assertEquals(1, t.control(HOME, ATK), 1e-12);
        assertEquals(TINY.area(HOME), t.territoryChanged(), 1e-9);
    }

    @Test
    void nothing_moves_from_an_actor_that_holds_nothing_or_for_a_negative_amount() {
        Territory t = new Territory(TINY);

        assertEquals(0, t.shiftControl(HOME, NEU, ATK, 0.5));
        assertEquals(0, t.shiftControl(HOME, DEF, ATK, -0.5));
        assertEquals(1, t.control(HOME, DEF));
        assertEquals(0, t.territoryChanged());
    }

    @Test
    void ground_lost_counts_at_what_it_was_worth_to_the_loser() {
        Territory t = new Territory(TINY);

        t.shiftControl(HOME, DEF, ATK, 0.5);
        t.shiftControl(BELT, DEF, ATK, 0.5);

        assertEquals(0.5 * 1 + 0.5 * 0.5, t.lostValue(DEF), 1e-12, "all of its own land, its stake in the belt");
        assertEquals(-0.5, t.lostValue(ATK), 1e-12, "ATK gained its own land back");
    }

    @Test
    void moving_control_to_its_holder_changes_no_hands() {
        Territory t = new Territory(TINY);

        t.shiftControl(HOME, DEF, DEF, 0.5);

        assertEquals(1, t.control(HOME, DEF));
        assertEquals(0, t.territoryChanged());
        assertEquals(0, t.lostValue(DEF));
    }

    @Test
    void the_holder_is_whoever_holds_most_and_the_first_of_those_tied() {
        Territory t = new Territory(TINY);
        assertEquals(DEF, t.holder(ENCLAVE));

        t.shiftControl(ENCLAVE, DEF, ATK, 0.5);
        assertEquals(ATK, t.holder(ENCLAVE), "a tie goes to the first actor");

        t.shiftControl(ENCLAVE, ATK, NEU, 0.3);
        assertEquals(DEF, t.holder(ENCLAVE));
    }

    @Test
    void a_blockade_is_a_share() {
        Territory t = new Territory(TINY);

        t.setBlockade(ENCLAVE, 1.4);
        t.setBlockade(HOME, -0.1);

        assertEquals(1, t.blockade(ENCLAVE));
        assertEquals(0, t.blockade(HOME));
    }

    @Test
    void control_starts_as_the_scenario_gives_it() {
        SettingBuilder b = TinySetting.builder();
        b.control[BELT][DEF] = 0.3;
        b.control[BELT][ATK] = 0.7;

        Territory t = new Territory(b.build());

        assertEquals(0.7, t.control(BELT, ATK));
        assertEquals(ATK, t.holder(BELT));
        assertEquals(0, t.lostValue(DEF), "nothing is lost before the run starts");
    }

    /**
     * However control moves, each region's shares stay within [0, 1] and sum to one, the area
     * that changed hands only grows, and each actor's lost value is what it lost less what it
     * won, at what each region is worth to it.
     */
    @Property(tries = 200)
    void random_moves_keep_every_region_whole(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Territory t = new Territory(TINY);
        int actors = TINY.actorCount();
        double[] lost = new double[actors];
        double changed = 0;
        for (int move = 0; move < 50; move++) {
            int region = r.nextInt(TINY.regionCount());
            int from = r.nextInt(actors);
            int to = r.nextInt(actors);
            double moved = t.shiftControl(region, from, to, 1.2 * r.nextDouble() - 0.1);
            assertTrue(moved >= 0);
            if (from != to) {
                lost[from] += moved * TINY.value(region, from);
                lost[to] -= moved * TINY.value(region, to);
            }
            assertTrue(t.territoryChanged() >= changed);
            changed = t.territoryChanged();
            for (int reg = 0; reg < TINY.regionCount(); reg++) {
                double sum = 0;
                for (int a = 0; a < actors; a++) {
                    assertTrue(t.control(reg, a) >= 0 && t.control(reg, a) <= 1 + 1e-12);
                    sum += t.control(reg, a);
                }
                assertEquals(1, sum, 1e-9);
            }
        }
        for (int a = 0; a < actors; a++) {
            assertEquals(lost[a], t.lostValue(a), 1e-9);
        }
    }
}
