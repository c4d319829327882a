package casus.client.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.Situations;
import casus.client.view.SessionView;
import casus.v1.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {
    static SessionView playing() {
        SessionView v = new SessionView();
        v.joined(Situations.joined(Role.PLAYER, "VIC"));
        v.took(Situations.briefing());
        return v;
    }

    static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void shows_the_day_escalation_territory_losses_treaties_beliefs_forces_commitments_and_players() {
        SessionView v = playing();
        v.tick(Situations.day3());

        String d = text(new Dashboard(Palette.plain(), 100).render(v, "VIC"));

        assertTrue(d.contains("session WXYZ · day 4 of 10 · 2030-01-05 · running · turn by turn\n"), d);
        assertTrue(d.contains("you play VIC (Victim)\n"), d);
        assertTrue(d.contains("Escalation  conflict C0  active  intensity 1.00  severity 0.42\n"), d);
        assertTrue(d.contains("            casualties 1,234 · ground changed hands 120 km²\n"), d);
        assertTrue(d.contains("Territory   R1  VIC 70% · ATK 30%\n"), d);
        assertTrue(d.contains("Losses      ATK 400 · VIC 834 killed\n"), d);
        assertTrue(d.contains("Treaties    PACT   credibility 0.45\n"), d);
        assertTrue(d.contains("Beliefs     VIC in PACT  0.35\n            VIC in ALY   0.30  -0.10\n"), d);
        assertTrue(d.contains("Forces      VIC  power 9.00 · committed elsewhere 10% · stability 0.55 · unrest 0.00\n"), d);
        assertTrue(d.contains("Commitments treaty  member of PACT (The Pact): Art.4 collective defence\n"), d);
        assertTrue(d.contains("Players     VIC alice\n"), d);
        assertTrue(d.contains("Today       Winter comes\n"), d);
    }

    @Test
    void a_player_sees_beliefs_in_its_own_treaties_not_in_others() {
        String d = text(new Dashboard(Palette.plain(), 100).render(playing(), "VIC"));

        assertFalse(d.contains("VIC in OTHER"), d);
    }

    @Test
    void without_a_state_shows_every_states_forces_in_a_table() {
        SessionView v = new SessionView();
        v.joined(Situations.joined(Role.SPECTATOR, ""));

        String d = text(new Dashboard(Palette.plain(), 100).render(v, ""));

        assertTrue(d.contains("Forces            power  elsewhere  stability  unrest  killed\n"
                + "            ATK   30.00         0%       0.80    0.00     400\n"
                + "            VIC    9.00        10%       0.55    0.00     834\n"), d);
    }

    @Test
    void in_colour_says_the_same_as_in_plain_text() {
        SessionView v = playing();

        List<String> plain = new Dashboard(Palette.plain(), 100).render(v, "VIC");
        List<String> colour = new Dashboard(Palette.ansi(), 100).render(v, "VIC");

        assertEquals(plain, colour.stream().map(Palette::visible).toList());
        assertTrue(String.join("", colour).contains("\u001b["));
        assertFalse(String.join("", plain).contains("\u001b["));
    }
}
