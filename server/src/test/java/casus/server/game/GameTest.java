package casus.server.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.run.Chronicle;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import casus.server.testing.Happened;
import casus.server.testing.Journals;
import casus.v1.AbsentPolicy;
import casus.v1.ActionChoice;
import casus.v1.ActionList;
import casus.v1.Briefing;
import casus.v1.ControlChange;
import casus.v1.Decision;
import casus.v1.DecisionRecord;
import casus.v1.EventRecord;
import casus.v1.FactChange;
import casus.v1.FactsInput;
import casus.v1.Happening;
import casus.v1.InjectInput;
import casus.v1.JournalInput;
import casus.v1.JournalOpened;
import casus.v1.Origin;
import casus.v1.TickUpdate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GameTest {
    private static final JournalOpened BORDER = Journals.opened("border-2022", 21, AbsentPolicy.HOLD);

    @Test
    void game_without_people_tells_the_chronicle_casus_run_tells() {
        StringWriter game = new StringWriter();
        Game g = Game.open(BORDER, new PrintWriter(game), false, 7);
        while (!g.finished()) {
            g.tick();
        }
        g.end("the scenario's last day was played", 0);
        StringWriter run = new StringWriter();
        Setting s = Scenarios.load("border-2022");
        Chronicle c = new Chronicle(new PrintWriter(run));
        c.header(s, 21);
        Simulation sim = new Simulation(s, 21, c);
        c.footer(sim.setting(), sim.runToEnd());
        assertEquals(run.toString(), game.toString());
    }

    @Test
    void same_inputs_in_the_same_order_give_the_same_ticks_and_chronicle() {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        List<TickResult> first = play(Game.open(BORDER, new PrintWriter(a), true, 7));
        List<TickResult> second = play(Game.open(BORDER, new PrintWriter(b), true, 7));
        assertEquals(first, second);
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void held_state_decides_as_its_person_and_the_agent_is_shadowed_for_the_facilitator() {
        Game g = Game.open(BORDER, new PrintWriter(new StringWriter()), false, 7);
        g.apply(Journals.control("ARM", ControlChange.Kind.TAKEN));
        ActionList actions = g.actions(g.actor("ARM"));
        List<ActionChoice> picks = new ArrayList<>();
        for (Decision d : actions.getDecisionsList()) {
            picks.add(ActionChoice.newBuilder().setDecision(d.getKey()).setOption(d.getOptions(0).getKey()).build());
        }
        g.apply(Journals.orders("ARM", true, picks.toArray(ActionChoice[]::new)));
        assertTrue(g.turn().allReady());
        TickResult r = g.tick();
        List<Happening> arm = Happened.decisions(r.facilitatorView(), "ARM");
        assertFalse(arm.isEmpty());
        for (Happening d : arm) {
            assertEquals(Origin.PERSON, d.getOrigin());
            assertTrue(picks.stream().anyMatch(p -> p.getDecision().equals(d.getDecision()) && p.getOption().equals(d.getOption())));
        }
        assertEquals(arm.size(), r.facilitatorView().getShadowList().stream().filter(x -> x.getState().equals("ARM")).count());
        assertEquals(0, r.publicView().getShadowCount());
        List<Happening> others = Happened.of(r.facilitatorView(), Happening.Kind.DECISION).stream().filter(d -> !d.getActor().equals("ARM"))
                .toList();
        assertFalse(others.isEmpty());
        assertTrue(others.stream().allMatch(d -> d.getOrigin() == Origin.AGENT), "the agents play the other states");
        assertFalse(g.turn().ready(g.actor("ARM")), "orders start afresh each day");
    }

    @Test
    void held_state_without_orders_holds_still_or_has_the_agent_stand_in() {
        Game hold = Game.open(BORDER, new PrintWriter(new StringWriter()), false, 7);
        hold.apply(Journals.control("AZE", ControlChange.Kind.TAKEN));
        hold.tick();
        TickResult held = hold.tick();
        assertFalse(Happened.decisions(held.publicView(), "AZE").isEmpty());
        assertTrue(Happened.decisions(held.publicView(), "AZE").stream().allMatch(d -> d.getOrigin() == Origin.HELD && d.getQuiet()));

        Game stand = Game.open(Journals.opened("border-2022", 21, AbsentPolicy.AGENT_STANDS_IN), new PrintWriter(new StringWriter()),
                false, 7);
        stand.apply(Journals.control("AZE", ControlChange.Kind.TAKEN));
        stand.tick();
        TickResult in = stand.tick();
        assertFalse(Happened.decisions(in.publicView(), "AZE").isEmpty());
        assertTrue(Happened.decisions(in.publicView(), "AZE").stream().allMatch(d -> d.getOrigin() == Origin.AGENT_FOR_PERSON));
    }

    @Test
    void released_state_goes_back_to_the_agent_and_loses_its_orders() {
        Game g = Game.open(BORDER, new PrintWriter(new StringWriter()), false, 7);
        g.apply(Journals.control("ARM", ControlChange.Kind.TAKEN));
        Decision d = g.actions(g.actor("ARM")).getDecisions(0);
        g.apply(Journals.orders("ARM", false, ActionChoice.newBuilder().setDecision(d.getKey()).setOption(d.getAdvice()).build()));
        g.apply(Journals.control("ARM", ControlChange.Kind.RELEASED));
        assertTrue(g.turn().orders(g.actor("ARM")).isEmpty());
        TickResult r = g.tick();
        assertFalse(Happened.decisions(r.publicView(), "ARM").isEmpty());
        assertTrue(Happened.decisions(r.publicView(), "ARM").stream().allMatch(x -> x.getOrigin() == Origin.AGENT));
    }

    @Test
    void choice_outside_the_legal_options_is_refused_naming_them() {
        Game g = Game.open(BORDER, new PrintWriter(new StringWriter()), false, 7);
        StringBuilder why = new StringBuilder();
        assertNull(g.resolve(g.actor("TUR"), ActionChoice.newBuilder().setOption("attack:C0:high").build(), why));
        assertTrue(why.toString().startsWith("attack C0 high is not among TUR's options on day 0; today it may: "), why.toString());
        Decision first = g.actions(g.actor("TUR")).getDecisions(0);
        ActionChoice resolved = g.resolve(g.actor("TUR"), ActionChoice.newBuilder().setOption(first.getOptions(0).getKey()).build(),
                new StringBuilder());
        assertEquals(first.getKey(), resolved.getDecision(), "the decision is found from the option alone");
    }

    @Test
    void advice_is_the_option_of_highest_utility_with_its_terms() {
        Game g = Game.open(BORDER, new PrintWriter(new StringWriter()), false, 7);
        g.tick();
        for (Decision d : g.actions(g.actor("ARM")).getDecisionsList()) {
            double best = d.getOptionsList().stream().mapToDouble(o -> o.getUtility()).max().orElseThrow();
            assertEquals(best, d.getOptionsList().stream().filter(o -> o.getKey().equals(d.getAdvice())).findFirst().orElseThrow()
                    .getUtility());
            d.getOptionsList().forEach(o -> assertEquals(o.getUtility(), o.getTermsList().stream().mapToDouble(t -> t.getWeighted()).sum(),
                    1e-9, o.getKey()));
        }
    }

    @Test
    void briefing_tells_commitments_recent_decisions_and_weights() {
        Game g = Game.open(BORDER, new PrintWriter(new StringWriter()), false, 2);
        List<TickResult> ticks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ticks.add(g.tick());
        }
        Briefing b = g.briefing(g.actor("RUS"));
        assertEquals("RUS", b.getState());
        assertEquals(4, b.getDay());
        assertEquals(Term.COUNT, b.getPreferencesCount());
        assertTrue(b.getCommitmentsList().stream().anyMatch(c -> c.getKind().equals("treaty")));
        assertEquals(decisionsOf("RUS", ticks, 2), b.getRecentDecisionsList(), "the decisions of the last two days, no older");
        assertTrue(b.getRecentDecisionsList().stream().allMatch(d -> d.getDay() >= 2), "only the last two days are recalled");
        assertTrue(Stream.of("ARM", "AZE", "RUS", "KAZ").anyMatch(s -> g.briefing(g.actor(s)).getRecentDecisionsCount() > 0));
    }

    /**
     * A state that decided something once and nothing since forgets it as the days pass, like
     * every other. Searched for among seeds, since which states have decisions on a day is the
     * run's; every state's recall is checked against the updates on every day of each run tried.
     */
    @Test
    void a_state_that_decided_nothing_lately_recalls_nothing_of_before() {
        int recall = 2;
        List<String> states = states(Scenarios.load("border-2022"));
        boolean found = false;
        for (long seed = 1; seed <= 40 && !found; seed++) {
            Game g = Game.open(Journals.opened("border-2022", seed, AbsentPolicy.HOLD), new PrintWriter(new StringWriter()), false, recall);
            List<TickResult> ticks = new ArrayList<>();
            while (!g.finished()) {
                ticks.add(g.tick());
                for (String state : states) {
                    List<DecisionRecord> recalled = g.briefing(g.actor(state)).getRecentDecisionsList();
                    assertEquals(decisionsOf(state, ticks, recall), recalled, state + " after day " + (ticks.size() - 1) + ", seed " + seed);
                    found |= recalled.isEmpty() && !decisionsOf(state, ticks, ticks.size()).isEmpty();
                }
            }
        }
        assertTrue(found, "no run of border-2022 among seeds 1 to 40 has a state that decided once and nothing in the last two days");
    }

    /** Every state of a scenario. */
    private static List<String> states(Setting s) {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < s.actorCount(); a++) {
            out.add(s.actorId(a));
        }
        return out;
    }

    /** A state's decisions as the updates of the last {@code days} ticks told them, in order. */
    private static List<DecisionRecord> decisionsOf(String state, List<TickResult> ticks, int days) {
        return ticks.subList(Math.max(0, ticks.size() - days), ticks.size()).stream()
                .flatMap(t -> t.facilitatorView().getDecisionsList().stream()).filter(d -> d.getState().equals(state)).toList();
    }

    @Test
    void injected_event_and_changed_facts_count_from_the_coming_tick() {
        Game g = Game.open(BORDER, new PrintWriter(new StringWriter()), true, 7);
        long before = g.digest();
        g.apply(JournalInput.newBuilder().setInject(InjectInput.newBuilder().setEventId("russia-freed")).build());
        g.apply(JournalInput.newBuilder().setFacts(FactsInput.newBuilder().addChanges(FactChange.newBuilder()
                .setPath("actors.ARM.stability").setValue("0.2"))).build());
        assertNotEquals(before, g.digest());
        assertTrue(g.today().stream().anyMatch(e -> e.getId().equals("russia-freed") && e.getInjected()));
        TickResult r = g.tick();
        List<Happening> happened = r.facilitatorView().getHappeningsList();
        assertEquals(Happening.Kind.EVENT_FIRED, happened.get(0).getKind());
        assertEquals("russia-freed", happened.get(0).getEventId());
        assertTrue(happened.get(0).getInjected());
        assertEquals(Happening.Kind.FACT_CHANGED, happened.get(1).getKind());
        assertEquals("actors.ARM.stability", happened.get(1).getPath());
        assertEquals("0.2", happened.get(1).getValue());
        assertEquals(2, g.record().getFacilitationCount());
    }

    @Test
    void an_update_tells_everything_in_order_as_happenings_and_the_older_fields_agree() {
        Game g = Game.open(BORDER, new PrintWriter(new StringWriter()), true, 7);
        g.tick();
        TickUpdate u = g.tick().publicView();

        List<Happening> h = u.getHappeningsList();
        assertEquals(Happening.Kind.DAY_ENDED, h.stream().filter(x -> x.getDay() == 1).reduce((a, b) -> b).orElseThrow().getKind(),
                "the day's end closes the day");
        assertEquals(u.getDecisionsList().stream().map(DecisionRecord::getText).toList(),
                h.stream().filter(x -> x.getKind() == Happening.Kind.DECISION).map(Happening::getText).toList());
        assertEquals(u.getEventsList().stream().map(EventRecord::getId).toList(),
                h.stream().filter(x -> x.getKind() == Happening.Kind.EVENT_FIRED).map(Happening::getEventId).toList());
        assertEquals(h.stream().filter(x -> !Set.of(Happening.Kind.EVENT_FIRED, Happening.Kind.DECISION, Happening.Kind.DAY_ENDED)
                .contains(x.getKind())).map(Happening::getText).toList(), u.getNotesList(), "notes are still filled for 1.0 clients");
        assertEquals(g.record().getOpeningList().stream().map(EventRecord::getId).toList(),
                g.record().getOpeningHappeningsList().stream().map(Happening::getEventId).toList());
    }

    private static List<TickResult> play(Game g) {
        List<TickResult> out = new ArrayList<>();
        g.apply(Journals.control("ARM", ControlChange.Kind.TAKEN));
        while (!g.finished()) {
            Decision d = g.actions(g.actor("ARM")).getDecisionsList().stream().reduce((x, y) -> y).orElse(null);
            if (d != null) {
                g.apply(Journals.orders("ARM", true, ActionChoice.newBuilder().setDecision(d.getKey())
                        .setOption(d.getOptions(d.getOptionsCount() - 1).getKey()).build()));
            }
            out.add(g.tick());
        }
        g.end("done", 0);
        return out;
    }
}
