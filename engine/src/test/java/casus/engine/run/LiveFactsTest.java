package casus.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.scenario.Scenarios;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LiveFactsTest {
    private static final Setting BORDER = Scenarios.load("border-2022");

    @Test
    void change_sets_the_fact_in_the_running_world_and_tells_the_chronicle() {
        StringWriter text = new StringWriter();
        Simulation sim = new Simulation(BORDER, 1, new Chronicle(new PrintWriter(text)));
        int rus = sim.setting().actor("RUS");
        sim.change(new FactChange("actors.RUS.forces_committed_elsewhere", "0.15"));
        assertEquals(0.15, sim.world().military().committed(rus), 1e-12);
        sim.tick(Commands.NONE);
        assertTrue(text.toString().contains("the facilitator sets actors.RUS.forces_committed_elsewhere to 0.15"), text.toString());
    }

    @Test
    void change_of_alignment_belief_and_preference_reaches_the_world() {
        Simulation sim = new Simulation(BORDER, 1, Recorder.NONE);
        Setting s = sim.setting();
        sim.change(new FactChange("relations.RUS.AZE.alignment", "-0.5"));
        sim.change(new FactChange("beliefs.ARM.CSTO", "0.9"));
        sim.change(new FactChange("preferences.RUS.escalation", "0.1"));
        assertEquals(-0.5, sim.world().minds().alignment(s.actor("RUS"), s.actor("AZE")), 1e-12);
        assertEquals(0.9, sim.world().minds().belief(s.actor("ARM"), s.treatySubject(s.treaty("CSTO"))), 1e-12);
        assertEquals(0.1, sim.world().minds().weight(s.actor("RUS"), casus.engine.model.Term.ESCALATION.ordinal()), 1e-12);
    }

    @Test
    void fact_fixed_when_the_run_is_made_is_refused_with_what_may_change() {
        Simulation sim = new Simulation(BORDER, 1, Recorder.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.change(new FactChange("actors.RUS.readiness", "0.9")));
        assertTrue(e.getMessage().startsWith("actors.RUS.readiness is fixed"), e.getMessage());
        assertTrue(e.getMessage().contains("actors.A.forces_committed_elsewhere"), e.getMessage());
    }

    @Test
    void value_out_of_range_or_not_a_number_is_refused_naming_the_path() {
        Simulation sim = new Simulation(BORDER, 1, Recorder.NONE);
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> sim.change(new FactChange("actors.RUS.stability", "1.5")));
        assertEquals("actors.RUS.stability: 1.5 is out of range [0, 1]", range.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> sim.change(new FactChange("actors.RUS.stability", "high")));
        assertEquals("actors.RUS.stability: 'high' is not a number", nan.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> sim.change(new FactChange("actors.XYZ.stability", "0.5")));
        assertTrue(unknown.getMessage().startsWith("unknown parameter 'actors.XYZ.stability'"), unknown.getMessage());
    }

    @Test
    void the_same_changes_at_the_same_moment_give_the_same_run() {
        assertEquals(runWithChange(), runWithChange());
        assertNotEquals(runWithChange(), runWithout());
    }

    private static String runWithChange() {
        StringWriter text = new StringWriter();
        Simulation sim = new Simulation(BORDER, 7, new Chronicle(new PrintWriter(text)));
        sim.tick(Commands.NONE);
        sim.change(new FactChange("actors.RUS.forces_committed_elsewhere", "0.1"));
        sim.runToEnd();
        return text.toString();
    }

    private static String runWithout() {
        StringWriter text = new StringWriter();
        Simulation sim = new Simulation(BORDER, 7, new Chronicle(new PrintWriter(text)));
        sim.runToEnd();
        return text.toString();
    }
}
