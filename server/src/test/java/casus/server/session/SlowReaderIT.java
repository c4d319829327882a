package casus.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casus.server.ServerSettings;
import casus.server.testing.Requests;
import casus.server.testing.ServerFixture;
import casus.server.testing.TestClient;
import casus.v1.ClientMessage;
import casus.v1.CreateSession;
import casus.v1.FactChange;
import casus.v1.GetServerStats;
import casus.v1.Joined;
import casus.v1.Role;
import casus.v1.ServerStats;
import casus.v1.SessionMode;
import casus.v1.SessionSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that stops reading is cut off once its outbound buffer has stayed above the
 * high-water mark for the stall timeout; the other members of its session get every update,
 * in order, meanwhile.
 */
class SlowReaderIT {
    @TempDir
    Path data;

    @Test
    void client_that_stops_reading_is_cut_off_and_the_others_get_every_update() throws InterruptedException {
        ServerSettings settings = ServerFixture.settings(data).withWriteWaterMarks(8 << 10, 32 << 10).withSocketSendBuffer(8 << 10);
        try (ServerFixture server = ServerFixture.start(settings);
             TestClient facilitator = server.facilitator();
             TestClient reader = server.client("reader");
             TestClient stalled = TestClient.connect(server.server().address(), false)) {
            Joined s = facilitator.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setSettings(
                    SessionSettings.newBuilder().setScenario("karabakh-2020").setSeed(8).setMode(SessionMode.REAL_TIME).setTickMillis(10)
                            .addSet(FactChange.newBuilder().setPath("scenario.days").setValue("366"))))).getSessionCreated();
            String code = s.getSession().getJoinCode();
            reader.ok(Requests.join(code, Role.SPECTATOR));
            stalled.send(ClientMessage.newBuilder().setRequestId(1).setHello(casus.v1.Hello.newBuilder().setClientName("stalled")
                    .setVersion(casus.v1.ProtocolVersion.newBuilder().setMajor(1))).build());
            stalled.send(ClientMessage.newBuilder().setRequestId(2).setJoinSession(casus.v1.JoinSession.newBuilder().setJoinCode(code)
                    .setRole(Role.SPECTATOR)).build());
            facilitator.ok(Requests.start(s.getSession().getSessionId()));

            List<Integer> days = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            ServerStats stats = null;
            while (System.nanoTime() < deadline) {
                for (int i = 0; i < 20; i++) {
                    days.add(reader.nextTick(TestClient.WAIT).getDay());
                }
                stats = facilitator.ok(ClientMessage.newBuilder().setGetServerStats(GetServerStats.getDefaultInstance())).getServerStats();
                if (stats.getSlowClientsClosed() > 0) {
                    break;
                }
            }
            assertEquals(1, stats.getSlowClientsClosed(), "the stalled client is cut off");
            assertTrue(stats.getUpdatesSkipped() > 0, "its updates were skipped while it was not writable");
            for (int i = 0; i < 20; i++) {
                days.add(reader.nextTick(TestClient.WAIT).getDay());
            }
            for (int i = 1; i < days.size(); i++) {
                assertEquals(days.get(i - 1) + 1, days.get(i), "the reading member gets every day, in order");
            }
            stalled.startReading();
            assertTrue(stalled.awaitClosed(TestClient.WAIT), "the stalled client's connection is closed");
        }
    }
}
