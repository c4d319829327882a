package casus.cli.room;

import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerProcess;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.Hello;
import casus.v1.Joined;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A browser seat left for longer than the grace period: the seat is kept for its student, another
 * student's page says whom it is held for, and reopening the page takes it back with the seat
 * key the browser kept.
 */
class SeatKeyIT {
    static final String TOKEN = "seat-key-test-token";

    @TempDir
    Path data;

    @Test
    void a_browser_seat_is_taken_back_after_the_grace_period_by_reopening_the_page() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, List.of("--facilitator-token", TOKEN, "--grace-seconds", "1"), true);
             TestClient facilitator = TestClient.connect(server.address());
             Browser browser = Browser.open()) {
            facilitator.hello(Hello.newBuilder().setClientName("facilitator").setFacilitatorToken(TOKEN));
            Joined created = facilitator.ok(Requests.create("karabakh-2023", 5, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD))
                    .getSessionCreated();
            String code = created.getSession().getJoinCode();
            String ana = "http://127.0.0.1:" + server.address().getPort() + "/seat?code=" + code + "&name=ana";

            String start = browser.driver().getWindowHandle();
            browser.tab(ana);
            browser.click("#free button[data-take='ARM']");
            browser.untilText("#me", "ana plays Armenia");
            // ana's laptop closes the tab: its connection closes, and stays closed past the grace period.
            browser.closeTab(start);
            facilitator.push(m -> m.hasSeats() && m.getSeats().getSeatsList().stream().anyMatch(c -> c.getState().equals("ARM")
                    && c.getAway()), Duration.ofSeconds(20));

            String boris = browser.tab(ana.replace("name=ana", "name=boris"));
            browser.untilText("#seats li[data-state='ARM']", "held for ana");
            assertTrue(browser.find("#seats li[data-state='ARM']").getText().contains("away (the day waits)"));
            assertTrue(browser.all("#free button[data-take='ARM']").isEmpty(), "nobody else may take ana's seat");

            String back = browser.tab(ana);
            browser.untilText("#me", "ana plays Armenia");
            browser.until("ana's orders are back", d -> !browser.all("#decisions fieldset").isEmpty());
            ServerMessage notice = facilitator.push(m -> m.hasNotice() && m.getNotice().getText().equals(
                    "ARM's player ana is back, with the seat key"), TestClient.WAIT);
            assertTrue(notice.getNotice().getControl().getConnected());
            browser.to(boris);
            browser.untilText("#seats li[data-state='ARM']", "not ready");
        }
    }
}
