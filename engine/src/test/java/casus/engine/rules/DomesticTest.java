package casus.engine.rules;

import static casus.engine.model.ModelConstant.ARMY_POLICING;
import static casus.engine.model.ModelConstant.BACKLASH;
import static casus.engine.model.ModelConstant.COLLAPSE;
import static casus.engine.model.ModelConstant.COMMUNAL_BURNOUT;
import static casus.engine.model.ModelConstant.COMMUNAL_EROSION;
import static casus.engine.model.ModelConstant.COMMUNAL_LETHALITY;
import static casus.engine.model.ModelConstant.DEFEAT_SHOCK;
import static casus.engine.model.ModelConstant.DEFECTION_RATE;
import static casus.engine.model.ModelConstant.INSURGENCY_NEED;
import static casus.engine.model.ModelConstant.INSURGENCY_REPRESSION;
import static casus.engine.model.ModelConstant.LOYALTY_COLLAPSE;
import static casus.engine.model.ModelConstant.LOYALTY_EROSION;
import static casus.engine.model.ModelConstant.LOYALTY_STABILITY_LINE;
import static casus.engine.model.ModelConstant.PROTEST_NEED;
import static casus.engine.model.ModelConstant.RECOVERY;
import static casus.engine.model.ModelConstant.RIOT_CONCESSION;
import static casus.engine.model.ModelConstant.SECURITY_NEED;
import static casus.engine.model.ModelConstant.STRIKE_NEED;
import static casus.engine.model.ModelConstant.UNREST_DECAY;
import static casus.engine.model.ModelConstant.UNREST_EROSION;
import static casus.engine.model.ModelConstant.UNREST_FATIGUE;
import static casus.engine.model.ModelConstant.UNREST_LUCK;
import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BLOC;
import static casus.engine.testing.TinySetting.BORDER;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.DeploymentKind;
import casus.engine.model.ModelConstant;
import casus.engine.model.Numeric;
import casus.engine.model.SettingBuilder;
import casus.engine.model.UnrestKind;
import casus.engine.testing.Constants;
import casus.engine.testing.FixedRandom;
import casus.engine.testing.TinySetting;
import casus.engine.testing.Worlds;
import casus.engine.world.Presence;
import casus.engine.world.World;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A government at home: its security against unrest, a crackdown and its price, its fall, communal violence. */
class DomesticTest {
    /** People DEF rules in the tests that measure its security. */
    static final long PEOPLE = 1_000_000;

    static double k(ModelConstant c) {
        return Constants.k(c);
    }

    static double[] nothingLostBefore(World w) {
        double[] lost = new double[w.actorCount()];
        for (int a = 0; a < lost.length; a++) {
            lost[a] = w.territory().lostValue(a);
        }
        return lost;
    }

    static long day(World w) {
        return Domestic.update(w, nothingLostBefore(w), FixedRandom.median());
    }

    /** The luck of a median day at home. */
    static double luck() {
        return Numeric.lognormalLuck(k(UNREST_LUCK), 0);
    }

    /** A world where DEF rules {@link #PEOPLE} with some security forces, a share of which obey, facing unrest of a kind. */
    static World facing(long forces, double loyalty, UnrestKind kind, double unrest) {
        SettingBuilder b = TinySetting.builder();
        TinySetting.homeFront(b, DEF, PEOPLE, forces, loyalty);
        World w = Worlds.of(b);
        w.regimes().setUnrestKind(DEF, kind);
        w.regimes().setUnrest(DEF, unrest, 0);
        return w;
    }

    /** What unrest needs to be held, as the rule states it: level, people, the need per head, the kind's need. */
    static double needed(double unrest, long people, double kindNeed) {
        return unrest * people * k(SECURITY_NEED) * kindNeed;
    }

    // --- security ---------------------------------------------------------------------------

    @Test
    void security_is_the_forces_that_obey_against_what_the_unrest_needs() {
        World w = facing(1500, 0.8, UnrestKind.RIOT, 0.5);
        double held = 1500 * 0.8;
        double needed = needed(0.5, PEOPLE, 1);

        assertEquals(held / (held + needed), Domestic.security(w, DEF), 1e-12);
    }

