package casus.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Expectation;
import casus.engine.model.FactChange;
import casus.engine.model.Placebo;
import casus.engine.model.Sample;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.run.Flag;
import casus.engine.testing.TinySetting;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Validation of scenarios whose outcomes {@link StatedRules} states: classes, the search, the
 * placebos and the scores, apart from whatever the engine's rules do.
 */
class ValidationTest {
    private final StatedRules rules = new StatedRules();

    static Setting tiny(String id, Consumer<SettingBuilder> change) {
        SettingBuilder b = TinySetting.builder();
        b.id = id;
        change.accept(b);
        return b.build();
    }

    static Expectation expect(String outcome, String observed, FactChange... discriminator) {
        return new Expectation(outcome, observed, "", List.of(discriminator), discriminator.length == 0 ? "" : "because");
    }

    Report validate(int runs, Setting... settings) {
        return Validation.run(List.of(settings), runs, 1, rules, () -> 0);
    }

    Case only(Report r) {
        assertEquals(1, r.cases().size(), r.cases()::toString);
        return r.cases().get(0);
    }

    @Test
    void a_declared_discriminator_that_turns_the_outcome_makes_it_discriminating() {
        FactChange fewerTroops = new FactChange("actors.ATK.troops", "1000");
        Setting s = tiny("t", b -> b.expectations.add(expect("attacker_gained_territory", "true", fewerTroops)));

        Case c = only(validate(100, s));

        assertEquals(ExpectationClass.DISCRIMINATING, c.expectationClass());
        assertTrue(c.declared().works());
        assertEquals(c.declared(), c.discriminator(), "the declared change is the one used");
        assertEquals(1.0, c.discriminator().pOther(), 1e-12);
        assertEquals(0, validate(100, s).search().get(0).tried(), "no search once the declared change works");
    }

    @Test
    void a_declared_discriminator_that_fails_is_reported_and_the_search_looks_on() {
        FactChange irrelevant = new FactChange("actors.NEU.troops", "1");
        Setting s = tiny("t", b -> b.expectations.add(expect("alliance_intervened", "true", irrelevant)));

        Case c = only(validate(100, s));

        assertFalse(c.declared().works());
        assertEquals(List.of(irrelevant), c.declared().changes());
        assertEquals(0.1, c.declared().pOther(), 1e-9, "the declared change leaves the intervention as likely as before");
        assertEquals(ExpectationClass.DISCRIMINATING, c.expectationClass(), "the search found another");
        assertEquals(List.of(new FactChange("actors.PAT.forces_committed_elsewhere", "0.9")), c.discriminator().changes());
        assertFalse(c.discriminator().declared());
    }

    @Test
    void a_declared_change_of_a_preference_is_refused_without_being_run() {
        FactChange preference = new FactChange("preferences.ATK.territory", "0");
        Setting s = tiny("t", b -> b.expectations.add(expect("attacker_gained_territory", "true", preference)));

        Case c = only(validate(100, s));

        assertFalse(c.declared().works());
        assertTrue(c.declared().refusal().contains("preferences.ATK.territory"), c.declared().refusal());
        assertTrue(Double.isNaN(c.declared().pOther()));
        assertEquals(ExpectationClass.STRUCTURAL, c.expectationClass(), "no fact in the catalogue moves ATK's troops");
    }

    @Test
    void the_search_finds_a_change_and_confirms_it_with_the_full_runs() {
        Setting s = tiny("t", b -> b.expectations.add(expect("alliance_intervened", "true")));

        Report r = validate(500, s);
        Case c = only(r);

        assertEquals(ExpectationClass.DISCRIMINATING, c.expectationClass());
        assertNull(c.declared());
        assertEquals(List.of(new FactChange("actors.PAT.forces_committed_elsewhere", "0.9")), c.discriminator().changes());
        assertEquals(0.9, c.discriminator().pOther(), 1e-9);
        SearchEffort effort = r.search().get(0);
        assertTrue(effort.tried() < effort.candidates(), "the search stops once every expectation has a change: " + effort);
        assertEquals(1 + effort.tried() + 1, rules.batches.size(), "the scenario, one batch per candidate tried, one confirmation");
        assertEquals(List.of(500, 500), List.of(rules.batches.get(0), rules.batches.get(rules.batches.size() - 1)));
        assertTrue(rules.batches.subList(1, rules.batches.size() - 1).stream().allMatch(n -> n == Validation.SEARCH_RUNS), rules.batches::toString);
    }

