package casus.client.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.Situations;
import casus.v1.Happening;
import casus.v1.Happening.Kind;
import casus.v1.Happening.Vote.Ballot;
import casus.v1.Origin;
import casus.v1.ShadowDecision;
import casus.v1.TickUpdate;
import org.junit.jupiter.api.Test;

class UpdateFormatterTest {
    private static String brief(TickUpdate u, String mine) {
        return String.join("\n", new UpdateFormatter(Palette.plain(), 100).tick(u, mine, false)) + "\n";
    }

    private static String full(TickUpdate u, String mine) {
        return String.join("\n", new UpdateFormatter(Palette.plain(), 100).tick(u, mine, true)) + "\n";
    }

    private static TickUpdate day(Happening... happenings) {
        TickUpdate.Builder u = TickUpdate.newBuilder().setDay(3).setDate("2030-01-04");
        for (Happening h : happenings) {
            u.addHappenings(h);
        }
        return u.build();
    }

    private static Happening.Builder of(Kind kind, String text) {
        return Happening.newBuilder().setDay(3).setKind(kind).setText(text);
    }

    @Test
    void briefly_tells_what_was_done_leaving_out_quiet_decisions_and_reasons() {
        String s = brief(Situations.day3(), "VIC");

        assertTrue(s.startsWith("-- day 3 · 2030-01-04 "), s);
        assertTrue(s.contains("    ATK    attacks R1 at full intensity\n"), s);
        assertTrue(s.contains("    VIC    appeals for assistance under PACT Art.4 [player]\n"), s);
        assertTrue(s.contains("+ 1 quiet decision (hold, pass)"), s);
        assertTrue(s.contains("    next   day 4: Winter comes"), s);
        assertFalse(s.contains("why:"), s);
    }

    @Test
    void in_full_tells_every_reason_and_the_numbers_that_moved() {
        String s = full(Situations.day3(), "");

        assertTrue(s.contains("          why: over hold: territory +2.3"), s);
    }

    @Test
    void tells_the_happenings_in_order_with_the_quiet_count_after_the_last_decision() {
        String s = brief(day(of(Kind.EVENT_FIRED, "Arms arrive").setInjected(true).build(),
                Situations.decision(3, "ATK", "posture:C0", "hold", "holds its positions", "", Origin.AGENT, true),
                of(Kind.CEASEFIRE_BROKEN, "ATK breaks the ceasefire").build(),
                Situations.decision(3, "ALY", "diplomacy", "condemn:ATK", "condemns ATK", "", Origin.AGENT, false),
                of(Kind.REGIME_FELL, "the government of Victim falls").build()), "");

        assertEquals(String.join("\n", "    event  (injected) Arms arrive", "    truce  ATK breaks the ceasefire", "    ALY    condemns ATK",
                "    + 1 quiet decision (hold, pass)", "    fell   the government of Victim falls", ""), s.substring(s.indexOf('\n') + 1));
    }

    @Test
    void a_players_own_quiet_decisions_are_counted_apart_and_shown_in_full() {
        TickUpdate u = day(Situations.decision(3, "VIC", "diplomacy", "pass:diplomacy", "does nothing", "", Origin.PERSON, true));

        assertTrue(brief(u, "VIC").contains("    VIC    holds or passes on 1 decision ('log' tells which)"), brief(u, "VIC"));
        assertTrue(full(u, "VIC").contains("    VIC    does nothing [player]"), full(u, "VIC"));
    }

    @Test
    void in_full_the_agents_choice_follows_the_players_decision_it_differs_from() {
        TickUpdate u = day(Situations.decision(3, "VIC", "appeal:PACT", "request:PACT:Art.4", "appeals to PACT", "", Origin.PERSON, false),
                Situations.decision(3, "ATK", "posture:C0", "attack:C0:high", "attacks R1", "", Origin.AGENT, false)).toBuilder()
                .addShadow(ShadowDecision.newBuilder().setDay(3).setState("VIC").setDecision("appeal:PACT").setOption("pass:appeal:PACT")
                        .setText("does nothing").setReasons("legal position +0.2").setAgrees(false))
                .build();

        String s = full(u, "");

        assertTrue(s.contains("    VIC    appeals to PACT [player]\n    agent  VIC would have chosen pass:appeal:PACT: does nothing "
                + "(legal position +0.2)\n    ATK    attacks R1\n"), s);
        assertFalse(brief(u, "").contains("would have chosen"), "the agent's choices are for the full feed");
    }

