package casus.engine.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Expectation;
import casus.engine.model.Sample;
import casus.engine.model.Setting;
import casus.engine.model.SettingBuilder;
import casus.engine.model.Term;
import casus.engine.run.Flag;
import casus.engine.testing.TinySetting;
import casus.engine.validate.Frequencies;
import casus.engine.validate.Runner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a calibration does with its cases, under rules stated outright: the share of runs with a
 * ceasefire is NEU's weight on prestige over 3, so the record's ceasefires ask for a high weight.
 */
class CalibrationTest {
    static final String PRESTIGE = "preferences.NEU.prestige";

    /** Stated rules that note which case each batch was for. */
    static final class Stated implements Runner {
        final List<String> played = new ArrayList<>();

        @Override
        public Frequencies run(Setting s, int runs) {
            played.add(s.id());
            double[] flags = new double[Flag.COUNT];
            flags[Flag.CEASEFIRE.ordinal()] = s.weight(TinySetting.NEU, Term.PRESTIGE) / 3;
            return new Frequencies(flags, Map.of());
        }
    }

    static Target target(String id, Sample sample, String ceasefire) {
        SettingBuilder b = TinySetting.builder();
        b.id = id;
        b.sample = sample;
        return new Target(b.build(), List.of(new Expectation("ceasefire", ceasefire, "")));
    }

    @Test
    void out_of_sample_cases_are_played_only_to_be_scored_and_each_fold_leaves_its_case_out() {
        List<Target> fitting = List.of(target("a", Sample.IN_SAMPLE, "true"), target("b", Sample.IN_SAMPLE, "true"),
                target("c", Sample.IN_SAMPLE, "false"));
        List<Target> apart = List.of(target("x", Sample.OUT_OF_SAMPLE, "true"));
        Stated rules = new Stated();
        List<String> phases = new ArrayList<>();
        List<List<String>> cases = new ArrayList<>();
        List<Knob> knobs = Knobs.resolve(List.of(PRESTIGE), List.of(fitting.get(0).setting()), id -> true);

        Result r = Calibration.run(fitting, apart, knobs, new Plan(10, 20, 3, true, 1), rules, e -> {
            phases.add(e.phase());
            cases.add(List.copyOf(rules.played));
            rules.played.clear();
        });

        for (int i = 0; i < phases.size(); i++) {
            String phase = phases.get(i);
            if (phase.startsWith("out-of-sample")) {
                assertEquals(List.of("x"), cases.get(i), phase);
            } else if (phase.endsWith(" left out")) {
                assertEquals(List.of(phase.split(" ")[1]), cases.get(i), phase);
            } else if (phase.startsWith("fold ")) {
                String left = phase.substring("fold ".length());
                assertFalse(cases.get(i).contains(left), phase + " plays " + cases.get(i));
                assertEquals(2, cases.get(i).size(), phase);
            } else {
                assertEquals(List.of("a", "b", "c"), cases.get(i), phase);
            }
        }
        assertEquals(3, r.folds().size());
        assertEquals(2, phases.stream().filter(p -> p.startsWith("out-of-sample")).count());
        double fitted = r.best().value(0);
        assertEquals(2, fitted, 0.35, "two ceasefires in three cases ask for a weight near 2");
        Prediction outside = r.of(Sample.OUT_OF_SAMPLE).get(0);
        assertEquals(fitted / 3, outside.fitted(), 1e-9, "the out-of-sample case is scored with the fitted weight");
        assertEquals(TinySetting.builder().weights[TinySetting.NEU][Term.PRESTIGE.ordinal()] / 3, outside.handSet(), 1e-12);
        Prediction a = r.of(Sample.IN_SAMPLE).get(0);
        assertEquals(0.5, a.baseRate(), 1e-12, "without a, one ceasefire in two cases");
        assertTrue(r.folds().get(2).values()[0] > 2.5, "without the case that had none, every case had a ceasefire");
    }

    @Test
    void an_out_of_sample_case_among_those_fitted_is_refused() {
        List<Target> fitting = List.of(target("x", Sample.OUT_OF_SAMPLE, "true"));
        List<Knob> knobs = Knobs.resolve(List.of(PRESTIGE), List.of(fitting.get(0).setting()), id -> true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calibration.run(fitting, List.of(), knobs, new Plan(10, 20, 3, false, 1), new Stated(), x -> { }));
        assertTrue(e.getMessage().startsWith("--cases: x is out of sample"), e.getMessage());
    }
}
