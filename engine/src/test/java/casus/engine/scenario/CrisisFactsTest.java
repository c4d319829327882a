package casus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Aim;
import casus.engine.model.Answer;
import casus.engine.model.Ask;
import casus.engine.model.Domain;
import casus.engine.model.EventDef;
import casus.engine.model.EventKind;
import casus.engine.model.Ground;
import casus.engine.model.PastAppeal;
import casus.engine.model.Sample;
import casus.engine.model.Setting;
import casus.engine.model.SettlementDef;
import casus.engine.model.UnrestKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts a crisis states beyond forces and ground: protection, settlement terms, history, incidents, kinds of unrest. */
class CrisisFactsTest {
    @TempDir
    Path dir;

    Path withLines(String extra) throws IOException {
        Path file = dir.resolve("karabakh-2020.txtpb");
        Files.writeString(file, ScenarioErrorsTest.bundledText("karabakh-2020").replace("days: 52\n", "days: 52\n" + extra),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void protection_settlements_and_history_are_read() throws IOException {
        Setting s = Scenarios.load(withLines("""
                protection { protector: "ARM" protege: "NKR" declared: "since 1994" }
                settlement { id: "madrid" name: "the Madrid Principles"
                  clause { kind: WITHDRAW party: "NKR" region: ["DIST"] }
                  clause { kind: PEACEKEEPERS party: "RUS" region: ["NK"] }
                  clause { kind: STATUS_OPEN region: ["NK"] } }
                history { date: "2016-04-02" requester: "ARM" addressee: "CSTO" ask: CONSULTATIONS answer: PARTIAL ground: KIN_TERRITORY }
                """).toString());

        assertEquals(s.actor("ARM"), s.protections().get(0).protector());
        assertEquals(s.actor("NKR"), s.protections().get(0).protege());
        SettlementDef m = s.settlements().get(0);
        assertEquals(3, m.clauses().size());
        assertEquals(SettlementDef.Kind.WITHDRAW, m.clauses().get(0).kind());
        assertEquals(s.region("DIST"), m.clauses().get(0).region(0));
        assertEquals(s.actor("RUS"), m.clauses().get(1).party());
        PastAppeal h = s.history().get(0);
        assertEquals(LocalDate.of(2016, 4, 2), h.date());
        assertEquals(s.treatySubject(s.treaty("CSTO")), h.addressee());
        assertEquals(Ask.CONSULTATIONS, h.ask());
        assertEquals(Answer.PARTIAL, h.answer());
        assertEquals(Ground.KIN_TERRITORY, h.ground());
        assertEquals(Sample.IN_SAMPLE, s.sample());
    }

    @Test
    void incidents_strikes_and_kinds_of_unrest_are_read() throws IOException {
        Setting s = Scenarios.load(withLines("""
                event { id: "jet" day: 1 kind: INCIDENT actor: "AZE" target: "RUS" domain: AIR killed: 2 }
                event { id: "shelling" day: 2 kind: OFFENSIVE actor: "AZE" region: ["DIST"] intensity: 0.2 aim: STRIKE }
                event { id: "strike" day: 3 kind: UNREST actor: "ARM" intensity: 0.5 unrest_kind: GENERAL_STRIKE }
                """).toString());

        EventDef jet = s.events().stream().filter(e -> e.id().equals("jet")).findFirst().orElseThrow();
        assertEquals(EventKind.INCIDENT, jet.kind());
        assertEquals(s.actor("RUS"), jet.target());
        assertEquals(Domain.AIR, jet.domain());
        assertEquals(2, jet.killed());
        assertEquals(Aim.STRIKE, s.events().stream().filter(e -> e.id().equals("shelling")).findFirst().orElseThrow().aim());
        assertEquals(UnrestKind.GENERAL_STRIKE, s.events().stream().filter(e -> e.id().equals("strike")).findFirst().orElseThrow().unrestKind());
    }

    @Test
    void an_incident_without_a_target_is_refused() throws IOException {
        Path file = withLines("event { id: \"jet\" day: 1 kind: INCIDENT actor: \"AZE\" domain: AIR killed: 2 }\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(file.toString()));

        assertTrue(e.field().endsWith(".target"), e.field());
        assertEquals("missing: an incident strikes a target", e.problem());
    }

    @Test
    void an_out_of_sample_case_states_when_it_was_committed() throws IOException {
        Path without = withLines("sample: OUT_OF_SAMPLE\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(without.toString()));
        assertEquals("committed", e.field());

        Setting s = Scenarios.load(withLines("sample: OUT_OF_SAMPLE\ncommitted: \"2026-12-01\"\n").toString());
        assertEquals(Sample.OUT_OF_SAMPLE, s.sample());
        assertEquals(LocalDate.of(2026, 12, 1), s.committedOn());
    }

    @Test
    void history_must_come_before_the_start_and_in_order() throws IOException {
        Path late = withLines("history { date: \"2021-01-01\" requester: \"ARM\" addressee: \"RUS\" ask: MILITARY_AID answer: REFUSED "
                + "ground: RECOGNISED_TERRITORY }\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(late.toString()));
        assertEquals("history[0].date", e.field());
        assertTrue(e.problem().contains("is not before the scenario's start"), e.problem());
    }

    @Test
    void a_placebo_names_facts_that_exist() throws IOException {
        Path file = withLines("placebo { name: \"far away\" set { path: \"actors.CHN.troops\" value: \"1\" } reason: \"not there\" }\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(file.toString()));

        assertEquals("placebo[0].set[0].path", e.field());
        assertTrue(e.problem().startsWith("unknown parameter 'actors.CHN.troops'"), e.problem());
    }
}
