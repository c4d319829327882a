package casus.engine.model;

import static casus.engine.testing.TinySetting.ATK;
import static casus.engine.testing.TinySetting.BELT;
import static casus.engine.testing.TinySetting.DEF;
import static casus.engine.testing.TinySetting.ENCLAVE;
import static casus.engine.testing.TinySetting.HOME;
import static casus.engine.testing.TinySetting.NEU;
import static casus.engine.testing.TinySetting.PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.testing.TinySetting;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Facts and preferences by path: lookup, ranges, suggestions and changes. */
class ParametersTest {
    private final Setting tiny = TinySetting.crisis(HOME);

    static Setting with(Setting s, String path, String value) {
        return Parameters.with(s, List.of(new FactChange(path, value)));
    }

    @Test
    void paths_resolve_to_the_facts_they_name() {
        assertEquals(0.1, Parameters.require(tiny, "actors.PAT.forces_committed_elsewhere").number(tiny), 1e-12);
        assertEquals(1.0, Parameters.require(tiny, "preferences.ATK.alliance_duty").number(tiny), 1e-12);
        assertEquals(0.3, Parameters.require(tiny, "relations.PAT.ATK.interdependence").number(tiny), 1e-12);
        assertEquals(0.5, Parameters.require(tiny, "beliefs.DEF.BLOC").number(tiny), 1e-12);
        assertEquals("ATK", Parameters.require(tiny, "regions.BELT.de_jure").value(tiny));
        assertEquals(1.0, Parameters.require(tiny, "regions.HOME.control.DEF").number(tiny), 1e-12);
        assertEquals(3600, Parameters.require(tiny, "treaties.BLOC.peacekeepers").number(tiny), 1e-12);
        assertEquals(1.0, Parameters.require(tiny, "events.offensive.intensity").number(tiny), 1e-12);
        assertEquals("30", Parameters.require(tiny, "scenario.days").value(tiny));
    }

    @Test
    void every_path_is_unique() {
        Set<String> seen = new HashSet<>();
        for (Parameter p : Parameters.all(tiny)) {
            assertTrue(seen.add(p.path()), "twice: " + p.path());
        }
    }

    @Test
    void a_change_by_path_lands_in_a_copy() {
        Setting changed = with(tiny, "actors.PAT.forces_committed_elsewhere", "0.75");

        assertEquals(0.75, changed.committed(PAT), 1e-12);
        assertEquals(0.1, tiny.committed(PAT), 1e-12, "the original is unchanged");
    }

    @Test
    void a_region_changes_hands_by_actor_id() {
        Setting changed = with(tiny, "regions.BELT.de_jure", "DEF");

        assertEquals(DEF, changed.deJure(BELT));
    }

    @Test
    void a_value_out_of_range_is_refused_with_the_range() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(tiny, "actors.DEF.readiness", "1.5"));

        assertEquals("actors.DEF.readiness: 1.5 is out of range [0, 1]", e.getMessage());
    }

    @Test
    void a_fraction_is_refused_where_a_whole_number_is_due() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(tiny, "actors.DEF.troops", "1000.5"));

        assertEquals("actors.DEF.troops: 1000.5 is not a whole number", e.getMessage());
    }

    @Test
    void text_that_is_not_a_number_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(tiny, "actors.DEF.readiness", "high"));

        assertEquals("actors.DEF.readiness: 'high' is not a number", e.getMessage());
    }

    @Test
    void an_unknown_actor_id_is_refused_with_the_actors_of_the_scenario() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(tiny, "regions.BELT.de_jure", "XYZ"));

        assertTrue(e.getMessage().startsWith("regions.BELT.de_jure: no actor 'XYZ' in this scenario (actors: ATK, DEF"), e.getMessage());
    }

    @Test
    void deterrent_backing_cannot_fall_below_one() {
        assertThrows(IllegalArgumentException.class, () -> with(tiny, "actors.THD.deterrent_backing", "0.5"));
    }

    @Test
    void an_unknown_path_is_refused_with_the_nearest_valid_paths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parameters.require(tiny, "actors.PAT.forces_comitted_elsewhere"));

        assertTrue(e.getMessage().startsWith("unknown parameter 'actors.PAT.forces_comitted_elsewhere'; nearest: "
                + "actors.PAT.forces_committed_elsewhere, "), e.getMessage());
        assertNull(Parameters.find(tiny, "actors.PAT.forces_comitted_elsewhere"));
    }

    @Test
    void setting_one_actors_control_share_rescales_the_others_to_sum_to_one() {
        SettingBuilder b = TinySetting.builder();
        b.control[HOME][DEF] = 0.6;
        b.control[HOME][NEU] = 0.4;
        Setting s = b.build();

        Setting changed = with(s, "regions.HOME.control.ATK", "0.5");

        assertEquals(0.5, changed.control(HOME, ATK), 1e-12);
        assertEquals(0.3, changed.control(HOME, DEF), 1e-12);
        assertEquals(0.2, changed.control(HOME, NEU), 1e-12);
        assertEquals(1, sum(changed, HOME), 1e-12);
    }

    @Test
    void lowering_the_only_holders_share_hands_the_rest_to_the_de_jure_owner() {
        Setting changed = with(tiny, "regions.ENCLAVE.control.DEF", "0.25");

        assertEquals(0.25, changed.control(ENCLAVE, DEF), 1e-12);
        assertEquals(0.75, changed.control(ENCLAVE, ATK), 1e-12);
        assertEquals(1, sum(changed, ENCLAVE), 1e-12);
    }

    @Test
    void the_only_holder_without_an_heir_cannot_give_up_ground() {
        SettingBuilder b = TinySetting.builder();
        b.control[HOME][DEF] = 1;
        Setting s = b.build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(s, "regions.HOME.control.DEF", "0.5"));
        assertTrue(e.getMessage().startsWith("regions.HOME.control.DEF: "), e.getMessage());
    }

    @Test
    void a_variation_on_a_changed_path_is_dropped_and_the_others_kept() {
        SettingBuilder b = TinySetting.builder();
        b.variations.add(new Variation("actors.ATK.military_power", 40, 60));
        b.variations.add(new Variation("actors.DEF.military_power", 10, 20));
        Setting s = b.build();

        Setting changed = with(s, "actors.ATK.military_power", "45");

        assertEquals(List.of(new Variation("actors.DEF.military_power", 10, 20)), changed.variations());
        assertEquals(45, changed.power(ATK), 1e-12);
        assertEquals(2, s.variations().size());
    }

    @Test
    void no_changes_give_the_same_setting() {
        assertSame(tiny, Parameters.with(tiny, List.of()));
        assertNotSame(tiny, with(tiny, "scenario.days", "10"));
    }

    @Test
    void variation_parameters_resolve_in_declaration_order() {
        SettingBuilder b = TinySetting.builder();
        b.variations.add(new Variation("beliefs.DEF.PAT", 0.2, 0.4));
        b.variations.add(new Variation("actors.ATK.military_power", 40, 60));
        Setting s = b.build();

        List<Parameter> resolved = s.variationParameters();

        assertEquals("beliefs.DEF.PAT", resolved.get(0).path());
        assertEquals("actors.ATK.military_power", resolved.get(1).path());
    }

    static double sum(Setting s, int region) {
        double sum = 0;
        for (int a = 0; a < s.actorCount(); a++) {
            sum += s.control(region, a);
        }
        return sum;
    }
}
