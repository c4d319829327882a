package casus.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.v1.Happening;
import casus.v1.SessionRecord;
import casus.v1.TickUpdate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void writes_the_report_the_csv_and_three_charts_embedded_in_it() throws IOException {
        WrittenReport w = ReportWriter.write(Records.war(), Baseline.opening(Records.opening()), dir);

        assertEquals(List.of(dir.resolve("escalation.png"), dir.resolve("territory.png"), dir.resolve("beliefs.png")), w.charts());
        String md = Files.readString(w.markdown());
        for (Path png : w.charts()) {
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), 8), png + " is a PNG");
            assertTrue(md.contains("](" + png.getFileName() + ")"), "the report embeds " + png.getFileName());
        }
        assertTrue(md.contains("[indicators.csv](indicators.csv)"));
        assertEquals(9, w.decisions());
    }

    @Test
    void lists_every_decision_of_every_state_with_its_reasons() {
        String md = ReportWriter.markdown(Records.war(), Baseline.none());

        for (TickUpdate t : Records.war().getTicksList()) {
            for (Happening d : t.getHappeningsList()) {
                if (d.getKind() == Happening.Kind.DECISION) {
                    String row = "| " + d.getDay() + " | `" + d.getDecision() + "` | `" + d.getOption() + "` |";
                    assertTrue(md.contains(row), "the report lacks " + row);
                }
            }
        }
        assertTrue(md.contains("| territory +1.2 |"));
        assertTrue(md.contains("| escalation +0.6 |"));
    }

    @Test
    void gives_beside_each_human_decision_what_the_agent_would_have_chosen_and_why() {
        String md = ReportWriter.markdown(Records.war(), Baseline.none());

        assertTrue(md.contains("| 1 | `appeal:PACT` | `request:PACT:Art.4` | alice | appeals to PACT under Art.4 \\| urgently | "
                + "expected support +0.4 | `pass:appeal:PACT`: does not appeal — legal position +0.2 |"), md);
        assertTrue(md.contains("| 2 | `diplomacy` | `condemn:ATK` | alice | condemns the attacker | relations +0.1 | the same |"), md);
        assertTrue(md.contains("| 0 | `appeal:PACT` | `pass:appeal:PACT` | agent | does not appeal | expected support -0.1 |  |"), md);
    }

    @Test
    void says_who_played_which_state_and_how_often_they_chose_as_the_agent_would() {
        String md = ReportWriter.markdown(Records.war(), Baseline.none());

        assertTrue(md.contains("| VIC (Victim) | alice | 1 | end | held it to the end | 2 | 1 of 2 |"), md);
        assertTrue(md.contains("The agents played the other states throughout: ATK, ALY."), md);
    }

    @Test
    void a_state_handed_back_before_any_day_was_played_shows_none_played() {
        SessionRecord r = Records.war().toBuilder()
                .addControl(casus.v1.ControlChange.newBuilder().setDay(2).setState("ALY").setClientName("bob").setKind(casus.v1.ControlChange.Kind.TAKEN))
                .addControl(casus.v1.ControlChange.newBuilder().setDay(2).setState("ALY").setClientName("bob").setKind(casus.v1.ControlChange.Kind.RELEASED))
                .build();

        String md = ReportWriter.markdown(r, Baseline.none());

        assertTrue(md.contains("| ALY (Ally) | bob | 2 | none played | handed it back | 0 |  |"), md);
    }

    @Test
    void tells_the_timeline_the_messages_the_facilitation_and_the_outcome() {
        String md = ReportWriter.markdown(Records.war(), Baseline.none());

        assertTrue(md.contains("### The opening\n\n- Event: The attacker's offensive begins (`offensive`)"), md);
        assertTrue(md.contains("### Day 2 — 2030-01-03"), md);
        assertTrue(md.contains("- Injected by the facilitator: Arms arrive (`arms`)"), md);
        assertTrue(md.contains("- **VIC** (alice): appeals to PACT under Art.4 | urgently — expected support +0.4"), md);
        assertTrue(md.contains("| 1 | VIC (alice) | ALY | Help us, \\| now |"), md);
        assertTrue(md.contains("| 2 | the facilitator (facilitator) | everyone | Two days left |"), md);
        assertTrue(md.contains("| 2 | inject | injected arms: Arms arrive |"), md);
        assertTrue(md.contains("The session ended: the scenario's last day was played."), md);
        assertTrue(md.contains("| assistance requested | yes |"), md);
    }

    @Test
    void channel_messages_are_told_with_their_channel_and_the_channels_with_their_members() {
        String md = ReportWriter.markdown(Records.war(), Baseline.none());

        assertTrue(md.contains("| 1 | ALY (bob) | #PACT (ALY, VIC) | We stand by Art.4 |"), md);
        assertTrue(md.contains("- Message from ALY (bob) to #PACT (ALY, VIC): \"We stand by Art.4\""), md);
        assertTrue(md.contains("| #PACT | treaty PACT | ALY, VIC | 1 | open |"), md);
        assertTrue(md.contains("| #white-cell | the facilitator's | VIC, the facilitator | 0 | closed |"), md);
        assertFalse(md.contains("#OTHER"), "a treaty's channel nobody wrote to is left out");
    }

    @Test
    void the_timeline_tells_a_day_in_the_order_it_happened() {
        String md = ReportWriter.markdown(Records.war(), Baseline.none());

        String day2 = md.substring(md.indexOf("### Day 2 — 2030-01-03"), md.indexOf("### After the last day played"));
        assertEquals(String.join("\n", "### Day 2 — 2030-01-03", "",
                "- Facilitator: injected arms: Arms arrive.",
                "- Message from the facilitator (facilitator) to everyone: \"Two days left\"",
                "- Injected by the facilitator: Arms arrive (`arms`)",
                "- **VIC** (alice): condemns the attacker — relations +0.1",
                "- **ALY** (agent): declines the appeal — escalation +0.6",
                "- 1 decision to hold or pass.",
                "- Ceasefire in force between ATK and VIC, brokered by ALY.",
                "", ""), day2);
    }

    @Test
    void the_timeline_ends_a_day_of_fighting_with_its_fronts_and_dead_from_the_numbers() {
        String md = ReportWriter.markdown(Records.war(), Baseline.none());

        assertTrue(md.contains("- At the day's end: ATK holds 10% of R1; 40 killed, 40 in all.\n"), md);
        assertTrue(md.contains("- At the day's end: ATK holds 20% of R1; 50 killed, 90 in all.\n"), md);
        assertFalse(md.contains("R1 ATK 10%"), "the engine's words for the day's end are not used");
    }

    @Test
    void the_timeline_tells_a_kind_it_does_not_know_by_its_text() {
        SessionRecord r = Records.war().toBuilder().setTicks(0, Records.war().getTicks(0).toBuilder()
                .addHappenings(Happening.newBuilder().setDay(0).setKindValue(99).setText("the leader of ATK resigns"))).build();

        String md = ReportWriter.markdown(r, Baseline.none());

        assertTrue(md.contains("- The leader of ATK resigns.\n"), md);
    }

    @Test
    void lists_every_council_vote_member_by_member() {
        String md = ReportWriter.markdown(Records.war(), Baseline.none());

        assertTrue(md.contains("| " + String.join(" | ", VotesSection.HEADERS) + " |"), md);
        assertTrue(md.contains("| 1 | `PACT` | deployment | VIC (Victim) | failed | VIC (alice) | ALY | none |"), md);
    }

    @Test
    void lists_every_ceasefire_with_its_broker() {
        String md = ReportWriter.markdown(Records.war(), Baseline.none());

        assertTrue(md.contains("| 2 | `C0` (R1) | in force | ATK and VIC | ALY (Ally) |"), md);
    }

    @Test
    void says_so_when_no_council_voted_and_no_ceasefire_came() {
        SessionRecord r = Records.war().toBuilder().clearTicks().addTicks(TickUpdate.newBuilder().setDay(0).setDate("2030-01-01")).build();

        String md = ReportWriter.markdown(r, Baseline.none());

        assertTrue(md.contains("No treaty council voted."), md);
        assertTrue(md.contains("No ceasefire came into force, and no fighting died down."), md);
    }

    @Test
    void the_csv_has_a_row_per_day_and_a_column_per_indicator() throws IOException {
        WrittenReport w = ReportWriter.write(Records.war(), Baseline.opening(Records.opening()), dir);

        List<String> lines = Files.readAllLines(w.csv());
        assertEquals(4, lines.size());
        assertEquals("day,date,casualties,actors.VIC.stability,regions.R1.control.VIC,regions.R1.control.ATK,beliefs.VIC.ALY,"
                + "beliefs.ATK.ALY,treaties.PACT.credibility,conflicts.C0.intensity,conflicts.C0.severity", lines.get(0));
        assertEquals("0,2030-01-01,40,0.8,0.9,0.1,0.7,0.2,0.6,1,0.3", lines.get(1));
        assertEquals("2,2030-01-03,90,0.8,0.8,0.2,0.4,0.2,0.6,0,0.5", lines.get(3));
    }

    @Test
    void a_chart_with_nothing_to_draw_is_left_out_and_the_report_says_why() throws IOException {
        SessionRecord quiet = Records.war().toBuilder().clearTicks().addTicks(TickUpdate.newBuilder().setDay(0).setDate("2030-01-01")).build();

        WrittenReport w = ReportWriter.write(quiet, Baseline.opening(Records.opening()), dir);

        assertEquals(List.of(dir.resolve("territory.png")), w.charts());
        String md = Files.readString(w.markdown());
        assertTrue(md.contains("No fighting and no unrest in this session: nothing to draw."), md);
        assertTrue(md.contains("No state's belief in an ally changed in this session: nothing to draw."), md);
    }

    @Test
    void a_folder_that_cannot_be_made_is_refused_with_its_name() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");

        ReportException e = assertThrows(ReportException.class, () -> ReportWriter.write(Records.war(), Baseline.none(), file.resolve("out")));

        assertTrue(e.getMessage().contains(file.resolve("out").toString()), e.getMessage());
    }
}
