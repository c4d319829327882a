package casus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.engine.model.Article;
import casus.engine.model.CheckDef;
import casus.engine.model.DecisionRule;
import casus.engine.model.DeploymentDef;
import casus.engine.model.DeploymentKind;
import casus.engine.model.EventDef;
import casus.engine.model.EventKind;
import casus.engine.model.Expectation;
import casus.engine.model.FactChange;
import casus.engine.model.Obligation;
import casus.engine.model.ModelConstant;
import casus.engine.model.Roles;
import casus.engine.model.Setting;
import casus.engine.model.Term;
import casus.engine.model.Variation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file and its own library, compiled into the engine's facts. */
class ScenariosTest {
    /** One reason line for each of the nine weights. */
    static final String REASONS = """
            reason { term: "alliance_duty" text: "a test" } reason { term: "relations" text: "a test" }
            reason { term: "cost" text: "a test" } reason { term: "escalation" text: "a test" }
            reason { term: "territory" text: "a test" } reason { term: "regime_security" text: "a test" }
            reason { term: "prestige" text: "a test" } reason { term: "legal_position" text: "a test" }
            reason { term: "expected_support" text: "a test" }
            """;

    static final String LIBRARY = """
            model: "calm"
            archetype { id: "indifferent" reason: "cares for nothing"
                    preferences { alliance_duty: 0 relations: 0 cost: 0 escalation: 0 territory: 0
                    regime_security: 0 prestige: 0 legal_position: 0 expected_support: 0 } }
            actor { id: "XX" name: "Exland" preferences { alliance_duty: 1 relations: 1 cost: 1 escalation: 1 territory: 2.5
                    regime_security: 1 prestige: 0.5 legal_position: 1 expected_support: 1 }
            """ + REASONS + """
            }
            actor { id: "YY" name: "Wyland" archetype: "indifferent" }
            actor { id: "ZZ" name: "Zedland" preferences { alliance_duty: 3 relations: 3 cost: 3 escalation: 3 territory: 3
                    regime_security: 3 prestige: 3 legal_position: 3 expected_support: 3 }
            """ + REASONS + """
            }
            """;

    static final String SCENARIO = """
            id: "mini"
            title: "A small crisis"
            summary: "YY against XX, with ZZ"
            start_date: "2001-02-03"
            days: 10
            library: "lib"
            roles { victim: "XX" attacker: "YY" alliance: "PACT" }
            actor { id: "XX" military_power: 10 troops: 1000 readiness: 0.5 stability: 0.6 }
            actor { id: "YY" military_power: 6 troops: 800 readiness: 0.9 stability: 0.7 forces_committed_elsewhere: 0.2 }
            actor { id: "ZZ" military_power: 100 troops: 9000 readiness: 0.4 stability: 0.8 deterrent_backing: 2 de_facto: true }
            region {
              id: "R"
              name: "the ridge"
              de_jure: "XX"
              area_km2: 120
              population: 3000
              kin: "YY"
              control { actor: "XX" share: 0.25 }
              control { actor: "YY" share: 0.75 }
              terrain: 0.4
              stake { actor: "ZZ" value: 0.3 }
              red_line: ["ZZ"]
              undemarcated: true
            }
            treaty {
              id: "PACT"
              name: "The pact"
              member: ["XX", "ZZ"]
              decision: UNILATERAL
              article { id: "Art.1" obligation: MUTUAL_ASSISTANCE }
              article { id: "Art.2" obligation: CONSULTATION }
              peacekeepers: 50
            }
            relation { from: "XX" to: "ZZ" alignment: 0.5 interdependence: 0.4 mutual: true }
            relation { from: "YY" to: "ZZ" alignment: -0.2 interdependence: 0.1 }
            default_belief: 0.3
            belief { holder: "XX" subject: "PACT" value: 0.9 }
            belief { holder: "XX" subject: "ZZ" value: 0.8 }
            deployment { actor: "ZZ" region: "R" troops: 100 kind: PEACEKEEPERS }
            event { id: "push" day: 1 kind: OFFENSIVE actor: "YY" region: ["R"] intensity: 0.5 }
            event { id: "riots" day: 2 kind: UNREST actor: "XX" intensity: 0.6 amount: 0.1 external_attribution: 0.3 }
            preference_override { path: "preferences.XX.prestige" value: "2" reason: "a new government" }
            vary { path: "actors.YY.military_power" low: 5 high: 7 }
            expect { outcome: "ceasefire_broker" observed: "ZZ" source: "the record" }
            expect { outcome: "regime_survived" observed: "true" }
            check {
              name: "without the red line"
              outcome: "victim_aided"
              direction: DOWN
              margin: 0.1
              set { path: "actors.ZZ.military_power" value: "1" }
              reason: "a weak patron"
            }
            """;

    @TempDir
    Path dir;
    Setting s;

    @BeforeEach
    void load() throws IOException {
        Files.writeString(dir.resolve("lib.txtpb"), LIBRARY, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("calm.txtpb"), withConstant(withConstant(bundledModelText(), "temperature", "0.2"),
                "preference_spread", "0.05"), StandardCharsets.UTF_8);
        Path file = dir.resolve("mini.txtpb");
        Files.writeString(file, SCENARIO, StandardCharsets.UTF_8);
        s = Scenarios.load(file.toString());
    }

