package casus.cli.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import casus.server.testing.Requests;
import casus.server.testing.ServerProcess;
import casus.server.testing.TestClient;
import casus.v1.AbsentPolicy;
import casus.v1.ClientMessage;
import casus.v1.Hello;
import casus.v1.Joined;
import casus.v1.MessageDelivered;
import casus.v1.Role;
import casus.v1.SendMessage;
import casus.v1.SessionMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * Channels in the browser: the facilitator's page opens a white cell of a chosen state and
 * itself; a seat reads its treaty's channel, what was said before it took the state included,
 * and writes to the white cell; the page then adds a state to the cell and removes one.
 */
class ChannelsPageIT {
    static final String TOKEN = "channels-page-token";

    @TempDir
    Path data;

    @Test
    void the_facilitator_opens_a_white_cell_and_a_seat_reads_and_writes_its_channels() throws Exception {
        try (ServerProcess server = ServerProcess.start(data, List.of("--facilitator-token", TOKEN), true);
             TestClient facilitator = TestClient.connect(server.address());
             TestClient boris = TestClient.connect(server.address());
             Browser browser = Browser.open()) {
            facilitator.hello(Hello.newBuilder().setClientName("facilitator").setFacilitatorToken(TOKEN));
            boris.hello("boris");
            Joined created = facilitator.ok(Requests.create("border-2022", 2, SessionMode.TURN_BASED, 0, 0, AbsentPolicy.HOLD))
                    .getSessionCreated();
            String session = created.getSession().getSessionId();
            String code = created.getSession().getJoinCode();
            boris.ok(Requests.join(code, Role.PLAYER));
            boris.ok(Requests.take(session, "RUS"));
            boris.ok(ClientMessage.newBuilder().setSendMessage(SendMessage.newBuilder().setSessionId(session).setChannel("CSTO")
                    .setText("Hold the line.")));
            String base = "http://127.0.0.1:" + server.address().getPort();

            browser.get(base + "/facilitator");
            browser.find("#token").sendKeys(TOKEN);
            browser.find("#token").submit();
            browser.click("#sessions button[data-code='" + code + "']");
            browser.untilText("#channels", "#CSTO");
            browser.find("#channel-name").sendKeys("white-cell");
            browser.click("#channel-states input[data-state='ARM']");
            browser.click("#channel-submit");
            browser.untilText("#channels", "#white-cell: ARM, the facilitator");

            String page = browser.driver().getWindowHandle();
            browser.tab(base + "/seat?code=" + code + "&name=ana");
            browser.click("#free button[data-take='ARM']");
            browser.until("ana is briefed", d -> browser.find("#briefing").isDisplayed());
            browser.until("ana's channels are listed", d -> browser.all("#to option[value='#white-cell']").size() == 1);
            new Select(browser.find("#to")).selectByValue("#CSTO");
            browser.untilText("#channel-history", "day 0 (2022-09-13) · Russia (boris) to #CSTO: Hold the line.");
            new Select(browser.find("#to")).selectByValue("#white-cell");
            browser.untilText("#channel-title", "#white-cell: ARM, the facilitator");
            browser.find("#text").sendKeys("Ready to talk.");
            browser.find("#write button").click();
            browser.untilText("#channel-history", "Armenia (ana) to #white-cell: Ready to talk.");
            MessageDelivered got = facilitator.push(m -> m.hasMessageDelivered() && m.getMessageDelivered().getChannel().equals("white-cell"),
                    TestClient.WAIT).getMessageDelivered();
            assertEquals("ARM", got.getFromState());
            assertEquals(List.of("ARM"), got.getToList());

            browser.to(page);
            new Select(browser.find("#channels select[data-member='white-cell']")).selectByValue("AZE");
            browser.click("#channels button[data-change='white-cell']");
            browser.untilText("#channels", "#white-cell: ARM, AZE, the facilitator");
            new Select(browser.find("#channels select[data-member='white-cell']")).selectByValue("ARM");
            browser.click("#channels button[data-change='white-cell']");
            browser.untilText("#channels", "#white-cell: AZE, the facilitator");
        }
    }
}
