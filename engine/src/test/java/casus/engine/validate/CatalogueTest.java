package casus.engine.validate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.FactChange;
import casus.engine.model.Parameters;
import casus.engine.model.Setting;
import casus.engine.testing.TinySetting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes the search for discriminators tries. */
class CatalogueTest {
    private final Setting s = TinySetting.crisis(TinySetting.HOME);
    private final List<FactChange> catalogue = Catalogue.of(s);

    @Test
    void every_change_is_of_a_fact_never_a_preference_a_constant_or_the_length() {
        for (FactChange c : catalogue) {
            assertFalse(c.path().startsWith("preferences.") || c.path().startsWith("model.") || c.path().startsWith("scenario."), c.toString());
        }
    }

    @Test
    void every_change_is_one_the_scenario_accepts_and_changes_its_fact() {
        for (FactChange c : catalogue) {
            assertDoesNotThrow(() -> Parameters.with(s, List.of(c)), c::toString);
            assertNotEquals(Parameters.require(s, c.path()).value(s), c.value(), c.toString());
        }
    }

    @Test
    void military_power_is_cut_to_a_quarter_and_quadrupled_within_its_range() {
        assertTrue(catalogue.contains(new FactChange("actors.PAT.military_power", "75")));
        assertTrue(catalogue.contains(new FactChange("actors.PAT.military_power", "1000")), "1200 is beyond the range");
        assertTrue(catalogue.contains(new FactChange("actors.DEF.military_power", "3.75")));
    }

    @Test
    void the_victims_beliefs_and_relations_are_changed_both_ways() {
        assertTrue(catalogue.contains(new FactChange("beliefs.DEF.BLOC", "0.05")));
        assertTrue(catalogue.contains(new FactChange("beliefs.DEF.PAT", "0.95")));
        assertTrue(catalogue.contains(new FactChange("relations.DEF.PAT.alignment", "-0.9")));
        assertTrue(catalogue.contains(new FactChange("relations.PAT.DEF.alignment", "0.9")));
        assertFalse(catalogue.contains(new FactChange("relations.DEF.ATK.alignment", "-0.9")), "it is -0.9 already");
        assertFalse(catalogue.stream().anyMatch(c -> c.path().startsWith("beliefs.PAT.")), "only the victim's beliefs");
    }

    @Test
    void regions_go_to_the_victim_or_the_attacker_and_events_to_their_extremes() {
        assertTrue(catalogue.contains(new FactChange("regions.ENCLAVE.de_jure", "DEF")));
        assertTrue(catalogue.contains(new FactChange("regions.HOME.de_jure", "ATK")));
        assertFalse(catalogue.contains(new FactChange("regions.HOME.de_jure", "DEF")), "it is DEF's already");
        assertTrue(catalogue.contains(new FactChange("events.offensive.intensity", "0.05")));
        assertTrue(catalogue.contains(new FactChange("events.offensive.external_attribution", "1")));
        assertFalse(catalogue.contains(new FactChange("events.offensive.intensity", "1")), "it is 1 already");
    }

    @Test
    void the_order_is_fixed() {
        assertEquals(catalogue, Catalogue.of(TinySetting.crisis(TinySetting.HOME)));
        assertEquals(new FactChange("actors.ATK.forces_committed_elsewhere", "0.9"), catalogue.get(0));
    }
}
