package casus.client.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.client.testing.Situations;
import casus.v1.Control;
import casus.v1.Origin;
import casus.v1.Role;
import casus.v1.SessionNotice;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionViewTest {
    @Test
    void a_tick_moves_the_day_and_changes_only_the_indicators_it_carries() {
        SessionView v = new SessionView();
        v.joined(Situations.joined(Role.PLAYER, ""));

        v.tick(Situations.day3());

        assertEquals(4, v.day());
        assertEquals("2030-01-05", v.date());
        assertEquals(0.3, v.indicators().get("regions.R1.control.ATK"));
        assertEquals(1234.0, v.indicators().get("casualties"));
        assertEquals(0.4, v.firstSeen().get("beliefs.VIC.ALY"), "what it first saw stays");
        assertEquals("Winter comes", v.today().get(0).getText());
    }

    @Test
    void a_suspension_decided_in_an_update_is_remembered() {
        SessionView v = new SessionView();
        v.joined(Situations.joined(Role.PLAYER, ""));

        v.tick(Situations.day3().toBuilder().addHappenings(Situations.decision(3, "VIC", "appeal:PACT", "suspend:PACT",
                "suspends its participation in PACT", "", Origin.AGENT, false).toBuilder().setTreaty("PACT")).build());

        assertEquals(Set.of("VIC in PACT"), v.suspensions());
    }

    @Test
    void keeps_the_opening_indicators_only_when_it_saw_the_session_before_its_first_day() {
        SessionView late = new SessionView();
        late.joined(Situations.joined(Role.PLAYER, ""));
        SessionView early = new SessionView();
        early.joined(Situations.joined(Role.FACILITATOR, "").toBuilder()
                .setSituation(Situations.situation().toBuilder().setDay(0)).build());

        assertTrue(late.opening().isEmpty());
        assertFalse(early.opening().isEmpty());
    }

    @Test
    void a_control_notice_that_frees_its_own_state_leaves_it_playing_nothing() {
        SessionView v = new SessionView();
        v.joined(Situations.joined(Role.PLAYER, "VIC"));

        v.notice(SessionNotice.newBuilder().setSessionId(Situations.SESSION).setKind("control")
                .setControl(Control.newBuilder().setState("VIC")).build());

        assertEquals("", v.controlled());
        assertEquals("", v.controls().get("VIC").getController());
    }

    @Test
    void ignores_updates_of_another_session() {
        SessionView v = new SessionView();
        v.joined(Situations.joined(Role.PLAYER, ""));

        v.tick(Situations.day3().toBuilder().setSessionId("elsewhere").build());

        assertEquals(3, v.day());
    }

    @Test
    void a_waiter_wakes_when_the_day_it_waits_for_comes() throws Exception {
        SessionView v = new SessionView();
        v.joined(Situations.joined(Role.PLAYER, ""));
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
            try {
                return v.await(x -> x.day() >= 4, 10_000);
            } catch (InterruptedException e) {
                return false;
            }
        });

        Thread.sleep(50);
        v.tick(Situations.day3());

        assertTrue(waited.get(5, TimeUnit.SECONDS));
    }
}
