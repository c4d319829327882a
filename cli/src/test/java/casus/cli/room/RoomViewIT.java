package casus.cli.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.testing.Requests;
import casus.server.testing.ServerProcess;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.Hello;
import casus.v1.Joined;
import casus.v1.Role;
import casus.v1.SessionMode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

/**
 * The room view in a real browser, against a real {@code casus serve}: what the projector shows
 * as two players take states, mark themselves ready, and the offensive takes the region. Its
 * screenshots are saved under {@code target/room-view/} and read back: the join code is there,
 * the seats show who is ready, and the region's tile changes colour when it changes hands.
 */
class RoomViewIT {
    static final String TOKEN = "room-view-test-token";
    static final Path SHOTS = Path.of("target", "room-view");

    @TempDir
    Path data;

    @Test
    void the_room_view_shows_the_code_the_seats_and_the_board_changing_hands() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, List.of("--facilitator-token", TOKEN), true);
             TestClient facilitator = TestClient.connect(server.address());
             TestClient ana = TestClient.connect(server.address());
             TestClient boris = TestClient.connect(server.address());
             Browser browser = Browser.open()) {
            facilitator.hello(Hello.newBuilder().setClientName("facilitator").setFacilitatorToken(TOKEN));
            ana.hello("ana");
            boris.hello("boris");
            Joined created = facilitator.ok(Requests.create("karabakh-2023", 3, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD))
                    .getSessionCreated();
            String session = created.getSession().getSessionId();
            String code = created.getSession().getJoinCode();

            browser.get("http://127.0.0.1:" + server.address().getPort() + "/room?code=" + code);
            browser.untilText("#join-code", code);
            assertTrue(browser.find("#address").getText().matches("http://127\\.0\\.0\\.1:\\d+/"), browser.find("#address").getText());
            browser.untilText("#seats", "Armenia");

            ana.ok(Requests.join(code, Role.PLAYER));
            boris.ok(Requests.join(code, Role.PLAYER));
            ana.ok(Requests.take(session, "ARM"));
            boris.ok(Requests.take(session, "NKR"));
            browser.until("ARM's seat shows ana, not ready", d -> "not-ready".equals(seat(browser, "ARM").getDomAttribute("data-status"))
                    && seat(browser, "ARM").getText().contains("ana"));
            ana.ok(Requests.submit(session, "ARM", true));
            browser.until("ARM's seat shows ready", d -> "ready".equals(seat(browser, "ARM").getDomAttribute("data-status")));
            browser.untilText("#waiting", "the facilitator to start");
            assertEquals(List.of(), browser.textSmallerThan(24), "no text under 24 px at 1080p");

            BufferedImage seats = ImageIO.read(browser.screenshot(SHOTS.resolve("seats.png")).toFile());
            assertColour(seats, seat(browser, "ARM").findElement(org.openqa.selenium.By.cssSelector(".status-pill")), 0x1a7f37,
                    "ARM's ready pill");
            assertColour(seats, seat(browser, "NKR").findElement(org.openqa.selenium.By.cssSelector(".status-pill")), 0xf0b400,
                    "NKR's not-ready pill");
            BufferedImage before = ImageIO.read(browser.screenshot(SHOTS.resolve("before.png")).toFile());
            assertTrue(contains(before, browser.find("#join-code")), "the join code is on the screen");
            WebElement tile = browser.find(".region[data-region='NK']");
            assertEquals("NKR", tile.getDomAttribute("data-holder"));
            int held = corner(before, tile);

            facilitator.ok(Requests.start(session));
            browser.untilText("#waiting", "waiting for NKR (boris) to be ready, or for the facilitator to step");
            for (int day = 0; day < 14 && !"AZE".equals(browser.find(".region[data-region='NK']").getDomAttribute("data-holder")); day++) {
                facilitator.ok(Requests.step(session));
                int played = day;
                browser.until("day " + played + " played", d -> browser.find("#when").getText().startsWith("Day " + (played + 1) + " "));
            }
            tile = browser.find(".region[data-region='NK']");
            assertEquals("AZE", tile.getDomAttribute("data-holder"), "Azerbaijan's offensive takes Nagorno-Karabakh");
            assertTrue(browser.all("#territory [data-marker='hands']").size() > 0, "the ground chart marks the change of hands");
            BufferedImage after = ImageIO.read(browser.screenshot(SHOTS.resolve("after.png")).toFile());
            assertNotEquals(held, corner(after, tile), "the tile's colour changed with its holder");
            assertEquals(List.of(), browser.textSmallerThan(24), "no text under 24 px at 1080p");
        }
    }

    private static WebElement seat(Browser b, String state) {
        return b.find("#seats tr[data-state='" + state + "']");
    }

    /** The colour just inside an element's lower right corner, away from its text. */
    private static int corner(BufferedImage shot, WebElement e) {
        Rectangle r = e.getRect();
        return shot.getRGB(r.getX() + r.getWidth() - 12, r.getY() + r.getHeight() - 10) & 0xffffff;
    }

    private static void assertColour(BufferedImage shot, WebElement e, int rgb, String what) {
        Rectangle r = e.getRect();
        assertEquals(Integer.toHexString(rgb), Integer.toHexString(shot.getRGB(r.getX() + 3, r.getY() + r.getHeight() / 2) & 0xffffff),
                what);
    }

    /** Whether an element lies wholly within the screenshot and has something drawn in it. */
    private static boolean contains(BufferedImage shot, WebElement e) {
        Rectangle r = e.getRect();
        if (r.getWidth() == 0 || r.getX() + r.getWidth() > shot.getWidth() || r.getY() + r.getHeight() > shot.getHeight()) {
            return false;
        }
        int background = shot.getRGB(r.getX(), r.getY());
        for (int x = r.getX(); x < r.getX() + r.getWidth(); x++) {
            for (int y = r.getY(); y < r.getY() + r.getHeight(); y++) {
                if (shot.getRGB(x, y) != background) {
                    return true;
                }
            }
        }
        return false;
    }
}
