package casus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Setting;
import casus.engine.model.Term;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preferences as the library and a scenario state them: archetypes stated once with their reason,
 * profiles that differ from their archetype only where they say so, a reason for every weight a
 * profile states, and actors a scenario adds without copying the library.
 */
class ProfilesTest {
    @TempDir
    Path dir;

    /** The bundled scenario karabakh-2020, copied beside a library and with extra lines after its roles. */
    Path scenario(String library, String extra) throws IOException {
        String text = ScenarioErrorsTest.bundledText("karabakh-2020").replace("days: 52\n", "days: 52\n" + extra);
        Files.writeString(dir.resolve("actors.txtpb"), library, StandardCharsets.UTF_8);
        Path file = dir.resolve("karabakh-2020.txtpb");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static String bundledLibrary() {
        return ScenarioErrorsTest.bundledText("actors");
    }

    @Test
    void a_profile_takes_the_weights_it_does_not_state_from_its_archetype() {
        Setting s = Scenarios.load("karabakh-2020");
        int tjk = s.actor("TJK");
        int kgz = s.actor("KGZ");

        assertEquals(1.6, s.weight(tjk, Term.REGIME), 1e-12, "stated");
        assertEquals(s.weight(kgz, Term.COST), s.weight(tjk, Term.COST), 1e-12, "both from the archetype");
    }

    @Test
    void a_scenario_adds_an_actor_with_an_archetype_without_copying_the_library() throws IOException {
        Path file = scenario(bundledLibrary(), """
                actor_profile { id: "GRC" name: "Greece" archetype: "western_democracy"
                  preferences { territory: 0.5 }
                  reason { term: "territory" text: "a neighbour with islands of its own to hold" } }
                actor { id: "GRC" military_power: 30 troops: 140000 readiness: 0.6 stability: 0.7 }
                """);

        Setting s = Scenarios.load(file.toString());
        int grc = s.actor("GRC");
        int usa = s.actor("USA");

        assertEquals("Greece", s.actorName(grc));
        assertEquals(0.5, s.weight(grc, Term.TERRITORY), 1e-12);
        assertEquals(s.weight(usa, Term.PRESTIGE), s.weight(grc, Term.PRESTIGE), 1e-12);
    }

    @Test
    void an_added_actor_the_library_already_has_is_refused() throws IOException {
        Path file = scenario(bundledLibrary(), "actor_profile { id: \"RUS\" name: \"Russia again\" archetype: \"western_democracy\" }\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(file.toString()));

        assertEquals(file.toString(), e.file());
        assertEquals("actor_profile[0].id", e.field());
        assertTrue(e.problem().startsWith("actor 'RUS' is already in the actor library"), e.problem());
    }

    @Test
    void every_stated_weight_needs_its_reason() throws IOException {
        Path file = scenario(bundledLibrary(), """
                actor_profile { id: "GRC" name: "Greece" archetype: "western_democracy" preferences { territory: 0.5 } }
                """);

        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(file.toString()));

        assertEquals("actor_profile[0].reason", e.field());
        assertEquals("missing: the weight territory needs a one-line reason", e.problem());
    }

    @Test
    void a_profile_without_an_archetype_states_all_nine_weights() throws IOException {
        Path file = scenario(bundledLibrary(), """
                actor_profile { id: "GRC" name: "Greece" preferences { territory: 0.5 }
                  reason { term: "territory" text: "islands" } }
                """);

        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(file.toString()));

        assertEquals("actor_profile[0].preferences", e.field());
        assertTrue(e.problem().startsWith("missing: alliance_duty"), e.problem());
    }

    @Test
    void an_unknown_archetype_is_named_with_those_there_are() throws IOException {
        Path file = scenario(bundledLibrary(), "actor_profile { id: \"GRC\" name: \"Greece\" archetype: \"democracy\" }\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(file.toString()));

        assertEquals("actor_profile[0].archetype", e.field());
        assertTrue(e.problem().startsWith("unknown archetype 'democracy' (known: de_facto_authority, "), e.problem());
    }

    @Test
    void a_reason_for_a_weight_not_stated_is_refused_in_the_library_too() throws IOException {
        String library = bundledLibrary().replace("  archetype: \"post_soviet_member\"\n}",
                "  archetype: \"post_soviet_member\"\n  reason { term: \"cost\" text: \"stray\" }\n}");
        Path file = scenario(library, "");

        ScenarioException e = assertThrows(ScenarioException.class, () -> Scenarios.load(file.toString()));

        assertEquals(dir.resolve("actors.txtpb").toAbsolutePath().toString(), e.file());
        assertTrue(e.field().endsWith(".reason[0].term"), e.field());
        assertEquals("a reason for cost, a weight the profile does not state", e.problem());
    }
}
