package casus.server.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.event.AppealLapsed;
import casus.engine.event.CeasefireBroken;
import casus.engine.event.Decided;
import casus.engine.event.FightingDiedDown;
import casus.engine.event.Narrative;
import casus.engine.event.RegimeFell;
import casus.engine.event.RunEvent;
import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import casus.engine.world.World;
import casus.v1.Happening;
import casus.v1.Happening.Kind;
import casus.v1.Happening.Vote.Ballot;
import casus.v1.Origin;
import casus.v1.TermValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HappeningsTest {
    /** Every event of a run with its happening, told as it happened. */
    private static final class Told implements Recorder {
        final List<RunEvent> events = new ArrayList<>();
        final List<Happening> happenings = new ArrayList<>();

        @Override
        public void happened(World w, RunEvent e) {
            events.add(e);
            happenings.add(Happenings.ALL.of(w, e));
        }

        List<Happening> of(Kind kind) {
            return happenings.stream().filter(h -> h.getKind() == kind).toList();
        }
    }

    /**
     * Told once for the class: the border war, seed 3, in which ARM appeals to CSTO, its council
     * votes three times and USA brokers a ceasefire.
     */
    private static final Told TOLD = new Told();
    private static final Simulation RUN = new Simulation(Scenarios.load("border-2022"), 3, TOLD);

    static {
        RUN.runToEnd();
    }

    @Test
    void every_type_of_engine_event_has_a_kind_of_its_own() {
        Set<Kind> kinds = new HashSet<>();
        for (Class<?> type : RunEvent.class.getPermittedSubclasses()) {
            Kind k = Happenings.ALL.kind(type.asSubclass(RunEvent.class));
            assertNotEquals(Kind.OTHER, k, type.getSimpleName() + " is told as OTHER");
            assertTrue(kinds.add(k), type.getSimpleName() + " shares its kind " + k);
        }
    }

    @Test
    void an_event_of_a_type_with_no_teller_is_told_as_other_with_its_sentence() {
        World w = RUN.world();
        RegimeFell fell = new RegimeFell(0, w.setting().actor("ARM"));

        Happening h = Happenings.ALL.without(RegimeFell.class).of(w, fell);

        assertEquals(Kind.OTHER, h.getKind());
        assertEquals(Narrative.sentence(w, fell), h.getText());
        assertEquals(0, h.getDay());
        assertEquals("", h.getActor(), "no typed field is guessed");
    }

    @Test
    void each_happening_keeps_its_events_day_and_sentence_in_order() {
        Told told = TOLD;

        assertEquals(told.events.size(), told.happenings.size());
        assertEquals(Kind.EVENT_FIRED, told.happenings.get(0).getKind());
        for (int i = 0; i < told.events.size(); i++) {
            assertEquals(told.events.get(i).day(), told.happenings.get(i).getDay());
            assertFalse(told.happenings.get(i).getText().isEmpty());
        }
    }

    @Test
    void a_fired_event_names_its_id_actor_and_regions() {
        Happening offensive = TOLD.of(Kind.EVENT_FIRED).get(0);

        assertEquals("strikes", offensive.getEventId());
        assertFalse(offensive.getInjected());
        assertEquals("AZE", offensive.getActor());
        assertEquals(List.of("SYUNIK", "VAYOTS_DZOR", "GEGHARKUNIK"), offensive.getRegionsList());
    }

    @Test
    void a_decision_carries_its_state_option_origin_and_the_terms_that_make_its_utility() {
        Told told = TOLD;
        Setting s = RUN.setting();
        int checked = 0;
        for (int i = 0; i < told.events.size(); i++) {
            if (!(told.events.get(i) instanceof Decided d)) {
                continue;
            }
            Happening h = told.happenings.get(i);
            assertEquals(Kind.DECISION, h.getKind());
            assertEquals(s.actorId(d.actor()), h.getActor());
            assertEquals(d.key(), h.getDecision());
            assertEquals(Origin.AGENT, h.getOrigin());
            assertEquals(d.quiet(), h.getQuiet());
            assertEquals(d.chosenOption().action().key(s), h.getOption());
            assertEquals(d.chosenOption().utility(), h.getTermsList().stream().mapToDouble(TermValue::getWeighted).sum(), 1e-9, h.getOption());
            checked++;
        }
        assertTrue(checked > 0);
        Happening appeal = told.of(Kind.DECISION).stream().filter(h -> h.getOption().startsWith("request:CSTO:")).findFirst().orElseThrow();
        assertEquals("ARM", appeal.getActor());
        assertEquals("CSTO", appeal.getTreaty());
        assertFalse(appeal.getReasons().isEmpty());
    }

    @Test
    void a_council_vote_names_the_council_the_appellant_and_each_members_ballot() {
        Happening vote = TOLD.of(Kind.MOTION_SETTLED).get(0);

        assertEquals("CSTO", vote.getTreaty());
        assertEquals("ARM", vote.getTarget());
        assertEquals("deployment", vote.getMotionKind());
        assertTrue(vote.getMotion().matches("M\\d+"), vote.getMotion());
        assertFalse(vote.getPassed());
        assertEquals(Ballot.ABSTAIN, ballot(vote, "RUS"));
        assertEquals(Ballot.YES, ballot(vote, "KAZ"));
        assertTrue(vote.getVotesList().stream().noneMatch(v -> v.getMember().equals("AZE")), "only members vote");
    }

    @Test
    void a_ceasefire_in_force_names_its_parties_and_its_broker() {
        Happening c = TOLD.of(Kind.CEASEFIRE_IN_FORCE).get(0);

        assertEquals("AZE", c.getActor());
        assertEquals("ARM", c.getTarget());
        assertEquals("USA", c.getProposer());
        assertEquals("C0", c.getConflict());
        assertEquals(List.of("SYUNIK", "VAYOTS_DZOR", "GEGHARKUNIK"), c.getRegionsList());
        assertTrue(c.getProposal().matches("P\\d+"), c.getProposal());
    }

    @Test
    void every_day_ends_with_its_fronts_and_its_dead() {
        Told told = TOLD;
        List<Happening> days = told.of(Kind.DAY_ENDED);

        assertEquals(RUN.setting().days(), days.size());
        Happening first = days.get(0);
        assertTrue(first.getKilledToday() > 0);
        assertEquals(first.getKilledToday(), first.getKilledInAll());
        Happening.Front front = first.getFronts(0);
        assertEquals("C0", front.getConflict());
        assertEquals("SYUNIK", front.getRegion());
        assertEquals("AZE", front.getAttacker());
        assertTrue(front.getAttackerShare() > 0 && front.getAttackerShare() <= 1, front.toString());
        Happening last = days.get(days.size() - 1);
        assertTrue(last.getKilledInAll() >= first.getKilledInAll());
    }

    @Test
    void a_changed_fact_names_its_path_its_value_and_what_it_was() {
        Told told = new Told();
        Simulation sim = new Simulation(Scenarios.load("border-2022"), 3, told);

        sim.change(new FactChange("actors.ARM.stability", "0.2"));

        Happening h = told.of(Kind.FACT_CHANGED).get(0);
        assertEquals("actors.ARM.stability", h.getPath());
        assertEquals("0.2", h.getValue());
        assertFalse(h.getWas().isEmpty());
    }

    @Test
    void the_rarer_kinds_name_who_and_where() {
        World w = RUN.world();
        Setting s = w.setting();

        Happening broken = Happenings.ALL.of(w, new CeasefireBroken(5, s.actor("AZE"), 0));
        assertEquals(Kind.CEASEFIRE_BROKEN, broken.getKind());
        assertEquals("AZE", broken.getActor());
        assertEquals("C0", broken.getConflict());
        assertEquals(List.of("SYUNIK", "VAYOTS_DZOR", "GEGHARKUNIK"), broken.getRegionsList());

        Happening lapsed = Happenings.ALL.of(w, new AppealLapsed(6, 0, s.actor("ARM"), s.treaty("RA-1997"), s.actor("RUS")));
        assertEquals(Kind.APPEAL_LAPSED, lapsed.getKind());
        assertEquals("RUS", lapsed.getActor());
        assertEquals("ARM", lapsed.getTarget());
        assertEquals("RA-1997", lapsed.getTreaty());

        Happening outside = Happenings.ALL.of(w, new AppealLapsed(6, 1, s.actor("ARM"), -1, s.actor("FRA")));
        assertEquals("FRA", outside.getActor());
        assertEquals("", outside.getTreaty(), "an appeal outside any treaty names none");

        Happening quiet = Happenings.ALL.of(w, new FightingDiedDown(7, 0));
        assertEquals(Kind.FIGHTING_DIED_DOWN, quiet.getKind());
        assertEquals("C0", quiet.getConflict());

        Happening fell = Happenings.ALL.of(w, new RegimeFell(8, s.actor("ARM")));
        assertEquals(Kind.REGIME_FELL, fell.getKind());
        assertEquals("ARM", fell.getActor());
        assertEquals(8, fell.getDay());
    }

    private static Ballot ballot(Happening vote, String member) {
        return vote.getVotesList().stream().filter(v -> v.getMember().equals(member)).findFirst().orElseThrow().getBallot();
    }
}