    @Test
    void forces_that_no_longer_obey_hold_less() {
        World w = facing(1500, 1, UnrestKind.RIOT, 0.5);
        double loyal = Domestic.security(w, DEF);

        w.regimes().setLoyalty(DEF, 0.4);

        assertTrue(Domestic.security(w, DEF) < loyal);
        assertEquals(0.4 * 1500 / (0.4 * 1500 + needed(0.5, PEOPLE, 1)), Domestic.security(w, DEF), 1e-12);
    }

    @Test
    void more_unrest_needs_more_forces() {
        World some = facing(1500, 1, UnrestKind.RIOT, 0.2);
        World much = facing(1500, 1, UnrestKind.RIOT, 0.9);

        assertTrue(Domestic.security(much, DEF) < Domestic.security(some, DEF));
    }

    @Test
    void a_crackdown_puts_the_army_to_policing_as_far_as_it_obeys() {
        World w = facing(1000, 0.5, UnrestKind.RIOT, 0.8);
        double before = Domestic.security(w, DEF);
        assertEquals(before, Domestic.securityIf(w, DEF, false), 1e-12);
        double promised = Domestic.securityIf(w, DEF, true);

        w.regimes().repress(DEF, true);

        double held = 1000 * 0.5 + w.military().availableTroops(DEF) * 0.5 * k(ARMY_POLICING);
        assertEquals(held / (held + needed(0.8, PEOPLE, 1)), Domestic.security(w, DEF), 1e-12);
        assertTrue(Domestic.security(w, DEF) > before);
        assertEquals(promised, Domestic.security(w, DEF), 1e-12, "securityIf foresees what the crackdown brings");
        assertEquals(before, Domestic.securityIf(w, DEF, false), 1e-12);
    }

    @Test
    void each_kind_of_unrest_needs_its_own_share_of_forces() {
        Map<UnrestKind, Double> need = Map.of(UnrestKind.RIOT, 1.0, UnrestKind.PROTEST, k(PROTEST_NEED),
                UnrestKind.GENERAL_STRIKE, k(STRIKE_NEED), UnrestKind.INSURGENCY, k(INSURGENCY_NEED));
        for (UnrestKind kind : UnrestKind.values()) {
            World w = facing(1500, 1, kind, 0.5);
            double needed = needed(0.5, PEOPLE, need.get(kind));

            assertEquals(1500 / (1500 + needed), Domestic.security(w, DEF), 1e-12, kind.name());
        }
    }

    @Test
    void peaceful_protest_is_held_with_fewer_forces_than_a_riot_and_an_insurgency_needs_more() {
        double protest = Domestic.security(facing(1500, 1, UnrestKind.PROTEST, 0.5), DEF);
        double riot = Domestic.security(facing(1500, 1, UnrestKind.RIOT, 0.5), DEF);
        double insurgency = Domestic.security(facing(1500, 1, UnrestKind.INSURGENCY, 0.5), DEF);

        assertTrue(protest > riot && riot > insurgency, protest + " > " + riot + " > " + insurgency);
    }

    @Test
    void foreign_troops_guarding_the_government_add_to_its_security() {
        World w = facing(1000, 0.5, UnrestKind.RIOT, 0.5);
        double alone = Domestic.security(w, DEF);

        w.military().deploy(new Presence(-1, BLOC, -1, DEF, 2000, DeploymentKind.PEACEKEEPERS, 0));

        double held = 1000 * 0.5 + 2000;
        assertEquals(held / (held + needed(0.5, PEOPLE, 1)), Domestic.security(w, DEF), 1e-12, "guests obey their own, not DEF's loyalty");
        assertTrue(Domestic.security(w, DEF) > alone);
    }

    @Test
    void troops_in_a_region_or_guarding_another_government_do_not_guard_this_one() {
        World w = facing(1000, 1, UnrestKind.RIOT, 0.5);
        double alone = Domestic.security(w, DEF);

        w.military().deploy(new Presence(NEU, -1, HOME, DEF, 2000, DeploymentKind.PEACEKEEPERS, 0));
        w.military().deploy(new Presence(-1, BLOC, -1, ATK, 2000, DeploymentKind.PEACEKEEPERS, 0));
        w.military().deploy(new Presence(NEU, -1, -1, DEF, 2000, DeploymentKind.FORCES, 0));

        assertEquals(alone, Domestic.security(w, DEF), 1e-12);
    }