    /** The bundled model constants file's text. */
    static String bundledModelText() {
        return Source.bundled(Scenarios.DEFAULT_MODEL).text();
    }

    /** A model file's text with one constant's value replaced. */
    static String withConstant(String model, String name, String value) {
        return model.replaceFirst("(name: \"" + name + "\"\\s+value: )[^\\s]+", "$1" + value);
    }

    @Test
    void identity_dates_and_roles_are_read() {
        assertEquals("mini", s.id());
        assertEquals("A small crisis", s.title());
        assertEquals(LocalDate.of(2001, 2, 3), s.startDate());
        assertEquals(10, s.days());
        assertEquals(new Roles(0, 1, 0), s.roles());
        assertEquals(0.2, s.temperature(), 1e-12, "the model file beside the library, which the library names");
        assertEquals(0.05, s.preferenceSpread(), 1e-12);
        assertEquals(Scenarios.bundledModel().entry(ModelConstant.TERRITORY_SCALE).value(), s.k(ModelConstant.TERRITORY_SCALE), 1e-12);
    }

    @Test
    void actors_take_their_names_and_weights_from_the_library_and_their_facts_from_the_scenario() {
        assertEquals("Exland", s.actorName(0));
        assertEquals(2.5, s.weight(0, Term.TERRITORY), 1e-12);
        assertEquals(3, s.weight(2, Term.ESCALATION), 1e-12);
        assertEquals(6, s.power(1), 1e-12);
        assertEquals(800, s.troops(1));
        assertEquals(0.2, s.committed(1), 1e-12);
        assertEquals(0, s.committed(0), 1e-12, "nothing committed elsewhere unless stated");
        assertEquals(1, s.backing(0), 1e-12, "no deterrent backing unless stated");
        assertEquals(2, s.backing(2), 1e-12);
        assertTrue(s.deFacto(2));
    }

    @Test
    void a_preference_override_changes_that_weight_only() {
        assertEquals(2, s.weight(0, Term.PRESTIGE), 1e-12);
        assertEquals(1, s.weight(0, Term.COST), 1e-12);
    }

    @Test
    void regions_are_read_with_who_holds_them_and_who_cares() {
        assertEquals(0, s.deJure(0));
        assertEquals(1, s.kin(0));
        assertEquals(0.25, s.control(0, 0), 1e-12);
        assertEquals(0.75, s.control(0, 1), 1e-12);
        assertEquals(0.3, s.stake(0, 2), 1e-12);
        assertTrue(s.redLine(0, 2));
        assertFalse(s.redLine(0, 0));
        assertTrue(s.undemarcated(0));
        assertEquals(120, s.area(0), 1e-12);
        assertEquals(3000, s.population(0));
    }

    @Test
    void treaties_are_read_with_members_rule_and_articles() {
        assertTrue(s.member(0, 0) && s.member(0, 2) && !s.member(0, 1));
        assertEquals(DecisionRule.UNILATERAL, s.rule(0));
        assertEquals(List.of(new Article("Art.1", Obligation.MUTUAL_ASSISTANCE), new Article("Art.2", Obligation.CONSULTATION)), s.articles(0));
        assertEquals(50, s.treatyPeacekeepers(0));
    }

    @Test
    void relations_are_directed_unless_mutual() {
        assertEquals(0.5, s.alignment(0, 2), 1e-12);
        assertEquals(0.5, s.alignment(2, 0), 1e-12);
        assertEquals(-0.2, s.alignment(1, 2), 1e-12);
        assertEquals(0, s.alignment(2, 1), 1e-12);
        assertEquals(0.4, s.interdependence(2, 0), 1e-12);
    }

    @Test
    void beliefs_not_listed_take_the_default() {
        assertEquals(0.9, s.belief(0, s.treatySubject(0)), 1e-12);
        assertEquals(0.8, s.belief(0, 2), 1e-12);
        assertEquals(0.3, s.belief(1, 2), 1e-12);
    }

    @Test
    void deployments_and_events_are_read_in_order() {
        assertEquals(List.of(new DeploymentDef(2, 0, 100, DeploymentKind.PEACEKEEPERS)), s.deployments());
        EventDef push = s.events().get(0);
        assertEquals(EventKind.OFFENSIVE, push.kind());
        assertEquals(1, push.day());
        assertEquals(1, push.actor());
        assertEquals(0, push.region(0));
        assertEquals(0.5, push.intensity(), 1e-12);
        assertEquals(1, push.objective(), 1e-12, "an offensive aims at the whole region unless told");
        EventDef riots = s.events().get(1);
        assertEquals(EventKind.UNREST, riots.kind());
        assertEquals(0.3, riots.externalAttribution(), 1e-12);
    }

    @Test
    void studies_are_read_variations_expectations_and_checks() {
        assertEquals(List.of(new Variation("actors.YY.military_power", 5, 7)), s.variations());
        assertEquals(List.of(new Expectation("ceasefire_broker", "ZZ", "the record"), new Expectation("regime_survived", "true", "")),
                s.expectations());
        CheckDef check = s.checks().get(0);
        assertEquals("victim_aided", check.outcome());
        assertFalse(check.up());
        assertEquals(0.1, check.margin(), 1e-12);
        assertEquals(List.of(new FactChange("actors.ZZ.military_power", "1")), check.changes());
    }

    @Test
    void the_library_beside_the_file_is_used_before_a_bundled_one() {
        assertEquals("Zedland", s.actorName(2));
    }
}
