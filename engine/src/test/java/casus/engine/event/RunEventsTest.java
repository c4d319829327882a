package casus.engine.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.ActionKind;
import casus.engine.action.ChoiceKind;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import casus.engine.testing.EventLog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run reports what happened as typed events, in the order it happened. */
class RunEventsTest {
    static EventLog run(String scenario, long seed) {
        EventLog log = new EventLog();
        new Simulation(Scenarios.load(scenario), seed, log).runToEnd();
        return log;
    }

    @Test
    void the_days_events_come_first_and_every_day_ends_with_where_the_fighting_stands() {
        Setting s = Scenarios.load("karabakh-2020");
        EventLog log = run("karabakh-2020", 1);

        List<RunEvent> all = log.all();
        assertTrue(all.get(0) instanceof EventFired, all.get(0).toString());
        assertEquals(s.days(), log.of(DayEnded.class).size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).day() >= all.get(i - 1).day(), "events come in day order");
        }
        DayEnded first = log.of(DayEnded.class).get(0);
        assertFalse(first.fronts().isEmpty(), "the offensive is fought on its first day");
        assertTrue(first.killedToday() > 0);
    }

    @Test
    void every_decision_carries_its_options_with_their_terms_and_who_chose() {
        EventLog log = run("border-2022", 3);

        List<Decided> decisions = log.of(Decided.class);
        assertFalse(decisions.isEmpty());
        for (Decided d : decisions) {
            assertEquals(Origin.AGENT, d.origin());
            assertTrue(d.chosen() >= 0 && d.chosen() < d.options().size());
            assertEquals(d.chosen(), d.agentChoice(), "an agent's choice is what takes effect");
            for (Option o : d.options()) {
                assertEquals(Term.COUNT, o.terms().length);
                double u = 0;
                for (int t = 0; t < Term.COUNT; t++) {
                    u += d.weight(t) * o.term(t);
                }
                assertEquals(u, o.utility(), 1e-9, "the utility is the weighted sum of the terms");
            }
        }
    }

    @Test
    void an_appeal_to_a_council_is_voted_and_the_vote_is_reported_member_by_member() {
        Setting s = Scenarios.load("kazakhstan-2022");
        // Whether Kazakhstan appeals is the model's to say; the first of the seeds in which it does tells how the vote is reported.
        EventLog log = null;
        Decided appeal = null;
        for (long seed = 1; seed <= 50 && appeal == null; seed++) {
            log = run("kazakhstan-2022", seed);
            appeal = log.of(Decided.class).stream()
                    .filter(d -> d.kind() == ChoiceKind.APPEAL && d.chosenOption().action().kind() == ActionKind.REQUEST
                            && d.chosenOption().action().treaty() == s.treaty("CSTO"))
                    .findFirst().orElse(null);
        }
        assertNotNull(appeal, "Kazakhstan appeals to the CSTO in one of fifty runs");
        assertEquals(s.actor("KAZ"), appeal.actor());
        MotionSettled vote = log.of(MotionSettled.class).get(0);
        assertEquals(s.actor("KAZ"), vote.requester());
        assertEquals(s.treaty("CSTO"), vote.treaty());
        assertEquals(s.actorCount(), vote.votes().size());
        assertTrue(vote.day() > appeal.day(), "a council votes the day after a motion is tabled");
    }

    @Test
    void a_ceasefire_in_force_names_its_parties_and_its_broker() {
        Setting s = Scenarios.load("karabakh-2020");
        EventLog log = run("karabakh-2020", 1);

        List<CeasefireInForce> ceasefires = log.of(CeasefireInForce.class);
        assertFalse(ceasefires.isEmpty());
        CeasefireInForce c = ceasefires.get(0);
        assertEquals(s.actor("AZE"), c.attacker());
        assertTrue(c.proposer() != c.attacker(), "a mediator brokered it");
    }
}