    @Test
    void foreign_peacekeepers_guarding_the_government_stop_the_erosion() {
        World w = Worlds.tiny();
        w.regimes().setUnrest(DEF, 1, 0.8);
        w.military().deploy(new Presence(-1, BLOC, -1, DEF, Constants.whole(ModelConstant.REGIME_TROOPS), DeploymentKind.PEACEKEEPERS, 0));
        double before = w.regimes().stability(DEF);

        day(w);

        assertEquals(1, Domestic.security(w, DEF), 1e-12, "the tiny DEF has no people to speak of: any guard holds");
        assertEquals(before, w.regimes().stability(DEF), 1e-12);
        assertTrue(w.regimes().unrest(DEF) < 1, "unrest fades under security");
    }

    // --- a day of unrest --------------------------------------------------------------------

    @Test
    void unrest_erodes_stability_as_far_as_security_does_not_hold() {
        World w = facing(1500, 1, UnrestKind.RIOT, 0.5);
        double security = Domestic.security(w, DEF);
        double before = w.regimes().stability(DEF);

        day(w);

        assertEquals(before - k(UNREST_EROSION) * 0.5 * (1 - security) * luck(), w.regimes().stability(DEF), 1e-12);
    }

    @Test
    void more_unrest_erodes_more() {
        World calmer = Worlds.tiny();
        calmer.regimes().setUnrest(DEF, 0.3, 0);
        World wilder = Worlds.tiny();
        wilder.regimes().setUnrest(DEF, 0.9, 0);

        day(calmer);
        day(wilder);

        assertTrue(wilder.regimes().stability(DEF) < calmer.regimes().stability(DEF));
    }

    @Test
    void protests_left_alone_tire() {
        World w = facing(0, 1, UnrestKind.PROTEST, 0.6);

        day(w);

        assertEquals(0.6 * (1 - k(UNREST_FATIGUE)), w.regimes().unrest(DEF), 1e-12);
        assertEquals(1, w.regimes().loyalty(DEF), 1e-12, "nobody is ordered to shoot, nobody defects");
    }

    @Test
    void a_crackdown_quells_a_riot_as_far_as_security_holds() {
        World w = facing(1500, 1, UnrestKind.RIOT, 0.6);
        w.regimes().repress(DEF, true);
        double security = Domestic.security(w, DEF);

        day(w);

        assertEquals(0.6 * (1 - k(UNREST_DECAY) * security), w.regimes().unrest(DEF), 1e-12);
        assertEquals(1, w.regimes().loyalty(DEF), 1e-12, "crushing a riot costs no loyalty");
    }

    @Test
    void a_crackdown_quells_an_insurgency_by_its_own_effect() {
        World w = facing(1500, 1, UnrestKind.INSURGENCY, 0.6);
        w.regimes().repress(DEF, true);
        double security = Domestic.security(w, DEF);

        day(w);

        assertEquals(0.6 * (1 - k(UNREST_DECAY) * security * k(INSURGENCY_REPRESSION)), w.regimes().unrest(DEF), 1e-12);
        assertEquals(1, w.regimes().loyalty(DEF), 1e-12);
    }

    @Test
    void a_crackdown_on_peaceful_protest_fans_it_and_makes_officers_defect() {
        // a hundred million people: the army policing them is far too thin
        SettingBuilder b = TinySetting.builder();
        TinySetting.homeFront(b, DEF, 100_000_000, 0, 1);
        World w = Worlds.of(b);
        w.regimes().setUnrestKind(DEF, UnrestKind.PROTEST);
        w.regimes().setUnrest(DEF, 0.6, 0);
        w.regimes().repress(DEF, true);
        double s = Domestic.security(w, DEF);
        double effect = Domestic.repressionEffect(w, UnrestKind.PROTEST);

        day(w);

        assertEquals(0.6 * (1 - k(UNREST_DECAY) * s * effect) + k(BACKLASH) * 0.6 * (1 - s), w.regimes().unrest(DEF), 1e-12);
        assertTrue(w.regimes().unrest(DEF) > 0.6, "the backlash outruns what the thin crackdown quells");
        assertEquals(1 - k(DEFECTION_RATE) * 0.6 * (1 - s), w.regimes().loyalty(DEF), 1e-12);
    }

