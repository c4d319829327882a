package casus.client.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.Situations;
import casus.v1.ActionChoice;
import org.junit.jupiter.api.Test;

class ActionsViewTest {
    @Test
    void lists_each_option_as_typed_with_its_utility_its_breakdown_and_the_agents_advice() {
        String s = String.join("\n", new ActionsView(Palette.plain(), 100).render(Situations.actions(), "2030-01-04", false));

        assertTrue(s.contains("Day 3 (2030-01-04) · VIC · 2 decisions · no orders given · not ready"), s);
        assertTrue(s.contains("appeal:PACT  (appeal)"), s);
        assertTrue(s.contains("  * request PACT Art.4   +0.42  appeals for assistance under PACT Art.4  (advice)"), s);
        assertTrue(s.contains("expected support +0.60 · legal position -0.18"), s);
        assertTrue(s.contains("    pass appeal PACT     +0.00  does nothing"), s);
    }

    @Test
    void marks_the_option_chosen_and_shows_every_term_when_asked() {
        String s = String.join("\n", new ActionsView(Palette.plain(), 100).render(Situations.actions().toBuilder()
                .addSubmitted(ActionChoice.newBuilder().setDecision("diplomacy").setOption("condemn:ATK")).build(), "", true));

        assertTrue(s.contains("  = condemn ATK      -0.10  condemns ATK  (chosen)"), s);
        assertTrue(s.contains("expected support +0.60 (+0.40 x 1.5) · legal position -0.18 (-0.10 x"), s);
        assertTrue(s.contains("why: over pass: expected support +0.6"), s);
    }

    @Test
    void an_option_is_typed_with_spaces_for_its_colons() {
        assertEquals("request PACT Art.4", ActionsView.typed("request:PACT:Art.4"));
    }
}
