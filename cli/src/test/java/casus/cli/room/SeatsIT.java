package casus.cli.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerProcess;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.FactChange;
import casus.v1.Hello;
import casus.v1.Joined;
import casus.v1.Role;
import casus.v1.ServerMessage;
import casus.v1.SessionMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A whole game with three students in browser seats, one at a terminal (a TCP client of the
 * protocol) and the room view open, against a real {@code casus serve}: each browser seat takes
 * a free state, reads its briefing and today's options, writes to another, marks itself ready
 * with the agent's advice, day after day, to the end. One student closes the tab in the middle
 * and takes the seat back in a new one.
 */
class SeatsIT {
    static final String TOKEN = "seats-test-token";
    static final int DAYS = 4;

    @TempDir
    Path data;

    @Test
    void three_browser_seats_a_terminal_seat_and_the_room_view_play_a_game_to_its_end() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, List.of("--facilitator-token", TOKEN), true);
             TestClient facilitator = TestClient.connect(server.address());
             TestClient dmitri = TestClient.connect(server.address());
             Browser browser = Browser.open()) {
            facilitator.hello(Hello.newBuilder().setClientName("facilitator").setFacilitatorToken(TOKEN));
            dmitri.hello("dmitri");
            ClientMessage.Builder create = Requests.create("karabakh-2023", 5, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD);
            create.getCreateSessionBuilder().getSettingsBuilder().addSet(FactChange.newBuilder().setPath("scenario.days")
                    .setValue(String.valueOf(DAYS)));
            Joined created = facilitator.ok(create).getSessionCreated();
            String session = created.getSession().getSessionId();
            String code = created.getSession().getJoinCode();
            String base = "http://127.0.0.1:" + server.address().getPort();

            String room = browser.driver().getWindowHandle();
            browser.get(base + "/room?code=" + code);
            browser.untilText("#join-code", code);

            Map<String, String> tabs = new LinkedHashMap<>();
            Map<String, String> states = Map.of("ana", "ARM", "boris", "NKR", "chen", "RUS");
            for (String name : List.of("ana", "boris", "chen")) {
                tabs.put(name, browser.tab(base + "/"));
                browser.find("#code").sendKeys(code.toLowerCase());
                browser.find("#name").sendKeys(name);
                browser.find("#name").submit();
                browser.click("#free button[data-take='" + states.get(name) + "']");
                browser.until(name + " is briefed", d -> browser.find("#briefing").isDisplayed()
                        && !browser.all("#commitments li").isEmpty());
                browser.until(name + " sees today's decisions", d -> !browser.all("#decisions fieldset").isEmpty());
                assertFalse(browser.all("#decisions .advice").isEmpty(), "the agent's advice is marked");
                assertTrue(browser.find("#decisions .utility").getText().matches("[+−]\\d\\.\\d\\d"), "each option shows its utility");
            }
            dmitri.ok(Requests.join(code, Role.PLAYER));
            dmitri.ok(Requests.take(session, "AZE"));
            facilitator.ok(Requests.start(session));

            browser.to(tabs.get("ana"));
            new org.openqa.selenium.support.ui.Select(browser.find("#to")).selectByValue("NKR");
            browser.find("#text").sendKeys("We hold the corridor.");
            browser.find("#write button").click();
            browser.to(tabs.get("boris"));
            browser.untilText("#messages", "We hold the corridor.");

            for (int day = 0; day < DAYS; day++) {
                if (day == 1) {
                    // ana's laptop closes the tab; a new tab with the same name takes the seat back.
                    browser.to(tabs.get("ana"));
                    browser.closeTab(room);
                    browser.untilText("#seats", "away");
                    tabs.put("ana", browser.tab(base + "/seat?code=" + code + "&name=ana"));
                    browser.untilText("#me", "ana plays Armenia");
                    browser.until("ana's orders are back", d -> !browser.all("#decisions fieldset").isEmpty());
                }
                for (String name : tabs.keySet()) {
                    browser.to(tabs.get(name));
                    int today = day;
                    browser.until(name + " sees day " + day, d -> browser.find("#orders-title").getText().startsWith("Day " + today + ":"));
                    if (day == 0 && name.equals("ana")) {
                        browser.screenshot(RoomViewIT.SHOTS.resolve("seat.png"));
                    }
                    browser.click("#advice");
                    browser.untilText("#orders-state", "marked ready");
                }
                browser.to(room);
                browser.until("the room shows three seats ready", d -> browser.all("#seats tr[data-status='ready']").size() == 3);
                dmitri.ok(Requests.submit(session, "AZE", true));
                facilitator.tick(day, TestClient.WAIT);
            }
            ServerMessage end = facilitator.push(ServerMessage::hasSessionEnded, TestClient.WAIT);
            assertEquals("the scenario's last day was played", end.getSessionEnded().getReason());
            browser.to(room);
            browser.untilText("#countdown", "ended");
            for (String name : tabs.keySet()) {
                browser.to(tabs.get(name));
                browser.untilText("#waiting", "session has ended");
                assertTrue(browser.driver().findElements(By.cssSelector("#headlines li")).size() > 0, name + " sees the last day");
            }
        }
    }
}