    @Test
    void a_decision_for_a_person_is_marked_by_who_made_it() {
        String s = brief(day(Situations.decision(3, "VIC", "diplomacy", "condemn:ATK", "condemns ATK", "", Origin.AGENT_FOR_PERSON, false),
                Situations.decision(3, "ALY", "diplomacy", "condemn:ATK", "condemns ATK", "", Origin.HELD, false)), "");

        assertTrue(s.contains("    VIC    condemns ATK [agent, standing in]\n"), s);
        assertTrue(s.contains("    ALY    condemns ATK [no orders]\n"), s);
    }

    @Test
    void a_council_vote_is_told_and_in_full_each_members_ballot() {
        Happening vote = of(Kind.MOTION_SETTLED, "PACT council: a collective deployment for VIC (PACT) fails (yes: ALY; no: ATK; abstain: none)")
                .setTreaty("PACT").setTarget("VIC").setPassed(false)
                .addVotes(Happening.Vote.newBuilder().setMember("ALY").setBallot(Ballot.YES))
                .addVotes(Happening.Vote.newBuilder().setMember("ATK").setBallot(Ballot.NO))
                .addVotes(Happening.Vote.newBuilder().setMember("VIC").setBallot(Ballot.ABSTAIN)).build();

        assertTrue(brief(day(vote), "").contains("    vote   PACT council: a collective deployment for VIC (PACT) fails"), brief(day(vote), ""));
        assertFalse(brief(day(vote), "").contains("ALY yes"));
        assertTrue(full(day(vote), "VIC").contains("\n           ALY yes · ATK no · VIC abstains\n"), full(day(vote), "VIC"));
    }

    @Test
    void a_ceasefire_in_force_is_told_with_its_broker() {
        String s = brief(day(of(Kind.CEASEFIRE_IN_FORCE, "ceasefire in force between ATK and VIC, brokered by ALY").setActor("ATK").setTarget("VIC")
                .setProposer("ALY").build()), "");

        assertTrue(s.contains("    truce  ceasefire in force between ATK and VIC, brokered by ALY\n"), s);
    }

    @Test
    void the_days_end_tells_each_front_and_the_dead_from_the_numbers() {
        Happening end = of(Kind.DAY_ENDED, "words the client does not use").setKilledToday(1234.4).setKilledInAll(20_500)
                .addFronts(Happening.Front.newBuilder().setConflict("C0").setRegion("R1").setAttacker("ATK").setAttackerShare(0.304))
                .addFronts(Happening.Front.newBuilder().setConflict("C0").setRegion("R2").setAttacker("ATK").setAttackerShare(1)).build();

        String s = brief(day(end), "");

        assertTrue(s.contains("    front  R1 ATK 30% · R2 ATK 100% · killed 1,234 today, 20,500 in all\n"), s);
        assertFalse(s.contains("words"), s);
    }

    @Test
    void a_day_without_fighting_or_deaths_ends_unremarked() {
        String s = brief(day(of(Kind.DAY_ENDED, "killed today 0, in all 40").setKilledInAll(40).build()), "");

        assertFalse(s.contains("front"), s);
        assertFalse(s.contains("killed"), s);
    }

    @Test
    void a_changed_fact_is_told_as_the_facilitators() {
        String s = brief(day(of(Kind.FACT_CHANGED, "the facilitator sets actors.VIC.stability to 0.2 (was 0.55)").setPath("actors.VIC.stability")
                .setValue("0.2").setWas("0.55").build()), "");

        assertTrue(s.contains("    facts  the facilitator sets actors.VIC.stability to 0.2 (was 0.55)\n"), s);
    }

    @Test
    void a_kind_this_client_does_not_know_is_shown_by_its_text() {
        Happening unknown = Happening.newBuilder().setDay(3).setKindValue(99).setText("the leader of ATK resigns").build();
        Happening other = of(Kind.OTHER, "something the protocol has no name for").build();

        String s = brief(day(unknown, other), "");

        assertTrue(s.contains("    note   the leader of ATK resigns\n"), s);
        assertTrue(s.contains("    note   something the protocol has no name for\n"), s);
    }

    @Test
    void every_kind_but_the_days_end_shows_its_text() {
        for (Kind k : Kind.values()) {
            if (k == Kind.UNRECOGNIZED || k == Kind.DAY_ENDED) {
                continue;
            }
            Happening h = of(k, "text of " + k).setActor("ATK").build();

            assertTrue(brief(day(h), "").contains("text of " + k), k + ":\n" + brief(day(h), ""));
        }
    }

    @Test
    void the_next_days_events_come_last_after_the_public_statements() {
        TickUpdate u = Situations.day3().toBuilder().addMessages(casus.v1.MessageDelivered.newBuilder().setDay(3).setFromState("ATK")
                .setFromName("bob").setText("we stop here")).build();

        String s = brief(u, "");

        assertTrue(s.indexOf("    said   ATK (bob): we stop here") < s.indexOf("    next   day 4: Winter comes"), s);
    }
}
