package casus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.EventKind;
import casus.engine.model.Injectable;
import casus.engine.model.Setting;
import casus.engine.run.Chronicle;
import casus.engine.run.Simulation;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class InjectablesTest {
    @Test
    void every_bundled_scenario_prepares_shocks_for_live_sessions() {
        for (String name : Scenarios.bundled()) {
            Setting s = Scenarios.load(name);
            assertFalse(s.injectables().isEmpty(), name);
            for (Injectable i : s.injectables()) {
                assertFalse(i.description().isEmpty(), name + " " + i.id());
            }
        }
    }

    @Test
    void injected_shock_fires_now_and_is_told_in_the_chronicle() {
        Setting s = Scenarios.load("border-2022");
        Injectable kharkiv = s.injectable("kharkiv");
        assertNotNull(kharkiv);
        assertEquals(EventKind.FORCES_REDEPLOYED, kharkiv.event().kind());
        StringWriter text = new StringWriter();
        Simulation sim = new Simulation(s, 1, new Chronicle(new PrintWriter(text)));
        sim.tick(casus.engine.run.Commands.NONE);
        sim.inject(kharkiv.on(sim.day()));
        assertEquals(0.9, sim.world().military().committed(s.actor("RUS")), 1e-12);
        assertTrue(text.toString().contains("! Russia throws its last reserves against the Kharkiv counteroffensive"), text.toString());
    }

    @Test
    void injectable_missing_what_its_kind_needs_is_refused_with_file_line_and_field() {
        Source scenario = withInjectable("""
                injectable {
                  id: "assault"
                  description: "an assault"
                  kind: OFFENSIVE
                  actor: "AZE"
                  intensity: 1
                }
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.compile(scenario));
        assertEquals("injectable[0].region", e.field());
        assertTrue(e.line() > 1, e.getMessage());
    }

    @Test
    void injectable_may_not_reuse_an_event_id() {
        Source scenario = withInjectable("""
                injectable {
                  id: "strikes"
                  description: "again"
                  kind: ARMS_SUPPLY
                  actor: "AZE"
                  amount: 0.1
                }
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.compile(scenario));
        assertEquals("injectable[0].id", e.field());
    }

    @Test
    void scenario_compiles_from_its_kept_texts_to_the_same_setting() {
        ScenarioSources sources = Scenarios.sources("karabakh-2020");
        Setting again = Scenarios.compile(new Source("kept.txtpb", sources.scenario().text(), null),
                new Source("kept-actors.txtpb", sources.library().text(), null),
                new Source("kept-model.txtpb", sources.model().text(), null));
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new Simulation(sources.compile(), 5, new Chronicle(new PrintWriter(a))).runToEnd();
        new Simulation(again, 5, new Chronicle(new PrintWriter(b))).runToEnd();
        assertEquals(a.toString(), b.toString());
    }

    private static Source withInjectable(String block) {
        Source bundled = Source.bundled("border-2022");
        String text = bundled.text().replaceAll("(?s)injectable \\{.*?\\n}\\n", "") + "\n" + block;
        return new Source("test.txtpb", text, null);
    }
}