    @Test
    void a_crackdown_on_a_strike_costs_loyalty_too_but_one_on_a_riot_does_not() {
        World strike = facing(500, 1, UnrestKind.GENERAL_STRIKE, 0.6);
        World riot = facing(500, 1, UnrestKind.RIOT, 0.6);
        strike.regimes().repress(DEF, true);
        riot.regimes().repress(DEF, true);

        day(strike);
        day(riot);

        assertTrue(strike.regimes().loyalty(DEF) < 1);
        assertEquals(1, riot.regimes().loyalty(DEF), 1e-12);
    }

    @Test
    void the_forces_of_a_shaken_government_waver() {
        World w = facing(0, 1, UnrestKind.PROTEST, 0.5);
        double line = k(LOYALTY_STABILITY_LINE);
        double shaken = (line + k(COLLAPSE)) / 2;
        w.regimes().setStability(DEF, shaken);

        day(w);

        assertEquals(1 - k(LOYALTY_EROSION) * 0.5 * (line - shaken), w.regimes().loyalty(DEF), 1e-12);
    }

    @Test
    void the_forces_of_a_steady_government_hold() {
        World w = facing(0, 1, UnrestKind.PROTEST, 0.5);
        w.regimes().setStability(DEF, k(LOYALTY_STABILITY_LINE) + 0.1);

        day(w);

        assertEquals(1, w.regimes().loyalty(DEF), 1e-12);
    }

    // --- the fall ---------------------------------------------------------------------------

    @Test
    void a_regime_below_the_collapse_line_falls() {
        SettingBuilder b = TinySetting.builder();
        b.stability[DEF] = k(COLLAPSE) + 0.01;
        World w = Worlds.of(b);
        w.regimes().setUnrest(DEF, 1, 0);

        long fell = day(w);

        assertTrue(w.regimes().stability(DEF) < k(COLLAPSE));
        assertTrue(w.regimes().fallen(DEF));
        assertEquals(1L << DEF, fell);
    }

    @Test
    void a_regime_that_holds_above_the_line_stands() {
        World w = Worlds.tiny();
        w.regimes().setUnrest(DEF, 0.2, 0);

        assertEquals(0, day(w));
        assertFalse(w.regimes().fallen(DEF));
    }

    @Test
    void a_regime_whose_forces_no_longer_obey_falls_while_the_streets_are_up() {
        World w = Worlds.tiny();
        w.regimes().setUnrest(DEF, 0.5, 0);
        w.regimes().setLoyalty(DEF, k(LOYALTY_COLLAPSE) - 0.05);

        long fell = day(w);

        assertTrue(w.regimes().stability(DEF) > k(COLLAPSE), "it is not stability that brings it down");
        assertEquals(1L << DEF, fell);
        assertTrue(w.regimes().fallen(DEF));
    }

    @Test
    void disloyal_forces_bring_nobody_down_in_calm() {
        World w = Worlds.tiny();
        w.regimes().setLoyalty(DEF, k(LOYALTY_COLLAPSE) - 0.05);

        assertEquals(0, day(w));
        assertFalse(w.regimes().fallen(DEF));
    }

    @Test
    void a_fallen_regime_is_left_alone() {
        World w = Worlds.tiny();
        w.regimes().setUnrest(DEF, 1, 0);
        w.regimes().fall(DEF);
        double before = w.regimes().stability(DEF);

        assertEquals(0, day(w), "it falls once");
        assertEquals(before, w.regimes().stability(DEF), 1e-12);
        assertEquals(1, w.regimes().unrest(DEF), 1e-12);
    }

    // --- war and calm -----------------------------------------------------------------------

    @Test
    void losing_valued_ground_shakes_the_government() {
        World w = Worlds.tiny();
        double[] before = nothingLostBefore(w);
        double stability = w.regimes().stability(DEF);
        w.territory().shiftControl(HOME, DEF, ATK, 0.5);

        Domestic.update(w, before, FixedRandom.median());

        assertEquals(stability - k(DEFEAT_SHOCK) * 0.5, w.regimes().stability(DEF), 1e-12);
    }

    @Test
    void calm_lets_stability_recover_toward_where_it_started() {
        World w = Worlds.tiny();
        double start = w.regimes().stability(DEF);
        w.regimes().setStability(DEF, start - 0.2);

        day(w);

        assertEquals(start - 0.2 * (1 - k(RECOVERY)), w.regimes().stability(DEF), 1e-12);
    }

    // --- violence between communities -------------------------------------------------------

