package casus.cli.room;

import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerProcess;
import casus.server.testing.TestClient;
import casus.v1.Role;
import casus.v1.ServerMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facilitator's page behind the token, in a real browser: create, start, step two days, kick a spectator. */
class FacilitatorPageIT {
    static final String TOKEN = "facilitator-page-token";

    @TempDir
    Path data;

    @Test
    void the_facilitator_runs_a_session_from_the_browser() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, List.of("--facilitator-token", TOKEN), true);
             TestClient watcher = TestClient.connect(server.address());
             Browser browser = Browser.open()) {
            watcher.hello("watcher");
            browser.get("http://127.0.0.1:" + server.address().getPort() + "/facilitator");
            browser.find("#token").sendKeys("not-the-token");
            browser.find("#token").submit();
            browser.untilText("#error", "wrong facilitator token");
            browser.get("http://127.0.0.1:" + server.address().getPort() + "/facilitator");
            browser.find("#token").sendKeys(TOKEN);
            browser.find("#token").submit();
            browser.until("the scenarios are listed", d -> browser.all("#scenario option").size() > 3);
            new org.openqa.selenium.support.ui.Select(browser.find("#scenario")).selectByValue("karabakh-2023");
            browser.find("#title").sendKeys("From the browser");
            browser.find("#create button").click();
            browser.untilText("#control-title", "From the browser");
            String code = browser.find("#sessions button").getDomAttribute("data-code");
            assertTrue(browser.find("#room-link").getDomAttribute("href").endsWith("code=" + code));

            watcher.ok(Requests.join(code, Role.SPECTATOR));
            browser.click("button[data-pace='startSession']");
            browser.untilText("#when", "running");
            browser.find("#step-days").clear();
            browser.find("#step-days").sendKeys("2");
            browser.find("#step button").click();
            browser.untilText("#when", "day 2 of 14");
            watcher.tick(1, TestClient.WAIT);

            browser.until("the watcher is listed", d -> browser.all("#members li").stream().anyMatch(e -> e.getText().contains("watcher")));
            browser.all("#members li").stream().filter(e -> e.getText().contains("watcher")).findFirst().orElseThrow()
                    .findElement(org.openqa.selenium.By.tagName("button")).click();
            assertTrue(watcher.push(ServerMessage::hasError, TestClient.WAIT).getError().getMessage().contains("removed by the facilitator"));
            assertTrue(watcher.awaitClosed(TestClient.WAIT));
        }
    }
}