    @Test
    void one_batch_per_candidate_serves_every_expectation_of_the_scenario() {
        Setting s = tiny("t", b -> {
            b.expectations.add(expect("alliance_intervened", "true"));
            b.expectations.add(expect("member_suspended", "false"));
        });

        Report r = validate(100, s);

        assertEquals(r.search().get(0).candidates(), r.search().get(0).tried(), "one expectation stays open to the end");
        assertEquals(1 + r.search().get(0).tried(), rules.batches.size(), "with 100 runs the first look is the confirmation");
    }

    @Test
    void an_outcome_no_fact_change_moves_is_structural_and_not_scored() {
        Setting s = tiny("t", b -> b.expectations.add(expect("member_suspended", "false")));

        Report r = validate(100, s);
        Case c = only(r);

        assertEquals(ExpectationClass.STRUCTURAL, c.expectationClass());
        assertNull(c.discriminator());
        assertFalse(c.scored());
        assertEquals(0, r.score(Sample.IN_SAMPLE).scored());
        assertEquals(r.search().get(0).candidates(), r.search().get(0).tried(), "every candidate was tried");
    }

    @Test
    void an_expectation_the_rules_already_get_wrong_is_discriminating_with_no_change() {
        Setting s = tiny("t", b -> b.expectations.add(expect("member_suspended", "true")));

        Report r = validate(100, s);
        Case c = only(r);

        assertEquals(ExpectationClass.DISCRIMINATING, c.expectationClass());
        assertTrue(c.discriminator().asItIs());
        assertEquals(1.0, c.discriminator().pOther(), 1e-12);
        assertEquals(0, r.search().get(0).tried(), "nothing to search");
    }

    @Test
    void an_expectation_another_implies_is_redundant_and_not_searched() {
        Setting s = tiny("t", b -> {
            b.expectations.add(expect("ceasefire", "true"));
            b.expectations.add(expect("ceasefire_broker", "NEU"));
        });

        Report r = validate(100, s);

        Case ceasefire = r.cases().get(0);
        assertEquals(ExpectationClass.REDUNDANT, ceasefire.expectationClass());
        assertEquals("ceasefire_broker=NEU", ceasefire.impliedBy());
        assertNull(ceasefire.discriminator());
        assertEquals(ExpectationClass.DISCRIMINATING, r.cases().get(1).expectationClass());
        assertEquals(1, r.score(Sample.IN_SAMPLE).scored());
    }

    @Test
    void only_a_scored_expectation_that_fails_fails_the_validation() {
        Case structural = new Case("t", Sample.IN_SAMPLE, "regime_survived", "false", 0.1, "", ExpectationClass.STRUCTURAL, null, null, null);
        Case scored = new Case("t", Sample.IN_SAMPLE, "regime_survived", "false", 0.1, "", ExpectationClass.DISCRIMINATING, null, null, null);

        assertTrue(report(structural).passed());
        assertFalse(report(scored).passed());
    }

    static Report report(Case c) {
        return new Report(100, 1, List.of(c), List.of(), List.of(), List.of(), Scoring.of(List.of(c), 100), List.of());
    }

    @Test
    void a_later_copy_of_an_expectation_is_redundant() {
        Setting s = tiny("t", b -> {
            b.expectations.add(expect("ceasefire", "false"));
            b.expectations.add(expect("ceasefire", "false"));
        });

        Report r = validate(100, s);

        assertEquals(ExpectationClass.DISCRIMINATING, r.cases().get(0).expectationClass(), "the rules give a ceasefire in 60% of runs");
        assertEquals(ExpectationClass.REDUNDANT, r.cases().get(1).expectationClass());
        assertEquals(1, r.score(Sample.IN_SAMPLE).scored());
        assertFalse(r.passed(), "the scored one fails");
    }

    @Test
    void the_declared_discriminator_of_a_redundant_expectation_is_still_checked() {
        FactChange calmer = new FactChange("actors.NEU.readiness", "0");
        Setting s = tiny("t", b -> {
            b.expectations.add(expect("ceasefire_broker", "NEU"));
            b.expectations.add(expect("ceasefire", "true", calmer));
        });

        Case ceasefire = validate(100, s).cases().get(1);

        assertEquals(ExpectationClass.REDUNDANT, ceasefire.expectationClass());
        assertTrue(ceasefire.declared().works());
        assertNull(ceasefire.discriminator(), "a redundant case is not scored, however it could fail");
    }