    @Test
    void communal_violence_kills_burns_out_and_wears_the_government_down() {
        World w = Worlds.tiny();
        double start = w.regimes().stability(DEF);
        w.regimes().setStability(DEF, start - 0.2);
        w.regimes().setCommunal(HOME, 0.5);
        long people = w.setting().population(HOME);

        day(w);

        assertEquals(0.5 * people * k(COMMUNAL_LETHALITY) * luck(), w.military().casualties(DEF), 1e-9, "nobody stands between them");
        assertEquals(0.5 * (1 - k(COMMUNAL_BURNOUT)), w.regimes().communal(HOME), 1e-12);
        assertEquals(start - 0.2 - k(COMMUNAL_EROSION) * 0.5, w.regimes().stability(DEF), 1e-12, "no recovery while communities fight");
    }

    @Test
    void peacekeepers_between_the_communities_save_lives_and_calm_them_faster() {
        World bare = Worlds.tiny();
        bare.regimes().setCommunal(HOME, 0.5);
        World kept = Worlds.tiny();
        kept.regimes().setCommunal(HOME, 0.5);
        kept.military().deploy(new Presence(NEU, -1, HOME, -1, 2000, DeploymentKind.PEACEKEEPERS, 0));
        long people = kept.setting().population(HOME);
        double needed = 0.5 * people * k(SECURITY_NEED);
        double security = 2000 / (2000 + needed);

        day(bare);
        day(kept);

        assertEquals(0.5 * people * k(COMMUNAL_LETHALITY) * (1 - security) * luck(), kept.military().casualties(DEF), 1e-9);
        assertTrue(kept.military().casualties(DEF) < bare.military().casualties(DEF));
        assertEquals(0.5 * (1 - k(COMMUNAL_BURNOUT) - k(UNREST_DECAY) * security), kept.regimes().communal(HOME), 1e-12);
        assertTrue(kept.regimes().communal(HOME) < bare.regimes().communal(HOME));
    }

    @Test
    void peacekeepers_in_another_region_do_not_stand_between_these_communities() {
        World bare = Worlds.tiny();
        bare.regimes().setCommunal(HOME, 0.5);
        World elsewhere = Worlds.tiny();
        elsewhere.regimes().setCommunal(HOME, 0.5);
        elsewhere.military().deploy(new Presence(NEU, -1, BORDER, -1, 2000, DeploymentKind.PEACEKEEPERS, 0));

        day(bare);
        day(elsewhere);

        assertEquals(bare.military().casualties(DEF), elsewhere.military().casualties(DEF), 1e-12);
        assertEquals(bare.regimes().communal(HOME), elsewhere.regimes().communal(HOME), 1e-12);
    }

    @Test
    void the_governments_forces_stand_between_the_communities_once_it_orders_them_to() {
        SettingBuilder b = TinySetting.builder();
        TinySetting.homeFront(b, DEF, PEOPLE, 500, 1);
        World idle = Worlds.of(b);
        idle.regimes().setCommunal(HOME, 0.5);
        World ordered = Worlds.of(b);
        ordered.regimes().setCommunal(HOME, 0.5);
        ordered.regimes().repress(DEF, true);

        day(idle);
        day(ordered);

        assertTrue(ordered.military().casualties(DEF) < idle.military().casualties(DEF));
        assertTrue(ordered.regimes().communal(HOME) < idle.regimes().communal(HOME));
    }

    @Test
    void violence_on_another_states_land_is_that_states_burden() {
        World w = Worlds.tiny();
        w.regimes().setCommunal(ENCLAVE, 0.5);
        double before = w.regimes().stability(DEF);

        day(w);

        assertEquals(0, w.military().casualties(DEF));
        assertEquals(before, w.regimes().stability(DEF), 1e-12);
        assertTrue(w.military().casualties(ATK) > 0, "the enclave is ATK's under the law");
    }

    // --- concessions ------------------------------------------------------------------------

    @Test
    void concessions_calm_peaceful_unrest_fully_a_riot_in_part_an_insurgency_not_at_all() {
        World w = Worlds.tiny();

        assertEquals(1, Domestic.concessionEfficacy(w, UnrestKind.PROTEST));
        assertEquals(1, Domestic.concessionEfficacy(w, UnrestKind.GENERAL_STRIKE));
        assertEquals(k(RIOT_CONCESSION), Domestic.concessionEfficacy(w, UnrestKind.RIOT));
        assertEquals(0, Domestic.concessionEfficacy(w, UnrestKind.INSURGENCY));
    }
}
