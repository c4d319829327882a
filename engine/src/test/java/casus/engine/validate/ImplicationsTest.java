package casus.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Expectation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Implications between recorded outcomes that follow from the outcomes' definitions alone. */
class ImplicationsTest {
    static Expectation e(String outcome, String observed) {
        return new Expectation(outcome, observed, "");
    }

    static List<String> impliedBy(Expectation... es) {
        return Implications.impliedBy(Arrays.asList(es));
    }

    @Test
    void a_named_broker_or_a_direct_ceasefire_implies_a_ceasefire() {
        assertTrue(Implications.implies(e("ceasefire_broker", "RUS"), e("ceasefire", "true")));
        assertTrue(Implications.implies(e("ceasefire_broker", "direct"), e("ceasefire", "true")));
        assertFalse(Implications.implies(e("ceasefire_broker", "none"), e("ceasefire", "true")));
    }

    @Test
    void no_ceasefire_implies_no_broker_and_not_the_other_way() {
        assertTrue(Implications.implies(e("ceasefire", "false"), e("ceasefire_broker", "none")));
        assertFalse(Implications.implies(e("ceasefire_broker", "none"), e("ceasefire", "false")));
    }

    @Test
    void a_collective_deployment_implies_aid_and_a_response() {
        assertTrue(Implications.implies(e("alliance_intervened", "true"), e("victim_aided", "true")));
        assertTrue(Implications.implies(e("alliance_intervened", "true"), e("alliance_responded", "true")));
        assertTrue(Implications.implies(e("alliance_mission", "true"), e("alliance_responded", "true")));
        assertFalse(Implications.implies(e("alliance_intervened", "true"), e("peacekeepers_deployed", "true")), "a deployment may fight");
    }

    @Test
    void no_aid_implies_neither_an_alliance_nor_a_patron_fought() {
        assertTrue(Implications.implies(e("victim_aided", "false"), e("alliance_intervened", "false")));
        assertTrue(Implications.implies(e("victim_aided", "false"), e("patron_intervened", "false")));
        assertFalse(Implications.implies(e("alliance_intervened", "false"), e("victim_aided", "false")), "a patron may have fought");
    }

    @Test
    void consultations_imply_an_appeal() {
        assertTrue(Implications.implies(e("alliance_consulted", "true"), e("assistance_requested", "true")));
        assertTrue(Implications.implies(e("assistance_requested", "false"), e("alliance_consulted", "false")));
    }

    @Test
    void implications_chain() {
        assertTrue(Implications.implies(e("alliance_responded", "false"), e("alliance_intervened", "false")));
        assertFalse(Implications.implies(e("alliance_responded", "false"), e("victim_aided", "false")));
    }

    @Test
    void the_weaker_expectation_is_redundant_whatever_the_order() {
        assertEquals(Arrays.asList("ceasefire_broker=RUS", null), impliedBy(e("ceasefire", "true"), e("ceasefire_broker", "RUS")));
        assertEquals(Arrays.asList(null, "ceasefire_broker=RUS"), impliedBy(e("ceasefire_broker", "RUS"), e("ceasefire", "true")));
    }

    @Test
    void of_two_that_imply_each_other_the_first_is_kept() {
        assertEquals(Arrays.asList(null, "member_suspended=false"), impliedBy(e("member_suspended", "false"), e("member_suspended", "false")));
    }

    @Test
    void a_redundant_expectation_names_one_that_is_kept() {
        List<String> by = impliedBy(e("alliance_intervened", "false"), e("alliance_responded", "false"), e("alliance_responded", "false"));

        assertEquals(Arrays.asList("alliance_responded=false", null, "alliance_responded=false"), by);
    }

    @Test
    void outcomes_the_definitions_leave_apart_imply_nothing() {
        assertEquals(Arrays.asList(null, null, null, null),
                impliedBy(e("assistance_requested", "true"), e("alliance_intervened", "true"), e("regime_survived", "true"), e("leader_resigned", "true")));
    }
}