    @Test
    void a_placebo_that_moves_nothing_much_passes() {
        Setting s = tiny("t", b -> b.placebos.add(new Placebo("a little readier", List.of(new FactChange("actors.NEU.readiness", "0.58")), "")));

        Report r = validate(100, s);

        PlaceboCheck p = r.placebos().get(0);
        assertTrue(p.pass(), p::toString);
        assertEquals(0.02, p.largest().by(), 1e-9);
        assertTrue(r.passed());
        assertTrue(r.withoutPlacebo().isEmpty());
    }

    @Test
    void a_placebo_that_moves_an_outcome_fails_and_names_it() {
        Setting s = tiny("t", b -> b.placebos.add(new Placebo("far less ready", List.of(new FactChange("actors.NEU.readiness", "0.4")), "")));

        Report r = validate(100, s);

        PlaceboCheck p = r.placebos().get(0);
        assertFalse(p.pass());
        assertEquals("ceasefire", p.largest().outcome(), "the flag before the brokers it ties with");
        assertEquals(0.2, p.largest().by(), 1e-9);
        assertFalse(r.passed());
    }

    @Test
    void a_placebo_that_moves_only_a_broker_fails() {
        Frequencies before = new Frequencies(new double[Flag.COUNT], Map.of("NEU", 0.5, "PAT", 0.0));
        Frequencies after = new Frequencies(new double[Flag.COUNT], Map.of("NEU", 0.3, "PAT", 0.2));

        Move m = before.largestMove(after);

        assertEquals("ceasefire_broker=NEU", m.outcome());
        assertEquals(0.2, m.by(), 1e-9);
    }

    @Test
    void a_scenario_without_placebo_is_reported() {
        Setting s = tiny("t", b -> b.expectations.add(expect("alliance_intervened", "true")));

        assertEquals(List.of("t"), validate(100, s).withoutPlacebo());
    }

    @Test
    void in_and_out_of_sample_are_scored_apart_beside_the_in_sample_climatology() {
        Setting a = tiny("a", b -> b.expectations.add(expect("alliance_intervened", "true")));
        Setting b = tiny("b", x -> {
            x.committed[TinySetting.PAT] = 0.9;
            x.expectations.add(expect("alliance_intervened", "false"));
        });
        Setting c = tiny("c", x -> {
            x.sample = Sample.OUT_OF_SAMPLE;
            x.expectations.add(expect("alliance_intervened", "true"));
            x.expectations.add(expect("member_suspended", "true"));
        });

        Report r = validate(100, a, b, c);

        SampleScore in = r.score(Sample.IN_SAMPLE);
        assertEquals(2, in.scored());
        assertEquals(2, in.passed());
        assertEquals(0.01, in.brier(), 1e-9);
        assertEquals(-Math.log(0.9), in.logScore(), 1e-9);
        assertEquals(0.25, in.baselineBrier(), 1e-9, "in sample, the intervention happened once in two");
        assertEquals(Math.log(2), in.baselineLogScore(), 1e-9);
        SampleScore out = r.score(Sample.OUT_OF_SAMPLE);
        assertEquals(2, out.scored());
        assertEquals(1, out.passed());
        assertEquals((0.01 + 1) / 2, out.brier(), 1e-9);
        assertEquals(0.25, out.baselineBrier(), 1e-9, "one half for an outcome with no in-sample expectation too");
    }

    @Test
    void the_log_score_clips_a_probability_of_zero_at_half_a_run() {
        Setting s = tiny("t", b -> b.expectations.add(expect("member_suspended", "true")));

        Report r = validate(100, s);

        assertEquals(0.0, only(r).pObserved());
        assertEquals(1.0 / 200, r.logFloor(), 1e-15);
        assertEquals(Math.log(200), r.score(Sample.IN_SAMPLE).logScore(), 1e-9);
        assertFalse(r.passed());
    }

    @Test
    void the_same_scenarios_give_the_same_report() {
        Setting s = tiny("t", b -> {
            b.expectations.add(expect("alliance_intervened", "true"));
            b.expectations.add(expect("member_suspended", "false"));
            b.expectations.add(expect("ceasefire_broker", "NEU"));
        });

        assertEquals(validate(300, s).cases(), validate(300, s).cases());
    }
}
