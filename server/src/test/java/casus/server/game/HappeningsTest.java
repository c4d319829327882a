package casus.server.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.action.ChoiceSet;
import casus.engine.event.AppealLapsed;
import casus.engine.event.CeasefireBroken;
import casus.engine.event.CeasefireInForce;
import casus.engine.event.DayEnded;
import casus.engine.event.Decided;
import casus.engine.event.FightingDiedDown;
import casus.engine.event.MotionSettled;
import casus.engine.event.Narrative;
import casus.engine.event.RegimeFell;
import casus.engine.event.RunEvent;
import casus.engine.model.FactChange;
import casus.engine.model.Setting;
import casus.engine.run.Commands;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.scenario.Scenarios;
import casus.engine.world.Motion;
import casus.engine.world.Request;
import casus.engine.world.World;
import casus.v1.Happening;
import casus.v1.Happening.Kind;
import casus.v1.Happening.Vote.Ballot;
import casus.v1.Origin;
import casus.v1.TermValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How each type of engine event is told as a happening. Nothing here depends on what the agents
 * decide: the appeals come from a person at Armenia's controls, and the votes and ceasefires are
 * events built here, in the world of that run.
 */
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

    /** The appeals Armenia's person makes on the first day: decision key to option key. */
    private static final Map<String, String> APPEALS = new LinkedHashMap<>();

    static {
        APPEALS.put("appeal:CSTO", "request:CSTO:Art.4:military-aid");
        APPEALS.put("appeal:RA-1997", "request:RA-1997:Art.3:military-aid");
        APPEALS.put("appeal:outside", "request:FRA:consultations");
    }

    /**
     * A person at Armenia's controls who makes {@link #APPEALS} on the first day and leaves every
     * other decision to the agent; the agents play every other state.
     */
    private static final class ArmeniaAppeals implements Commands {
        private final int arm;
        private final Set<String> made = new HashSet<>();
        private boolean firstDay = true;

        ArmeniaAppeals(Setting s) {
            this.arm = s.actor("ARM");
        }

        @Override
        public boolean controls(int actor) {
            return actor == arm;
        }

        @Override
        public int choice(ChoiceSet set, Setting s) {
            String option = firstDay ? APPEALS.get(set.key(s)) : null;
            for (int i = 0; option != null && i < set.size(); i++) {
                if (set.action(i).key(s).equals(option)) {
                    made.add(option);
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean agentStandsIn(int actor) {
            return true;
        }
    }

    /** Told once for the class: the border war, seed 3, with Armenia's appeals of the first day made by its person. */
    private static final Told TOLD = new Told();
    private static final Simulation RUN = new Simulation(Scenarios.load("border-2022"), 3, TOLD);
    private static final Set<String> MADE;

    static {
        ArmeniaAppeals person = new ArmeniaAppeals(RUN.setting());
        RUN.tick(person);
        person.firstDay = false;
        while (!RUN.finished()) {
            RUN.tick(person);
        }
        MADE = Set.copyOf(person.made);
    }

    /** The request Armenia made on the first day under a treaty (null for none) to an addressee (-1 for a council). */
    private static Request request(String treaty, String addressee) {
        World w = RUN.world();
        Setting s = w.setting();
        int t = treaty == null ? -1 : s.treaty(treaty);
        int to = addressee == null ? -1 : s.actor(addressee);
        return w.appeals().requests().stream().filter(q -> q.day() == 0 && q.requester() == s.actor("ARM") && q.treaty() == t && q.addressee() == to)
                .findFirst().orElseThrow(() -> new AssertionError("no appeal by ARM under " + treaty + " to " + addressee));
    }

    @Test
    void the_person_made_every_appeal_of_the_first_day() {
        assertEquals(Set.copyOf(APPEALS.values()), MADE, "the options were offered and chosen");
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
            assertEquals(Happenings.ALL.kind(told.events.get(i).getClass()), told.happenings.get(i).getKind());
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
        Set<Origin> origins = EnumSet.noneOf(Origin.class);
        for (int i = 0; i < told.events.size(); i++) {
            if (!(told.events.get(i) instanceof Decided d)) {
                continue;
            }
            Happening h = told.happenings.get(i);
            assertEquals(Kind.DECISION, h.getKind());
            assertEquals(s.actorId(d.actor()), h.getActor());
            assertEquals(d.key(), h.getDecision());
            assertEquals(Origin.valueOf(d.origin().name()), h.getOrigin());
            origins.add(h.getOrigin());
            assertEquals(d.quiet(), h.getQuiet());
            assertEquals(d.chosenOption().action().key(s), h.getOption());
            assertEquals(d.chosenOption().utility(), h.getTermsList().stream().mapToDouble(TermValue::getWeighted).sum(), 1e-9, h.getOption());
        }
        assertEquals(EnumSet.of(Origin.AGENT, Origin.PERSON, Origin.AGENT_FOR_PERSON), origins,
                "agents, Armenia's person, and the agent standing in for it");

        Happening council = decision("request:CSTO:Art.4:military-aid");
        assertEquals("ARM", council.getActor());
        assertEquals("appeal:CSTO", council.getDecision());
        assertEquals(Origin.PERSON, council.getOrigin());
        assertEquals("CSTO", council.getTreaty());
        assertEquals("", council.getTarget(), "an appeal to a council is addressed to no one state");
        assertFalse(council.getQuiet());
        assertFalse(council.getReasons().isEmpty());

        Happening bilateral = decision("request:RA-1997:Art.3:military-aid");
        assertEquals("RA-1997", bilateral.getTreaty());
        assertEquals("RUS", bilateral.getTarget());

        Happening outside = decision("request:FRA:consultations");
        assertEquals("", outside.getTreaty(), "an appeal outside any treaty names none");
        assertEquals("FRA", outside.getTarget());
    }

    private static Happening decision(String option) {
        return TOLD.of(Kind.DECISION).stream().filter(h -> h.getDay() == 0 && h.getOption().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no decision " + option + " on day 0"));
    }

    @Test
    void a_council_vote_names_the_council_the_appellant_and_each_members_ballot() {
        World w = RUN.world();
        Setting s = w.setting();
        int csto = s.treaty("CSTO");
        Request appeal = request("CSTO", null);
        Motion tabled = w.appeals().motions().stream().filter(m -> m.request() == appeal.index()).findFirst()
                .orElseThrow(() -> new AssertionError("the appeal to the CSTO tabled no motion"));
        List<Motion.Vote> votes = new ArrayList<>();
        for (int a = 0; a < s.actorCount(); a++) {
            String id = s.actorId(a);
            votes.add(!s.member(csto, a) ? Motion.Vote.NONE
                    : id.equals("RUS") ? Motion.Vote.ABSTAIN : id.equals("BLR") ? Motion.Vote.NO : Motion.Vote.YES);
        }
        MotionSettled settled = new MotionSettled(4, tabled.index(), csto, Motion.Kind.DEPLOYMENT, s.actor("ARM"), votes, false);

        Happening vote = Happenings.ALL.of(w, settled);

        assertEquals(Kind.MOTION_SETTLED, vote.getKind());
        assertEquals(4, vote.getDay());
        assertEquals("CSTO", vote.getTreaty());
        assertEquals("ARM", vote.getTarget());
        assertEquals("deployment", vote.getMotionKind());
        assertEquals("M" + tabled.index(), vote.getMotion());
        assertFalse(vote.getPassed());
        assertEquals(Ballot.ABSTAIN, ballot(vote, "RUS"));
        assertEquals(Ballot.NO, ballot(vote, "BLR"));
        assertEquals(Ballot.YES, ballot(vote, "KAZ"));
        assertEquals(Ballot.YES, ballot(vote, "ARM"));
        assertTrue(vote.getVotesList().stream().noneMatch(v -> v.getMember().equals("AZE")), "only members vote");
        assertEquals(Long.bitCount(s.members(csto)), vote.getVotesCount());
        assertEquals(Narrative.sentence(w, settled), vote.getText());
        assertTrue(vote.getText().contains("fails") && vote.getText().contains("abstain: RUS"), vote.getText());

        Happening passed = Happenings.ALL.of(w, new MotionSettled(5, tabled.index(), csto, Motion.Kind.MISSION, s.actor("ARM"), votes, true));
        assertTrue(passed.getPassed());
        assertEquals("mission", passed.getMotionKind());
    }

    @Test
    void a_ceasefire_in_force_names_its_parties_and_its_broker() {
        World w = RUN.world();
        Setting s = w.setting();

        Happening brokered = Happenings.ALL.of(w, new CeasefireInForce(5, 0, 2, s.actor("USA"), s.actor("AZE"), s.actor("ARM"), false, -1));
        assertEquals(Kind.CEASEFIRE_IN_FORCE, brokered.getKind());
        assertEquals("AZE", brokered.getActor());
        assertEquals("ARM", brokered.getTarget());
        assertEquals("USA", brokered.getProposer());
        assertEquals("C0", brokered.getConflict());
        assertEquals(List.of("SYUNIK", "VAYOTS_DZOR", "GEGHARKUNIK"), brokered.getRegionsList());
        assertEquals("P2", brokered.getProposal());
        assertFalse(brokered.getDirect());
        assertFalse(brokered.getPeacekeepers());
        assertEquals("", brokered.getPeacekeeper());
        assertTrue(brokered.getText().contains("brokered by USA"), brokered.getText());

        Happening direct = Happenings.ALL.of(w, new CeasefireInForce(6, 0, 3, s.actor("ARM"), s.actor("AZE"), s.actor("ARM"), true, s.actor("RUS")));
        assertEquals("ARM", direct.getProposer(), "the party that proposed the terms");
        assertTrue(direct.getDirect());
        assertTrue(direct.getPeacekeepers());
        assertEquals("RUS", direct.getPeacekeeper());
        assertEquals("P3", direct.getProposal());
        assertTrue(direct.getText().contains("agreed between them") && direct.getText().contains("RUS peacekeepers"), direct.getText());
    }

    @Test
    void every_day_ends_with_its_fronts_and_its_dead() {
        Told told = TOLD;
        Setting s = RUN.setting();
        int days = 0;
        double before = 0;
        for (int i = 0; i < told.events.size(); i++) {
            if (!(told.events.get(i) instanceof DayEnded d)) {
                continue;
            }
            Happening h = told.happenings.get(i);
            assertEquals(Kind.DAY_ENDED, h.getKind());
            assertEquals(days, h.getDay(), "one a day, in order");
            assertEquals(d.killedToday(), h.getKilledToday(), 1e-9);
            assertEquals(d.killedInAll(), h.getKilledInAll(), 1e-9);
            assertTrue(h.getKilledInAll() >= before, "the dead only add up");
            before = h.getKilledInAll();
            assertEquals(d.fronts().size(), h.getFrontsCount());
            for (int k = 0; k < d.fronts().size(); k++) {
                DayEnded.Front f = d.fronts().get(k);
                Happening.Front front = h.getFronts(k);
                assertEquals("C" + f.conflict(), front.getConflict());
                assertEquals(s.regionId(f.region()), front.getRegion());
                assertEquals(s.actorId(f.attacker()), front.getAttacker());
                assertEquals(f.attackerShare(), front.getAttackerShare(), 1e-12);
            }
            days++;
        }
        assertEquals(s.days(), days);

        World w = RUN.world();
        DayEnded fought = new DayEnded(2, List.of(new DayEnded.Front(0, s.region("SYUNIK"), s.actor("AZE"), 0.25),
                new DayEnded.Front(0, s.region("GEGHARKUNIK"), s.actor("AZE"), 0.5)), 12, 40);
        Happening h = Happenings.ALL.of(w, fought);
        assertEquals(12, h.getKilledToday(), 1e-12);
        assertEquals(40, h.getKilledInAll(), 1e-12);
        assertEquals(List.of("SYUNIK", "GEGHARKUNIK"), h.getFrontsList().stream().map(Happening.Front::getRegion).toList());
        Happening.Front front = h.getFronts(1);
        assertEquals("C0", front.getConflict());
        assertEquals("AZE", front.getAttacker());
        assertEquals(0.5, front.getAttackerShare(), 1e-12);
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

        Request bilateral = request("RA-1997", "RUS");
        Happening lapsed = Happenings.ALL.of(w, new AppealLapsed(6, bilateral.index(), s.actor("ARM"), s.treaty("RA-1997"), s.actor("RUS")));
        assertEquals(Kind.APPEAL_LAPSED, lapsed.getKind());
        assertEquals("RUS", lapsed.getActor());
        assertEquals("ARM", lapsed.getTarget());
        assertEquals("RA-1997", lapsed.getTreaty());
        assertTrue(lapsed.getText().endsWith("goes unanswered and counts as refused"), lapsed.getText());

        Request toFrance = request(null, "FRA");
        Happening outside = Happenings.ALL.of(w, new AppealLapsed(6, toFrance.index(), s.actor("ARM"), -1, s.actor("FRA")));
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
